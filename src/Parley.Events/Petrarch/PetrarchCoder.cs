using System.Collections.Frozen;
using Parley.Core;
using Parley.Events.Coding;

namespace Parley.Events.Petrarch;

/// <summary>
/// Codes (code, source, target) triples from a dependency parse with imported PETRARCH patterns, the way a
/// PETRARCH dictionary means them. For each verb the dictionary knows, the most specific pattern wins
/// whose words stand after the verb inside its phrase (and, for words before <c>*</c>, inside its subject);
/// a <c>---</c> code blocks coding. The source is the verb's subject (through control, coordination,
/// relative clauses and pronouns in complement clauses; the <c>by</c> agent of a passive, else its first
/// actor argument), the target its first object or prepositional argument that names an actor (else the
/// subject of its complement clause), unless the pattern marks where they stand (<c>$</c>, <c>+</c>).
/// Coordinated actors each get an event (shared modifiers are distributed: "Danish media and government");
/// reciprocal (<c>%</c>) patterns pair coordinated subjects; a second code adds the mirrored event.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PetrarchCoder
{
    private static readonly FrozenSet<string> PersonalPronouns = new[] { "it", "they", "he", "she", "we", "i", "you" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RelativePronouns = new[] { "who", "which", "that", "whom" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Prepositions whose phrase is part of an actor's name ("Lawmakers in Arnor", "the government of Gondor").</summary>
    private static readonly FrozenSet<string> NamePrepositions = new[] { "of", "in", "from" }.ToFrozenSet(StringComparer.Ordinal);

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
    /// <param name="requireDyad">When false, a known source of the main verb with no target yields an event with target <c>---</c>.</param>
    public IReadOnlyList<PetrarchEvent> Code(Document document, DateOnly? asOf, bool requireDyad = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        var events = new List<PetrarchEvent>();
        if (document.TokenCount == 0 || document.Heads is null || document.Relations is null)
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
                if (patterns.Count > 0)
                {
                    CodeVerb(view, sentence, v, patterns, asOf, requireDyad, events);
                }
            }
        }

        return events.Distinct().ToList();
    }

    private void CodeVerb(ParseView view, Sentence sentence, int v, IReadOnlyList<EventPattern> patterns, DateOnly? asOf, bool requireDyad, List<PetrarchEvent> events)
    {
        var passiveSubject = view.Child(v, "nsubj:pass");
        var passive = passiveSubject >= 0 || view.Child(v, "aux:pass") >= 0;
        var subject = passiveSubject >= 0 ? passiveSubject : Subject(view, v);
        if (subject < 0)
        {
            subject = PrecedingNominal(view, sentence, v);
        }

        var domain = Domain(view, sentence, v);
        EventPattern? best = null;
        var bestScore = int.MinValue;
        Match bestMatch = default;
        foreach (var pattern in patterns)
        {
            if (!TryMatch(view, sentence, v, subject, domain, pattern, out var match))
            {
                continue;
            }

            // More required words win, then more matched tokens ("austrian gold florin" over "florin"); a
            // reciprocal pattern beats the plain verb it refines.
            var score = (pattern.Specificity * 4) + (match.Words * 2) + (pattern.Reciprocal ? 1 : 0);
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

        if (_options.Negate is { } negate && IsNegated(view, v))
        {
            best = best with { Code = negate(best.Code) ?? best.Code, ReverseCode = best.ReverseCode is null ? null : negate(best.ReverseCode) ?? best.ReverseCode };
        }

        List<string> sources, targets;
        if (passive)
        {
            var agent = Agent(view, v);
            targets = Actors(view, subject, asOf);
            sources = agent >= 0 ? Actors(view, agent, asOf) : DefaultTargets(view, v, subject, asOf, shallow: true);
        }
        else
        {
            sources = Subjects(view, subject, asOf);
            targets = [];
            if (bestMatch.TargetBefore)
            {
                (sources, targets) = (targets, sources);
            }
        }

        if (bestMatch.Source >= 0)
        {
            sources = Actors(view, bestMatch.Source, asOf);
        }

        if (bestMatch.Target >= 0)
        {
            targets = Actors(view, bestMatch.Target, asOf);
        }
        else if (!passive && !bestMatch.TargetBefore)
        {
            targets = DefaultTargets(view, v, subject, asOf);
        }

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

        if (targets.Count == 0 && !requireDyad && IsMainVerb(view, v))
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

    private static bool IsNegated(ParseView view, int v)
    {
        foreach (var c in view.Children(v))
        {
            if ((view.Is(c, "advmod") || view.Rel(c) == "neg") && view.Lower(c) is "not" or "n't" or "never")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNone(string code) => code.Length == 0 || code.StartsWith("---", StringComparison.Ordinal);

    private static bool IsMainVerb(ParseView view, int v) => view.Head(v) < 0 || (view.Is(v, "xcomp") && view.Head(view.Head(v)) < 0);

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

    /// <summary>Where a pattern put the actors, and how many tokens its words covered (longer synonyms are more specific).</summary>
    private record struct Match(int Source, int Target, bool TargetBefore, int Words);

    private static bool TryMatch(ParseView view, Sentence sentence, int v, int subject, bool[] domain, EventPattern pattern, out Match match)
    {
        match = new Match(-1, -1, false, 0);
        var cursor = v + 1;
        if (pattern.Particle is not null)
        {
            var words = pattern.Particle.Split(' ');
            var found = false;
            for (var p = v + 1; p <= Math.Min(v + 3, sentence.EndToken - 1) && !found; p++)
            {
                var end = PatternConstraints.MatchWords(view, sentence.EndToken, p, words);
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

        if (pattern.Before is { } before && !MatchBefore(view, sentence, v, subject, before, ref match))
        {
            return false;
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

                    match = term.Role switch
                    {
                        PatternRole.Source => match with { Source = nominal },
                        PatternRole.Target => match with { Target = nominal },
                        _ => match,
                    };
                    cursor = Math.Max(cursor, CompactEnd(view, nominal) + 1);
                    continue;
                }

                var found = false;
                for (var p = cursor; p < sentence.EndToken && !found; p++)
                {
                    if (!domain[p])
                    {
                        continue;
                    }

                    var end = PatternConstraints.MatchTerm(view, sentence.EndToken, p, term);
                    if (end < 0)
                    {
                        continue;
                    }

                    found = true;
                    match = match with { Words = match.Words + (end - p) };
                    cursor = end;
                    var governed = term.Preposition is not null && view.Rel(p) == "case" ? view.Head(p) : -1;
                    if (governed >= 0 && term.Slots.Count == 0)
                    {
                        cursor = Math.Max(cursor, CompactEnd(view, governed) + 1);
                    }

                    if (term.Role is PatternRole.Source or PatternRole.Target)
                    {
                        var actor = governed >= 0 ? governed : NextNominal(view, sentence, domain, end);
                        if (actor >= 0)
                        {
                            match = term.Role == PatternRole.Source ? match with { Source = actor } : match with { Target = actor };
                        }
                    }
                }

                if (!found)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Words before <c>*</c> must stand, in order, in the verb's subject before the verb ("death toll has risen").</summary>
    private static bool MatchBefore(ParseView view, Sentence sentence, int v, int subject, IReadOnlyList<PatternTerm> before, ref Match match)
    {
        var limit = v - 1;
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var term = before[k];
            if (term.Preposition is null && term.Slots.Count == 0)
            {
                if (term.Role == PatternRole.Target)
                {
                    match = match with { TargetBefore = true };
                }

                continue;
            }

            if (subject < 0)
            {
                return false;
            }

            var found = -1;
            for (var p = limit; p >= sentence.FirstToken && found < 0; p--)
            {
                var end = view.Dominates(subject, p) ? PatternConstraints.MatchTerm(view, sentence.EndToken, p, term) : -1;
                if (end >= 0)
                {
                    found = p;
                    match = match with { Words = match.Words + (end - p) };
                }
            }

            if (found < 0)
            {
                return false;
            }

            limit = found - 1;
        }

        return true;
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

    /// <summary>Last token of a noun phrase without its prepositional phrases and clauses.</summary>
    private static int CompactEnd(ParseView view, int head)
    {
        var last = head;
        foreach (var c in view.Children(head))
        {
            if (c > last && (view.Is(c, "det") || view.Is(c, "amod") || view.Is(c, "compound") || view.Is(c, "flat") || view.Is(c, "nummod")))
            {
                last = Math.Max(last, CompactEnd(view, c));
            }
        }

        return last;
    }

    // A caseless descriptive nominal right before its head ("Prime Minister" in "Prime Minister Romendacil" read as
    // nmod:desc) belongs to the name's phrase, like a compound.
    private static bool IsTitleBefore(ParseView view, int t) =>
        view.Rel(t) == "nmod:desc" && view.Head(t) > t && view.Case(t) is null;

    private static int PhraseHead(ParseView view, int t)
    {
        var k = t;
        for (var step = 0; step < 6 && view.Head(k) >= 0 && (view.Is(k, "compound") || view.Is(k, "flat") || view.Is(k, "nmod:poss") || view.Is(k, "amod") || IsTitleBefore(view, k)); step++)
        {
            k = view.Head(k);
        }

        return k;
    }

    /// <summary>
    /// The subject of a verb, inherited through control, coordination and relative or participial clauses;
    /// a personal pronoun in a complement clause stands for the subject of the clause above ("Ethiopia
    /// indicated it would act").
    /// </summary>
    private static int Subject(ParseView view, int verb)
    {
        var pronoun = -1;
        var v = verb;
        for (var step = 0; step < 6 && v >= 0; step++)
        {
            var subject = view.ChildExact(v, "nsubj");
            if (subject < 0)
            {
                subject = view.Child(v, "nsubj");
            }

            var head = view.Head(v);
            if (subject >= 0)
            {
                if (RelativePronouns.Contains(view.Lemmas[subject]) && view.Is(v, "acl:relcl"))
                {
                    return head;
                }

                if (view.Upos(subject) == "PRON" && PersonalPronouns.Contains(view.Lemmas[subject]) && head >= 0 &&
                    (view.Is(v, "ccomp") || view.Is(v, "xcomp") || view.Is(v, "conj") || view.Is(v, "advcl")))
                {
                    pronoun = pronoun < 0 ? subject : pronoun;
                    v = head;
                    continue;
                }

                return subject;
            }

            if (head < 0)
            {
                break;
            }

            if (view.Is(v, "xcomp"))
            {
                var controller = view.Child(head, "obj");
                if (controller >= 0 && controller < v)
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
                break;
            }
        }

        return pronoun;
    }

    /// <summary>
    /// When the parse gives a verb no subject (a misparse such as "Mordor, Rohan and Bree welcomed" read as
    /// an apposition), the nearest noun phrase before it that is not inside a prepositional phrase stands in,
    /// as PETRARCH's reading of the words before the verb would have it.
    /// </summary>
    private static int PrecedingNominal(ParseView view, Sentence sentence, int v)
    {
        for (var t = v - 1; t >= sentence.FirstToken; t--)
        {
            if (view.Dominates(v, t) && view.Upos(t) is not ("NOUN" or "PROPN"))
            {
                continue;
            }

            if (view.Upos(t) is not ("NOUN" or "PROPN"))
            {
                if (view.Upos(t) is "VERB" or "SCONJ" || view.Rel(t) == "punct" && view.Lower(t) is ";" or ":")
                {
                    return -1;
                }

                continue;
            }

            var head = PhraseHead(view, t);
            if (view.Case(head) is not null || view.Is(head, "obl") || view.Is(head, "nmod"))
            {
                continue;
            }

            while (view.Is(head, "conj") && view.Head(head) >= 0 && view.Upos(view.Head(head)) is "NOUN" or "PROPN")
            {
                head = view.Head(head);
            }

            return head;
        }

        return -1;
    }

    private static bool HasMark(ParseView view, int clause, string mark)
    {
        foreach (var c in view.Children(clause))
        {
            if (view.Is(c, "mark") && view.Lemmas[c] == mark)
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// The first nominal argument that names an actor, in reading order: objects and prepositional phrases of
    /// the verb, of its objects and of the infinitives and participles below it; else the subject of its
    /// complement clause.
    /// </summary>
    private List<string> DefaultTargets(ParseView view, int v, int subject, DateOnly? asOf, bool shallow = false)
    {
        var candidates = new List<int>();
        Collect(v, 0);
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
            if (!shallow && view.Is(c, "ccomp"))
            {
                var clauseSubject = view.Child(c, "nsubj");
                var actors = Actors(view, clauseSubject, asOf);
                if (actors.Count > 0)
                {
                    return actors;
                }
            }
        }

        return [];

        void Collect(int node, int depth)
        {
            if (depth > (shallow ? 1 : 3))
            {
                return;
            }

            foreach (var c in view.Children(node))
            {
                if (c == subject || view.Is(c, "nsubj") || view.Is(c, "conj") || view.Case(c) == "by" && node == v)
                {
                    continue;
                }

                if (view.Is(c, "nmod:poss"))
                {
                    continue;
                }

                if (view.Is(c, "obj") || view.Is(c, "iobj") || view.Is(c, "obl") || view.Is(c, "nmod"))
                {
                    if (view.Upos(c) is "NOUN" or "PROPN")
                    {
                        candidates.Add(c);
                    }

                    Collect(c, depth + 1);
                }
                else if (!shallow && (view.Is(c, "xcomp") || view.Is(c, "acl") || (view.Is(c, "advcl") && HasMark(view, c, "to"))))
                {
                    Collect(c, depth + 1);
                }
            }
        }
    }

    /// <summary>Actors of a subject and of any other subject the parser gave the same verb ("Lions, tigers, and Gondor").</summary>
    private List<string> Subjects(ParseView view, int subject, DateOnly? asOf)
    {
        var codes = Actors(view, subject, asOf);
        var head = subject >= 0 ? view.Head(subject) : -1;
        if (head < 0 || !view.Is(subject, "nsubj"))
        {
            return codes;
        }

        foreach (var c in view.Children(head))
        {
            if (c != subject && view.Is(c, "nsubj") && !view.Is(c, "nsubj:pass"))
            {
                foreach (var code in Actors(view, c, asOf))
                {
                    if (!codes.Contains(code))
                    {
                        codes.Add(code);
                    }
                }
            }
        }

        return codes;
    }

    /// <summary>Known actor codes of a nominal and of each of its conjuncts.</summary>
    private List<string> Actors(ParseView view, int node, DateOnly? asOf)
    {
        var codes = new List<string>();
        if (node < 0 || view.Upos(node) == "PRON")
        {
            return codes;
        }

        var conjuncts = new List<int> { node };
        for (var i = 0; i < conjuncts.Count; i++)
        {
            foreach (var c in view.Children(conjuncts[i]))
            {
                if (view.Is(c, "conj") && view.Upos(c) is "NOUN" or "PROPN")
                {
                    conjuncts.Add(c);
                }
            }
        }

        var (first, last) = NamePhrase(view, node);
        foreach (var n in conjuncts)
        {
            var (nFirst, nLast) = n == node ? (first, last) : NamePhrase(view, n);
            var found = Resolve(view, view.Text(nFirst, nLast), n, asOf);
            if (found.Count == 0 && n != node)
            {
                // "Danish media and government": the first conjunct's modifiers belong to every conjunct.
                var prefix = first < node ? view.Text(first, node - 1) + " " : string.Empty;
                var suffix = node < last ? " " + view.Text(node + 1, last) : string.Empty;
                found = Resolve(view, prefix + view.Text(nFirst, nLast) + suffix, n, asOf);
            }

            Distribute(view, n, nFirst, found, asOf);
            foreach (var code in found)
            {
                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
        }

        return codes;
    }

    /// <summary>"Lawmakers in Arnor and Gondor": a coordinated name inside the phrase gives one actor per conjunct.</summary>
    private void Distribute(ParseView view, int node, int first, List<string> found, DateOnly? asOf)
    {
        foreach (var m in view.Children(node))
        {
            if (!view.Is(m, "nmod") || view.Case(m) is not { } preposition || !NamePrepositions.Contains(preposition))
            {
                continue;
            }

            var caseToken = -1;
            foreach (var c in view.Children(m))
            {
                if (view.Rel(c) == "case")
                {
                    caseToken = c;
                }
            }

            if (caseToken < first)
            {
                continue;
            }

            foreach (var j in view.Children(m))
            {
                if (view.Is(j, "conj") && view.Upos(j) is "NOUN" or "PROPN")
                {
                    var (jFirst, jLast) = NamePhrase(view, j);
                    foreach (var code in Resolve(view, view.Text(first, caseToken) + " " + view.Text(jFirst, jLast), node, asOf))
                    {
                        if (!found.Contains(code))
                        {
                            found.Add(code);
                        }
                    }
                }
            }
        }
    }

    private List<string> Resolve(ParseView view, string phrase, int head, DateOnly? asOf)
    {
        var result = new List<string>();
        foreach (var code in _options.ResolveActor(phrase, view.Document.GetTokenSpan(head).ToString(), asOf))
        {
            if (!IsNone(code) && !result.Contains(code))
            {
                result.Add(code);
            }
        }

        return result;
    }

    /// <summary>
    /// The words that name an actor: the head with its determiners, modifiers, compounds, possessor and
    /// "of/in/from" phrases, without conjuncts, appositions, clauses or other prepositional phrases.
    /// </summary>
    private static (int First, int Last) NamePhrase(ParseView view, int head)
    {
        var first = head;
        var last = head;
        Extend(head, true);
        while (first < head && (view.Upos(first) == "PUNCT" || view.Rel(first) is "case" or "cc"))
        {
            first++;
        }

        while (last > head && view.Upos(last) == "PUNCT")
        {
            last--;
        }

        return (first, last);

        void Extend(int node, bool top)
        {
            foreach (var c in view.Children(node))
            {
                var keep = view.Is(c, "det") || view.Is(c, "amod") || view.Is(c, "compound") || view.Is(c, "flat") || view.Is(c, "nummod") ||
                           view.Is(c, "nmod:poss") || IsTitleBefore(view, c) || (!top && view.Rel(c) == "case") ||
                           (view.Rel(c) is "nmod" or "nmod:poss" && view.Case(c) is { } p && NamePrepositions.Contains(p)) ||
                           (view.Rel(c) == "punct" && !top) ||
                           (view.Is(c, "appos") && Adjacent(node, c));
                if (!keep)
                {
                    continue;
                }

                first = Math.Min(first, c);
                last = Math.Max(last, c);
                Extend(c, false);
            }
        }

        // "Deputy Prime Minister Telemar" read as an apposition: kept only when no punctuation separates it.
        bool Adjacent(int node, int appos)
        {
            for (var t = Math.Min(node, appos) + 1; t < Math.Max(node, appos); t++)
            {
                if (view.Upos(t) == "PUNCT")
                {
                    return false;
                }
            }

            return true;
        }
    }
}
