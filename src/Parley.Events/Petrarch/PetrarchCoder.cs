using Parley.Core;
using Parley.Events.Coding;

namespace Parley.Events.Petrarch;

/// <summary>
/// Codes (code, source, target) triples from a dependency parse with imported PETRARCH patterns, the way a
/// PETRARCH dictionary means them: for each verb the dictionary knows, the most specific pattern whose
/// words stand before/after the verb wins (a <c>---</c> code blocks coding); the source is the verb's
/// subject (through control, coordination and relative clauses; the <c>by</c> agent of a passive), the
/// target its first object or prepositional argument that names an actor (else the subject of its
/// complement clause), unless the pattern marks where they stand. Coordinated actors each get an event;
/// reciprocal (<c>%</c>) patterns pair coordinated subjects; a second code adds the mirrored event.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PetrarchCoder
{
    private readonly PetrarchCoderOptions _options;

    private PetrarchCoder(PetrarchCoderOptions options) => _options = options;

    /// <summary>Creates a coder.</summary>
    public static PetrarchCoder Create(PetrarchCoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new PetrarchCoder(options);
    }

    /// <summary>Codes every sentence of a parsed document (tokens, UPOS, lemmas, dependencies).</summary>
    /// <param name="document">The parsed document.</param>
    /// <param name="asOf">Date the actors are resolved at.</param>
    /// <param name="requireDyad">When false, a known source with no target yields an event with target <c>---</c>.</param>
    public IReadOnlyList<PetrarchEvent> Code(Document document, DateOnly? asOf, bool requireDyad = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        var events = new List<PetrarchEvent>();
        if (document.TokenCount == 0 || document.Heads is null)
        {
            return events;
        }

        var view = new ParseView(document);
        foreach (var sentence in document.Sentences)
        {
            for (var v = sentence.FirstToken; v < sentence.EndToken; v++)
            {
                if (view.Upos(v) is not ("VERB" or "AUX") || view.Is(v, "aux") || view.Is(v, "cop"))
                {
                    continue;
                }

                var patterns = _options.Patterns.Find(view.Lemmas[v], view.Lower(v));
                if (patterns.Count == 0)
                {
                    continue;
                }

                CodeVerb(view, sentence, v, patterns, asOf, requireDyad, events);
            }
        }

        return events.Distinct().ToList();
    }

    private void CodeVerb(ParseView view, Sentence sentence, int v, IReadOnlyList<EventPattern> patterns, DateOnly? asOf, bool requireDyad, List<PetrarchEvent> events)
    {
        var domain = Domain(view, sentence, v);
        EventPattern? best = null;
        var bestScore = int.MinValue;
        Match bestMatch = default;
        foreach (var pattern in patterns)
        {
            if (!TryMatch(view, sentence, v, domain, pattern, out var match))
            {
                continue;
            }

            var score = pattern.Specificity;
            if (score > bestScore)
            {
                best = pattern;
                bestScore = score;
                bestMatch = match;
            }
        }

        if (best is null || (IsNone(best.Code) && best.ReverseCode is null))
        {
            return;
        }

        var passive = view.Child(v, "nsubj:pass") >= 0 || view.Child(v, "aux:pass") >= 0;
        int sourceNode, targetNode;
        if (passive)
        {
            sourceNode = Agent(view, v);
            targetNode = view.Child(v, "nsubj:pass");
            if (targetNode < 0)
            {
                targetNode = Subject(view, v);
            }
        }
        else
        {
            sourceNode = Subject(view, v);
            targetNode = -1;
        }

        if (bestMatch.TargetBefore)
        {
            (sourceNode, targetNode) = (-1, sourceNode);
        }

        if (bestMatch.Source >= 0)
        {
            sourceNode = bestMatch.Source;
        }

        if (bestMatch.Target >= 0)
        {
            targetNode = bestMatch.Target;
        }

        var sources = Actors(view, sourceNode, asOf);
        var targets = targetNode >= 0 ? Actors(view, targetNode, asOf) : DefaultTargets(view, v, sourceNode, asOf);
        if (best.Reciprocal && targets.Count == 0 && sources.Count > 1)
        {
            foreach (var s in sources)
            {
                foreach (var t in sources)
                {
                    Add(best, s, t);
                }
            }

            return;
        }

        if (targets.Count == 0 && !requireDyad)
        {
            targets = ["---"];
        }

        foreach (var s in sources)
        {
            foreach (var t in targets)
            {
                Add(best, s, t);
            }
        }

        void Add(EventPattern pattern, string source, string target)
        {
            if (source == target)
            {
                return;
            }

            if (!IsNone(pattern.Code))
            {
                events.Add(new PetrarchEvent(pattern.Code, source, target));
            }

            if (pattern.ReverseCode is { } reverse && !IsNone(reverse) && target != "---")
            {
                events.Add(new PetrarchEvent(reverse, target, source));
            }
        }
    }

    private static bool IsNone(string code) => code.Length == 0 || code.StartsWith("---", StringComparison.Ordinal);

    /// <summary>Tokens after the verb that belong to it: its subtree minus its subject.</summary>
    private static bool[] Domain(ParseView view, Sentence sentence, int v)
    {
        var inside = new bool[view.Document.TokenCount];
        for (var t = v + 1; t < sentence.EndToken; t++)
        {
            if (!view.Dominates(v, t))
            {
                continue;
            }

            var excluded = false;
            for (var k = t; k != v && k >= 0; k = view.Head(k))
            {
                if (view.Head(k) == v && (view.Is(k, "nsubj") || view.Is(k, "csubj")))
                {
                    excluded = true;
                    break;
                }
            }

            inside[t] = !excluded;
        }

        return inside;
    }

    private record struct Match(int Source, int Target, bool TargetBefore);

    private static bool TryMatch(ParseView view, Sentence sentence, int v, bool[] domain, EventPattern pattern, out Match match)
    {
        match = new Match(-1, -1, false);
        var cursor = v + 1;
        if (pattern.Particle is not null)
        {
            var words = pattern.Particle.Split(' ');
            var found = false;
            for (var p = v + 1; p <= Math.Min(v + 3, sentence.EndToken - 1) && !found; p++)
            {
                var end = MatchWords(view, sentence, p, words);
                if (end >= 0)
                {
                    found = true;
                    cursor = end;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        if (pattern.Before is { } before)
        {
            var limit = v - 1;
            for (var k = before.Count - 1; k >= 0; k--)
            {
                var term = before[k];
                if (term.Role == PatternRole.Target && term.Preposition is null && term.Slots.Count == 0)
                {
                    match = match with { TargetBefore = true };
                    continue;
                }

                if (term.Role != PatternRole.None && term.Slots.Count == 0 && term.Preposition is null)
                {
                    continue;
                }

                var found = -1;
                for (var p = limit; p >= sentence.FirstToken && found < 0; p--)
                {
                    if (MatchTermAt(view, sentence, p, term) >= 0)
                    {
                        found = p;
                    }
                }

                if (found < 0)
                {
                    return false;
                }

                limit = found - 1;
            }
        }

        if (pattern.After is { } after)
        {
            foreach (var term in after)
            {
                if (term.Preposition is null && term.Slots.Count == 0)
                {
                    var nominal = NextNominal(view, sentence, domain, cursor);
                    if (nominal < 0)
                    {
                        return false;
                    }

                    match = term.Role == PatternRole.Source ? match with { Source = nominal } : match with { Target = nominal };
                    cursor = view.Phrase(nominal).Last + 1;
                    continue;
                }

                var found = false;
                for (var p = cursor; p < sentence.EndToken && !found; p++)
                {
                    if (!domain[p])
                    {
                        continue;
                    }

                    var end = MatchTermAt(view, sentence, p, term);
                    if (end < 0)
                    {
                        continue;
                    }

                    found = true;
                    if (term.Role != PatternRole.None)
                    {
                        var actor = term.Preposition is not null && view.Rel(p) == "case" ? view.Head(p) : NextNominal(view, sentence, domain, p + 1);
                        if (actor >= 0)
                        {
                            match = term.Role == PatternRole.Source ? match with { Source = actor } : match with { Target = actor };
                        }
                    }

                    cursor = end;
                }

                if (!found)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Matches a term starting at token <paramref name="p"/>; returns the token after the match, or -1.</summary>
    private static int MatchTermAt(ParseView view, Sentence sentence, int p, PatternTerm term)
    {
        var start = p;
        if (term.Preposition is not null)
        {
            var end = MatchWords(view, sentence, p, term.Preposition.Split(' '));
            if (end < 0)
            {
                return -1;
            }

            if (term.Slots.Count == 0)
            {
                return end;
            }

            // The words of "(ON RESOLUTION)" may be separated from the preposition by determiners and modifiers.
            var scope = view.Rel(p) == "case" ? view.Head(p) : -1;
            for (var q = end; q < sentence.EndToken && q <= end + 4; q++)
            {
                if (scope >= 0 && !view.Dominates(scope, q))
                {
                    continue;
                }

                var slotsEnd = MatchSlots(view, sentence, q, term.Slots);
                if (slotsEnd >= 0)
                {
                    return slotsEnd;
                }
            }

            return -1;
        }

        return MatchSlots(view, sentence, start, term.Slots);
    }

    private static int MatchSlots(ParseView view, Sentence sentence, int p, IReadOnlyList<IReadOnlyList<string>> slots)
    {
        var position = p;
        foreach (var slot in slots)
        {
            var next = -1;
            foreach (var alternative in slot)
            {
                next = MatchWords(view, sentence, position, alternative.Split(' '));
                if (next >= 0)
                {
                    break;
                }
            }

            if (next < 0)
            {
                return -1;
            }

            position = next;
        }

        return position;
    }

    private static int MatchWords(ParseView view, Sentence sentence, int p, string[] words)
    {
        var position = p;
        foreach (var word in words)
        {
            if (position >= sentence.EndToken || !WordMatches(view, position, word))
            {
                return -1;
            }

            position++;
        }

        return position;
    }

    /// <summary>
    /// A dictionary word matches a token by form or lemma; without a trailing <c>_</c> it also matches a form
    /// that starts with it and adds at most three letters (PETRARCH's stemming: "resolution" → "resolutions").
    /// </summary>
    private static bool WordMatches(ParseView view, int t, string word)
    {
        var lower = view.Lower(t);
        if (word.EndsWith('_'))
        {
            var exact = word.AsSpan(0, word.Length - 1);
            return lower.AsSpan().SequenceEqual(exact) || view.Lemmas[t].AsSpan().SequenceEqual(exact);
        }

        return lower == word || view.Lemmas[t] == word || (word.Length >= 3 && lower.Length - word.Length <= 3 && lower.StartsWith(word, StringComparison.Ordinal));
    }

    private static int NextNominal(ParseView view, Sentence sentence, bool[] domain, int from)
    {
        for (var t = from; t < sentence.EndToken; t++)
        {
            if (domain[t] && view.Upos(t) is "NOUN" or "PROPN" or "PRON")
            {
                return PhraseHead(view, t);
            }
        }

        return -1;
    }

    private static int PhraseHead(ParseView view, int t)
    {
        var k = t;
        for (var step = 0; step < 6 && view.Head(k) >= 0 && (view.Is(k, "compound") || view.Is(k, "flat") || view.Is(k, "nmod:poss") || view.Is(k, "amod")); step++)
        {
            k = view.Head(k);
        }

        return k;
    }

    /// <summary>The subject of a verb, inherited through control, coordination and relative or participial clauses.</summary>
    private static int Subject(ParseView view, int verb)
    {
        var v = verb;
        for (var step = 0; step < 6 && v >= 0; step++)
        {
            var subject = view.ChildExact(v, "nsubj");
            if (subject < 0)
            {
                subject = view.Child(v, "nsubj");
            }

            if (subject >= 0)
            {
                return subject;
            }

            var head = view.Head(v);
            if (head < 0)
            {
                return -1;
            }

            if (view.Is(v, "xcomp"))
            {
                var controller = view.Child(head, "obj");
                if (controller >= 0 && controller != v && controller < v)
                {
                    return controller;
                }

                v = head;
            }
            else if (view.Is(v, "conj") || view.Is(v, "advcl"))
            {
                v = head;
            }
            else if (view.Is(v, "acl"))
            {
                return head;
            }
            else
            {
                return -1;
            }
        }

        return -1;
    }

    private static int Agent(ParseView view, int verb)
    {
        foreach (var c in view.Children(verb))
        {
            if ((view.Is(c, "obl") || view.Is(c, "nmod")) && (view.Rel(c) is "obl:agent" or "nmod:agent" || view.Case(c) == "by"))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The first object or prepositional argument that names an actor; else the subject of a complement clause.</summary>
    private List<string> DefaultTargets(ParseView view, int v, int source, DateOnly? asOf)
    {
        var candidates = new List<int>();
        foreach (var c in view.Children(v))
        {
            if (c != source && (view.Is(c, "obj") || view.Is(c, "iobj") || view.Is(c, "obl") || view.Is(c, "nmod")) && view.Case(c) != "by")
            {
                candidates.Add(c);
                foreach (var d in view.Children(c))
                {
                    if (view.Is(d, "nmod"))
                    {
                        candidates.Add(d);
                    }
                }
            }
        }

        candidates.Sort();
        foreach (var c in candidates)
        {
            var actors = Actors(view, c, asOf);
            if (actors.Count > 0)
            {
                return actors;
            }
        }

        foreach (var c in view.Children(v))
        {
            if (view.Is(c, "ccomp"))
            {
                var subject = view.Child(c, "nsubj");
                if (subject >= 0)
                {
                    var actors = Actors(view, subject, asOf);
                    if (actors.Count > 0)
                    {
                        return actors;
                    }
                }
            }
        }

        return [];
    }

    /// <summary>Known actor codes of a nominal and of each of its conjuncts.</summary>
    private List<string> Actors(ParseView view, int node, DateOnly? asOf)
    {
        var codes = new List<string>();
        if (node < 0)
        {
            return codes;
        }

        var nodes = new List<int> { node };
        for (var i = 0; i < nodes.Count; i++)
        {
            foreach (var c in view.Children(nodes[i]))
            {
                if (view.Is(c, "conj") && view.Upos(c) is "NOUN" or "PROPN")
                {
                    nodes.Add(c);
                }
            }
        }

        foreach (var n in nodes)
        {
            if (view.Upos(n) == "PRON")
            {
                continue;
            }

            var (first, last) = view.Phrase(n);
            foreach (var code in _options.ResolveActor(view.Text(first, last), view.Document.GetTokenSpan(n).ToString(), asOf))
            {
                if (!IsNone(code) && !codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
        }

        return codes;
    }
}
