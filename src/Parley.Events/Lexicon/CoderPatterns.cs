using Parley.Events.Coding;

namespace Parley.Events.Lexicon;

/// <summary>
/// Converts lexicon patterns into the simpler <see cref="EventPattern"/> rules the current
/// <see cref="EventCoder"/> matches (trigger lemma, particle, one object lemma, one target preposition).
/// </summary>
/// <remarks>
/// A lexicon pattern is converted when its conditions fit that shape: no requirement, one <c>obj=</c>
/// requirement (one rule per listed lemma; phrases use their head lemma), or one <c>obl:P=</c>/<c>nmod:P=</c>
/// requirement naming the target's preposition. Each usable target path gives its own rule. Patterns that need <c>xcomp</c>, <c>ccomp</c>, deeper paths
/// or adjective triggers are left out; a coder that reads <see cref="LexiconPattern"/> directly uses them all.
/// When two lexicon lines give the same rule, the first wins.
/// </remarks>
public static class CoderPatterns
{
    public static IReadOnlyList<EventPattern> FromLexicon(EventLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var rules = new List<EventPattern>(lexicon.Patterns.Count);
        var seen = new HashSet<(PatternKind, string, string?, string?, string?, string?, bool)>();
        foreach (var p in lexicon.Patterns)
        {
            if (p.Kind == TriggerKind.Adjective || p.Lemma.Modifiers.Count > 0 || p.Requirements.Count > 1)
            {
                continue;
            }

            var kind = p.Kind == TriggerKind.Noun ? PatternKind.Noun : PatternKind.Verb;
            var prepositions = TargetPrepositions(p);
            IReadOnlyList<string?> objects = [null];
            IReadOnlyList<string?> complements = [null];
            if (p.Requirements.Count == 1)
            {
                var r = p.Requirements[0];
                var step = r.Path.Steps;
                if (step.Count != 1)
                {
                    continue;
                }

                if (step[0] == "obj" && !r.AnyLemma && kind == PatternKind.Verb)
                {
                    objects = r.Lemmas.Select(l => (string?)l.Head).Distinct().ToArray();
                }
                else if (step[0] == "xcomp" && !r.AnyLemma && kind == PatternKind.Verb)
                {
                    complements = r.Lemmas.Select(l => (string?)l.Head).Distinct().ToArray();
                }
                else if (Preposition(step[0]) is { } required && prepositions.Contains((required.Replace('_', ' '), false)))
                {
                    // "meet obl:with=*": the requirement is the target itself.
                    prepositions = [(required.Replace('_', ' '), false)];
                }
                else
                {
                    continue;
                }
            }

            foreach (var complement in complements)
            {
                foreach (var (obj, (preposition, inComplement)) in objects.SelectMany(o => prepositions.Select(prep => (o, prep))))
                {
                    if ((complement is null && inComplement) || !seen.Add((kind, p.Lemma.Head, p.Particle, obj, complement, preposition, inComplement)))
                    {
                        continue;
                    }

                    rules.Add(new EventPattern
                    {
                        Id = p.Evidence,
                        Kind = kind,
                        Lemma = p.Lemma.Head,
                        Particle = p.Particle,
                        Object = obj,
                        Complement = complement,
                        TargetInComplement = inComplement,
                        TargetPreposition = preposition,
                        Code = p.Code,
                    });
                }
            }
        }

        return rules;
    }

    // Each target path of the form obl:P, nmod:P or obj>nmod:P gives a rule with preposition P;
    // obj or iobj (or no usable path) gives a rule with none, whose target is the direct object.
    private static List<(string? Preposition, bool InComplement)> TargetPrepositions(LexiconPattern p)
    {
        var result = new List<(string?, bool)>();
        foreach (var path in p.Target)
        {
            // "xcomp>obj", "xcomp>obl:with": the target is an argument of the infinitival complement.
            var inComplement = path.Steps.Count > 1 && path.Steps[0] == "xcomp";
            var steps = inComplement ? path.Steps.Skip(1).ToList() : path.Steps.ToList();
            var last = steps[^1];
            string? prep;
            if (steps.Count == 1 && last is "obj" or "iobj")
            {
                prep = null;
            }
            else if ((steps.Count == 1 || (steps.Count == 2 && steps[0] == "obj"))
                && Preposition(last) is { } found && found != "poss")
            {
                prep = found.Replace('_', ' ');
            }
            else
            {
                continue;
            }

            if (!result.Contains((prep, inComplement)))
            {
                result.Add((prep, inComplement));
            }
        }

        if (result.Count == 0)
        {
            result.Add((null, false));
        }

        return result;
    }

    private static string? Preposition(string relation) =>
        relation.StartsWith("obl:", StringComparison.Ordinal) ? relation[4..]
        : relation.StartsWith("nmod:", StringComparison.Ordinal) ? relation[5..]
        : null;
}
