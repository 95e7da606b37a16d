using Parley.Events.Coding;

namespace Parley.Events.Lexicon;

/// <summary>
/// Converts lexicon patterns into the <see cref="EventPattern"/> rules the <see cref="EventCoder"/> matches:
/// every line becomes one rule with the same trigger (verb, noun or adjective; phrase modifiers; particle),
/// requirements and source and target paths, so the coder honours the whole pattern language.
/// </summary>
public static class CoderPatterns
{
    public static IReadOnlyList<EventPattern> FromLexicon(EventLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var rules = new List<EventPattern>(lexicon.Patterns.Count);
        foreach (var p in lexicon.Patterns)
        {
            rules.Add(new EventPattern
            {
                Id = p.Evidence,
                Kind = p.Kind switch
                {
                    TriggerKind.Noun => PatternKind.Noun,
                    TriggerKind.Adjective => PatternKind.Adjective,
                    _ => PatternKind.Verb,
                },
                Lemma = p.Lemma.Head,
                Modifiers = p.Lemma.Modifiers,
                Particle = p.Particle,
                Requirements = p.Requirements
                    .Select(r => new PathRequirement { Path = PatternPath.Parse(r.Path.Text), Lemmas = r.Lemmas.Select(l => l.Text).ToArray() })
                    .ToArray(),
                SourcePaths = p.Source.Select(s => PatternPath.Parse(s.Text)).ToArray(),
                TargetPaths = p.Target.Select(t => PatternPath.Parse(t.Text)).ToArray(),
                Code = p.Code,
            });
        }

        return rules;
    }
}
