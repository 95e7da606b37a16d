using System.Collections.Frozen;
using System.Globalization;
using Parley.Core;
using Parley.Core.Records;

namespace Parley.Events.Coding;

/// <summary>
/// Codes political events from dependency parses: for each verb or noun trigger that a pattern
/// matches, finds the source (subject, controller of an infinitive, head of a relative clause, agent of
/// a passive, possessor or "between X and Y" of a noun) and the target (object, prepositional argument),
/// resolves both to actor codes, and adds modality (negated, cancelled, hypothetical, future), date,
/// place and attribution (the outlet whose citation covers the sentence; the speaker of a quote or of a
/// reporting verb whose complement holds the event). One event mentioned several times in an article is
/// reported once, with every mention.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
public sealed class EventCoder : IPipe
{
    private static readonly FrozenSet<string> FutureVerbs = new[]
    {
        "plan", "intend", "expect", "want", "seek", "hope", "aim", "need", "prepare", "propose", "schedule", "agree",
        "promise", "pledge", "vow", "decide", "offer", "wish", "consider", "mean", "set",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that turn an embedded action into a CAMEO "express intent" event (root 03): "agreed to hold a summit" is 036.</summary>
    private static readonly FrozenSet<string> IntentVerbs = new[] { "agree", "promise", "pledge", "vow", "offer", "commit", "undertake", "volunteer" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FutureNouns = new[] { "plan", "need", "intention", "goal", "bid", "proposal", "offer", "agreement" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CancelVerbs = new[] { "cancel", "scrap", "postpone", "abandon", "scuttle", "shelve", "suspend", "delay", "axe", "drop" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CancelPhrasal = new[] { "call off", "put off", "pull out", "back out" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> HypotheticalAux = new[] { "could", "might", "may", "would", "should", "can" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ReportingVerbs = new[]
    {
        "say", "tell", "report", "claim", "announce", "note", "acknowledge", "add", "insist", "confirm", "state", "write",
        "allege", "argue", "explain", "assert", "suggest", "reveal", "disclose", "indicate", "show",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RelativePronouns = new[] { "who", "which", "that", "whom" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly EventCoderOptions _options;
    private readonly FrozenDictionary<string, EventPattern[]> _verbPatterns;
    private readonly FrozenDictionary<string, EventPattern[]> _nounPatterns;

    private EventCoder(EventCoderOptions options)
    {
        _options = options;
        var usable = options.Patterns.Where(p => options.DescribeCode(p.Code) is not null).ToList();
        _verbPatterns = Group(usable.Where(p => p.Kind == PatternKind.Verb));
        _nounPatterns = Group(usable.Where(p => p.Kind == PatternKind.Noun));
        PatternCount = usable.Count;
    }

    /// <summary>Number of usable patterns (those whose code the ontology knows).</summary>
    public int PatternCount { get; }

    /// <inheritdoc/>
    public string Name => "events";

    /// <inheritdoc/>
    public IReadOnlyList<string> Requires { get; } = [Annotations.Sentences, Annotations.Lemmas, Annotations.Dependencies];

    /// <inheritdoc/>
    public IReadOnlyList<string> Assigns { get; } = [Annotations.Events];

    /// <summary>Creates a coder over the given patterns and knowledge.</summary>
    public static EventCoder Create(EventCoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new EventCoder(options);
    }

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Events.Clear();
        if (document.TokenCount == 0)
        {
            document.MarkAssigned(Annotations.Events);
            return;
        }

        var view = new ParseView(document);
        var asOf = ParseDate(document.Info.Published);
        var found = new List<EventRecord>();
        var consumedNouns = new HashSet<int>();
        var consumedVerbs = new HashSet<int>();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var v = sentence.FirstToken; v < sentence.EndToken; v++)
            {
                if (!consumedVerbs.Contains(v) && view.Upos(v) is "VERB" or "AUX" && _verbPatterns.TryGetValue(view.Lemmas[v], out var verbPatterns))
                {
                    CodeVerb(view, sentence, v, verbPatterns, asOf, found, consumedNouns, consumedVerbs);
                }
            }

            for (var n = sentence.FirstToken; n < sentence.EndToken; n++)
            {
                if (!consumedNouns.Contains(n) && view.Upos(n) is "NOUN" or "PROPN" && TryNounPatterns(view, n, out var nounPatterns))
                {
                    CodeNoun(view, sentence, n, nounPatterns, asOf, found);
                }
            }
        }

        document.Events.AddRange(Merge(found, found.Select(e => HasExplicitDate(document, e)).ToList()));
        document.MarkAssigned(Annotations.Events);
    }

    private bool TryNounPatterns(ParseView view, int n, out EventPattern[] patterns) =>
        _nounPatterns.TryGetValue(view.Lemmas[n], out patterns!) || _nounPatterns.TryGetValue(view.Lower(n), out patterns!);

    /// <summary>
    /// The particle of a phrasal verb: its <c>compound:prt</c> child, or a particle the parser took for the
    /// preposition of the next noun ("called off | his trip" parsed as "off his trip").
    /// </summary>
    private static int ParticleOf(ParseView view, int verb)
    {
        var particle = view.ChildExact(verb, "compound:prt");
        if (particle >= 0)
        {
            return particle;
        }

        var next = verb + 1;
        if (next < view.Document.TokenCount && view.Rel(next) == "case" && view.Lemmas[next] is "off" or "out" or "up" or "down" or "back" or "away")
        {
            var noun = view.Head(next);
            if (noun >= 0 && view.Head(noun) == verb && view.Is(noun, "obl"))
            {
                return next;
            }
        }

        return -1;
    }

    /// <summary>The direct object, or the noun of a particle misparsed as a preposition ("called off his trip").</summary>
    private static int ObjectOf(ParseView view, int verb)
    {
        var obj = view.Child(verb, "obj");
        if (obj >= 0)
        {
            return obj;
        }

        // "officials expressed irritation" misparsed with "expressed" as a modifier of its own object:
        // a verb with a subject that modifies the noun after it governs that noun.
        var head = view.Head(verb);
        if (head > verb && view.Is(verb, "amod") && view.Child(verb, "nsubj") >= 0 && view.Upos(head) == "NOUN")
        {
            return head;
        }

        var particle = ParticleOf(view, verb);
        return particle >= 0 && view.Rel(particle) == "case" ? view.Head(particle) : -1;
    }

    private static bool IsObjectOf(ParseView view, int noun, int verb) => view.Is(noun, "obj") || ObjectOf(view, verb) == noun;

    private void CodeVerb(ParseView view, Sentence sentence, int v, EventPattern[] patterns, DateOnly? asOf, List<EventRecord> found, HashSet<int> consumedNouns, HashSet<int> consumedVerbs)
    {
        // "gonna", "going to": the future of another verb, not a movement.
        if (view.Lemmas[v] == "go" && (view.Lower(v) == "gon" || view.Child(v, "xcomp") >= 0))
        {
            return;
        }

        var particleNode = ParticleOf(view, v);
        var particle = particleNode >= 0 ? view.Lemmas[particleNode] : null;
        var obj = ObjectOf(view, v);
        if (obj < 0 && view.Is(v, "acl:relcl") && !IsRelativeObjectless(view, v))
        {
            obj = view.Head(v); // "a meeting they held": the modified noun is the object
        }

        EventPattern? best = null;
        var bestTarget = -1;
        var bestScore = int.MinValue;
        foreach (var pattern in patterns)
        {
            if (pattern.Particle != particle || !PatternConstraints.Satisfied(view, v, pattern))
            {
                continue;
            }

            if (pattern.Object is not null && (obj < 0 || !MatchesLemma(view, obj, pattern.Object)))
            {
                continue;
            }

            var complement = -1;
            if (pattern.Complement is not null)
            {
                complement = ComplementOf(view, v, pattern.Complement);
                if (complement < 0)
                {
                    continue;
                }
            }

            var target = -1;
            if (pattern.TargetInComplement && complement >= 0)
            {
                target = pattern.TargetPreposition is null ? view.Child(complement, "obj") : PrepositionalArgument(view, complement, pattern.TargetPreposition);
                if (target < 0 && pattern.TargetPreposition is not null && view.Child(complement, "obj") is var complementObject and >= 0)
                {
                    target = PrepositionalArgument(view, complementObject, pattern.TargetPreposition);
                }
            }
            else if (pattern.TargetPreposition is not null)
            {
                target = PrepositionalArgument(view, v, pattern.TargetPreposition);
                if (target < 0 && pattern.Object is not null && obj >= 0)
                {
                    target = PrepositionalArgument(view, obj, pattern.TargetPreposition);
                }
            }
            else if (pattern.Object is null)
            {
                target = obj;
            }

            // A matched light-verb object or complement decides most; then whether the pattern's target was found.
            var score = (pattern.Object is null && pattern.Complement is null ? 0 : 100) + (target >= 0 || pattern.TargetPreposition is null ? 20 : 0) + pattern.Specificity;
            if (score > bestScore)
            {
                best = pattern;
                bestScore = score;
                bestTarget = target;
            }
        }

        if (best is null)
        {
            return;
        }

        if (best.Complement is not null && ComplementOf(view, v, best.Complement) is var coded and >= 0)
        {
            consumedVerbs.Add(coded); // "urged Uganda to cooperate" is one appeal, not also a cooperation
        }

        if (best.Object is not null && obj >= 0)
        {
            consumedNouns.Add(obj);
        }
        else if (obj >= 0 && _nounPatterns.ContainsKey(view.Lemmas[obj]))
        {
            consumedNouns.Add(obj);
        }

        // Passive voice: the grammatical subject is the target, the "by" phrase the source.
        int source;
        var passiveSubject = view.Child(v, "nsubj:pass");
        if (passiveSubject >= 0 && best.TargetPreposition is null)
        {
            bestTarget = passiveSubject;
            source = AgentOf(view, v);
        }
        else
        {
            source = SubjectOf(view, v);
        }

        // "expelled the Ugandan ambassador": a light-verb object that names an actor is the target.
        if (bestTarget < 0 && best.Object is not null && best.TargetPreposition is null && obj >= 0 &&
            ResolveNode(view, obj, asOf, includeConjuncts: false).Any(r => !IsUnknown(r.Actor.Code)))
        {
            bestTarget = obj;
        }

        // "expressed irritation that Japan wasn't forthright": the complaint is about the clause's subject.
        if (bestTarget < 0 && best.Code.Length >= 2 && best.Code[..2] is "10" or "11" or "12" or "13")
        {
            bestTarget = ComplementSubject(view, v, obj);
        }

        var modality = ModalityOf(view, v);
        var code = best.Code;
        if (best.Complement is null && IntentGovernor(view, v) is { } intentVerb && IntentCode(best.Code) is { } intent)
        {
            code = intent; // CAMEO codes "agreed to meet" as an expressed intent, asserted when the agreement is
            modality = ModalityOf(view, intentVerb);
        }

        Emit(view, sentence, v, v, best with { Code = code }, source, bestTarget, asOf, found, modality);
    }

    /// <summary>The <c>xcomp</c> child of <paramref name="verb"/> with lemma <paramref name="lemma"/>, or -1.</summary>
    private static int ComplementOf(ParseView view, int verb, string lemma)
    {
        foreach (var c in view.Children(verb))
        {
            if (view.Is(c, "xcomp") && view.Lemmas[c] == lemma)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The intent verb ("agree", "promise") whose infinitive complement <paramref name="verb"/> is, or null.</summary>
    private static int? IntentGovernor(ParseView view, int verb)
    {
        var node = verb;
        for (var step = 0; step < 3; step++)
        {
            var head = view.Head(node);
            if (head < 0 || !(view.Is(node, "xcomp") || view.Is(node, "conj")))
            {
                return null;
            }

            if (view.Is(node, "xcomp") && IntentVerbs.Contains(view.Lemmas[head]))
            {
                return head;
            }

            node = head;
        }

        return null;
    }

    /// <summary>
    /// The CAMEO 03x "express intent" code for an intended action: meeting (04) → 036, diplomatic
    /// cooperation (05) → 032, material cooperation (06x) → 031x, aid (07x) → 033x, yielding (08x) → 035x,
    /// settling a dispute (057) → 037, mediation (043/045) → 039; null when CAMEO has no intent form.
    /// </summary>
    private string? IntentCode(string code)
    {
        var candidate = code switch
        {
            "057" => "037",
            "045" or "043" => "039",
            _ when code.StartsWith("04", StringComparison.Ordinal) => "036",
            _ when code.StartsWith("05", StringComparison.Ordinal) => "032",
            "061" => "0311",
            "062" => "0312",
            "063" => "0313",
            "064" => "0314",
            _ when code.StartsWith("06", StringComparison.Ordinal) => "031",
            "071" => "0331",
            "072" => "0332",
            "073" => "0333",
            "074" => "0334",
            _ when code.StartsWith("07", StringComparison.Ordinal) => "033",
            "081" => "0351",
            "082" => "0352",
            "084" => "0353",
            "085" => "0354",
            "086" => "0355",
            "087" => "0356",
            _ when code.StartsWith("08", StringComparison.Ordinal) => "035",
            _ when code.StartsWith("03", StringComparison.Ordinal) => code,
            _ => null,
        };
        return candidate is not null && _options.DescribeCode(candidate) is not null ? candidate : null;
    }

    private void CodeNoun(ParseView view, Sentence sentence, int n, EventPattern[] patterns, DateOnly? asOf, List<EventRecord> found)
    {
        var governor = view.Head(n);
        int source = -1, target = -1;
        EventPattern? best = null;

        // "between X and Y", on the noun or on the verb it is the subject of ("the meeting took place … between").
        var between = PrepositionalArgument(view, n, "between");
        if (between < 0 && governor >= 0 && (view.Is(n, "nsubj") || view.Is(n, "obj")))
        {
            between = PrepositionalArgument(view, governor, "between");
            foreach (var c in view.Children(governor))
            {
                if (between < 0 && view.Is(c, "obl"))
                {
                    between = PrepositionalArgument(view, c, "between"); // "took place in July … between X and Y"
                }
            }
        }

        if (between >= 0)
        {
            source = between;
            target = view.Child(between, "conj");
            if (target < 0 && governor >= 0)
            {
                // "between X, …, and Y" with Y misattached to the verb as a conjunct.
                foreach (var c in view.Children(governor))
                {
                    if (target < 0 && c > between && view.Is(c, "conj") && view.Upos(c) is "NOUN" or "PROPN")
                    {
                        target = c;
                    }
                }
            }
        }

        // "Pompeo's trip"; a possessive pronoun ("his trip") defers to the governing verb's subject when there is one.
        var possessor = view.Child(n, "nmod:poss");
        if (source < 0 && possessor >= 0 &&
            (view.Upos(possessor) != "PRON" || governor < 0 || !IsObjectOf(view, n, governor) || IsCoreferent(view, possessor)))
        {
            source = possessor;
        }

        foreach (var pattern in patterns)
        {
            if (pattern.TargetPreposition is not null)
            {
                var t = PrepositionalArgument(view, n, pattern.TargetPreposition);
                if (t < 0 && governor >= 0 && !view.Is(n, "obl"))
                {
                    t = PrepositionalArgument(view, governor, pattern.TargetPreposition);
                }

                if (t >= 0 && (best is null || best.TargetPreposition is null))
                {
                    best = pattern;
                    if (target < 0)
                    {
                        target = t;
                    }
                }
            }
            else
            {
                best ??= pattern;
            }
        }

        best ??= patterns[0];
        if (source < 0 && governor >= 0 && (IsObjectOf(view, n, governor) || view.Is(n, "nsubj:pass")))
        {
            source = IsObjectOf(view, n, governor) ? SubjectOf(view, governor) : AgentOf(view, governor);
        }

        if (source < 0 && governor >= 0 && view.Is(governor, "acl:relcl") && view.Is(n, "obj"))
        {
            source = SubjectOf(view, governor);
        }

        var modality = ModalityOf(view, n);
        if (governor >= 0 && modality == "asserted")
        {
            modality = GovernorModality(view, n, governor);
        }

        var anchor = governor >= 0 && (IsObjectOf(view, n, governor) || view.Is(n, "nsubj") || view.Is(n, "nsubj:pass")) ? governor : n;
        Emit(view, sentence, n, anchor, best, source, target, asOf, found, modality);
    }

    private string GovernorModality(ParseView view, int noun, int governor)
    {
        var lemma = view.Lemmas[governor];
        var particle = ParticleOf(view, governor);
        var phrasal = particle >= 0 ? lemma + " " + view.Lemmas[particle] : lemma;
        if ((IsObjectOf(view, noun, governor) || view.Is(noun, "nsubj:pass")) && (CancelVerbs.Contains(lemma) || CancelPhrasal.Contains(phrasal)))
        {
            return "cancelled";
        }

        if (view.Is(noun, "obj") || view.Is(noun, "nsubj") || view.Is(noun, "nsubj:pass"))
        {
            var governed = ModalityOf(view, governor);
            if (governed != "asserted")
            {
                return governed;
            }
        }

        // "Pompeo's planned trip": an intention adjective on the noun.
        foreach (var c in view.Children(noun))
        {
            if (view.Is(c, "amod") && view.Lemmas[c] is "planned" or "plan" or "proposed" or "propose" or "upcoming" or "scheduled" or "schedule" or "expected" or "expect")
            {
                return "future";
            }
        }

        return "asserted";
    }

    private static int ComplementSubject(ParseView view, int verb, int obj)
    {
        foreach (var head in obj >= 0 ? new[] { verb, obj } : [verb])
        {
            foreach (var c in view.Children(head))
            {
                if (view.Is(c, "ccomp") || (head == obj && view.Is(c, "acl")))
                {
                    var subject = view.Child(c, "nsubj");
                    if (subject >= 0 && view.Upos(subject) is "PROPN" or "NOUN")
                    {
                        return subject;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>Whether coreference tied this token to a coded actor.</summary>
    private static bool IsCoreferent(ParseView view, int token)
    {
        var start = view.Document.GetTokenStart(token);
        var end = view.Document.GetTokenEnd(token);
        return view.Document.Actors.Any(a => a.Mentions.Any(m => m.Length == 2 && m[0] <= start && end <= m[1]));
    }

    private static bool IsRelativeObjectless(ParseView view, int relativeVerb)
    {
        // "the meeting which took place": the relative pronoun is the subject, so the noun is not an object.
        var subject = view.Child(relativeVerb, "nsubj");
        return subject < 0 || RelativePronouns.Contains(view.Lemmas[subject]) || view.Child(relativeVerb, "nsubj:pass") >= 0;
    }

    private static bool MatchesLemma(ParseView view, int token, string lemma) =>
        view.Lemmas[token] == lemma || view.Lower(token) == lemma;

    /// <summary>The argument of <paramref name="head"/> introduced by <paramref name="preposition"/>, or -1.</summary>
    private static int PrepositionalArgument(ParseView view, int head, string preposition)
    {
        foreach (var c in view.Children(head))
        {
            if ((view.Is(c, "obl") || view.Is(c, "nmod")) && view.Case(c) == preposition)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The subject of a verb: its own, or inherited through control, coordination and relative clauses.</summary>
    private static int SubjectOf(ParseView view, int verb)
    {
        var v = verb;
        for (var step = 0; step < 5 && v >= 0; step++)
        {
            // With several subjects (a parse error) the one nearest the verb is usually the name.
            var subject = -1;
            foreach (var c in view.Children(v))
            {
                if (view.Rel(c) is "nsubj" or "nsubj:outer" && (subject < 0 || c < v))
                {
                    subject = c;
                }
            }

            if (subject >= 0)
            {
                if (RelativePronouns.Contains(view.Lemmas[subject]) && view.Is(v, "acl:relcl"))
                {
                    return view.Head(v);
                }

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
                if (controller >= 0 && controller != v)
                {
                    return controller; // "urged Iran to stop"
                }

                v = head;
            }
            else if (view.Is(v, "conj") || view.Is(v, "advcl"))
            {
                v = head;
            }
            else if (view.Is(v, "acl:relcl"))
            {
                return head;
            }
            else if (view.Is(v, "acl"))
            {
                // "a need to travel": climb to the verb the noun depends on.
                v = view.Head(head);
            }
            else
            {
                return -1;
            }
        }

        return -1;
    }

    private static int AgentOf(ParseView view, int verb)
    {
        foreach (var c in view.Children(verb))
        {
            if (view.Is(c, "obl") && (view.Rel(c) == "obl:agent" || view.Case(c) == "by"))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>Negated, hypothetical or future, from auxiliaries, negation and the verbs governing the trigger.</summary>
    private static string ModalityOf(ParseView view, int trigger)
    {
        var negated = false;
        var hypothetical = false;
        var future = false;
        foreach (var c in view.Children(trigger))
        {
            var lemma = view.Lemmas[c];
            if ((view.Is(c, "advmod") || view.Is(c, "det")) && lemma is "not" or "never" or "n't" or "no")
            {
                negated = true;
            }
            else if (view.Is(c, "aux"))
            {
                var form = view.Lower(c);
                if (form is "will" or "shall" or "'ll" or "’ll" or "wo")
                {
                    future = true;
                }
                else if (HypotheticalAux.Contains(form))
                {
                    hypothetical = true;
                }
            }
        }

        if (negated)
        {
            return "negated";
        }

        // Climb through infinitives and coordinations: "plans to travel", "agreed to hold", "a need to meet".
        var node = trigger;
        for (var step = 0; step < 4 && !future && !hypothetical; step++)
        {
            var head = view.Head(node);
            if (head < 0 || !(view.Is(node, "xcomp") || view.Is(node, "acl") || view.Is(node, "conj")))
            {
                break;
            }

            var lemma = view.Lemmas[head];
            if (view.Is(node, "acl") ? FutureNouns.Contains(lemma) : FutureVerbs.Contains(lemma))
            {
                future = true;
            }

            foreach (var c in view.Children(head))
            {
                if (view.Is(c, "aux") && HypotheticalAux.Contains(view.Lower(c)))
                {
                    hypothetical = true;
                }
                else if (view.Is(c, "aux") && view.Lower(c) is "will" or "shall")
                {
                    future = true;
                }
            }

            node = head;
        }

        return hypothetical ? "hypothetical" : future ? "future" : "asserted";
    }

    private void Emit(ParseView view, Sentence sentence, int trigger, int anchor, EventPattern pattern, int source, int target, DateOnly? asOf,
        List<EventRecord> found, string modality)
    {
        var info = _options.DescribeCode(pattern.Code)!;
        var document = view.Document;
        var sources = Actors(view, source, asOf);
        List<ActorRef?> targets = target >= 0 ? [.. Actors(view, target, asOf)] : [null];
        var triggerSpan = new TextSpan { Text = document.GetTokenSpan(trigger).ToString(), Start = document.GetTokenStart(trigger), End = document.GetTokenEnd(trigger) };
        var date = DateOf(view, sentence, anchor, trigger, modality);
        var location = PlaceOf(view, anchor, trigger);
        var attribution = AttributionOf(view, sentence, anchor);
        var pairs = new List<(ActorRef Source, ActorRef? Target)>();
        if (targets is [null] && sources.Count >= 2 && info.Root is "03" or "04" or "05" or "06")
        {
            // "North and South Korea agreed to hold a summit": a reciprocal event, coded both ways.
            foreach (var a in sources)
            {
                pairs.AddRange(sources.Where(b => b.Code != a.Code).Select(b => (a, (ActorRef?)b)));
            }
        }
        else
        {
            pairs.AddRange(sources.SelectMany(a => targets.Select(b => (a, b))));
        }

        foreach (var (rawSource, rawTarget) in pairs)
        {
            // "Police arrested protesters in Caracas": actors with a role but no country are of the place's country.
            var s = Localise(rawSource, location);
            var t = rawTarget is null ? null : Localise(rawTarget, location);
            if (t is not null && s.Code == t.Code && s.Code != "---")
            {
                continue; // an actor acting on itself is a parse error more often than news
            }

            if (IsUnknown(s.Code) && (t is null || IsUnknown(t.Code)))
            {
                continue; // an event with no known actor tells an analyst nothing
            }

            var coded = info;
            if (info.Code == "040" && t is not null && location?.Country is { } placeCountry &&
                !s.Code.StartsWith(placeCountry, StringComparison.Ordinal) && !t.Code.StartsWith(placeCountry, StringComparison.Ordinal) &&
                _options.DescribeCode("044") is { } thirdLocation)
            {
                coded = thirdLocation; // met in a country that is neither side's: "meet at third location"
            }


            found.Add(new EventRecord
            {
                Sentence = sentence.Index,
                Code = coded.Code,
                Root = coded.Root,
                Name = coded.Name,
                QuadClass = coded.QuadClass,
                Goldstein = coded.Goldstein,
                Plover = coded.PloverEvent is null ? null : new PloverRecord { Event = coded.PloverEvent, Mode = coded.PloverMode },
                Source = s,
                Target = t,
                Trigger = triggerSpan,
                Date = date,
                Location = location,
                Modality = modality,
                Attribution = attribution,
                Evidence = $"{pattern.Id}: {Describe(pattern)}",
                Mentions = [new EventMention(sentence.Index, triggerSpan.Start, triggerSpan.End)],
            });
        }
    }

    private static ActorRef Localise(ActorRef actor, LocationRecord? location) =>
        location?.Country is { Length: 3 } country && actor.Code.Length > 3 && actor.Code.StartsWith("---", StringComparison.Ordinal)
            ? actor with { Code = country + actor.Code[3..] }
            : actor;

    private static bool IsUnknown(string code) => code.StartsWith("---", StringComparison.Ordinal);

    private static string Describe(EventPattern p) => p.Kind == PatternKind.Noun
        ? $"noun '{p.Lemma}'{(p.TargetPreposition is null ? string.Empty : " " + p.TargetPreposition + " TARGET")} → {p.Code}"
        : $"verb '{p.Lemma}{(p.Particle is null ? string.Empty : " " + p.Particle)}'{(p.Object is null ? string.Empty : " + '" + p.Object + "'")}{(p.TargetPreposition is null ? string.Empty : " " + p.TargetPreposition + " TARGET")} → {p.Code}";

    /// <summary>The actors a nominal stands for: each conjunct, resolved through the coreference actors or the resolver.</summary>
    private List<ActorRef> Actors(ParseView view, int head, DateOnly? asOf)
    {
        var result = new List<ActorRef>();
        if (head < 0)
        {
            result.Add(new ActorRef { Code = "---", Text = string.Empty, Start = 0, End = 0 });
            return result;
        }

        var conjuncts = new List<int> { head };
        foreach (var c in view.Children(head))
        {
            if (view.Is(c, "conj") && view.Upos(c) is "NOUN" or "PROPN" or "PRON")
            {
                conjuncts.Add(c);
            }
        }

        foreach (var node in conjuncts)
        {
            var resolved = ResolveNode(view, node, asOf, includeConjuncts: false);
            if (resolved.All(r => r.Actor.Code == "---") && view.Upos(node) == "PRON")
            {
                resolved = ResolvePronoun(view, node, asOf) ?? resolved;
            }

            if (resolved.All(r => r.Actor.Code == "---") && conjuncts.Count == 1)
            {
                // "North and South Korea": the whole coordination names the actors.
                resolved = ResolveNode(view, node, asOf, includeConjuncts: true);
            }

            foreach (var (actor, first, last) in resolved)
            {
                result.Add(new ActorRef
                {
                    Code = actor.Code,
                    Text = view.Text(first, last),
                    Start = view.Document.GetTokenStart(first),
                    End = view.Document.GetTokenEnd(last),
                });
            }
        }

        return result;
    }

    /// <summary>
    /// A pronoun that coreference left unresolved takes the nearest earlier subject (in this sentence,
    /// then the previous one) that resolves to a known actor: "the Japanese concealed a meeting they held".
    /// </summary>
    private List<(ActorMatch Actor, int First, int Last)>? ResolvePronoun(ParseView view, int pronoun, DateOnly? asOf)
    {
        var document = view.Document;
        var sentence = document.GetTokenSentence(pronoun);
        var from = sentence > 0 ? document.GetSentence(sentence - 1).FirstToken : document.GetSentence(sentence).FirstToken;
        for (var t = pronoun - 1; t >= from; t--)
        {
            if (!view.Is(t, "nsubj") || view.Upos(t) == "PRON")
            {
                continue;
            }

            var candidate = ResolveNode(view, t, asOf, includeConjuncts: false);
            if (candidate.Any(c => c.Actor.Code != "---"))
            {
                return candidate.Select(c => (c.Actor, pronoun, pronoun)).ToList();
            }
        }

        return null;
    }

    private List<(ActorMatch Actor, int First, int Last)> ResolveNode(ParseView view, int node, DateOnly? asOf, bool includeConjuncts)
    {
        var document = view.Document;
        var (first, last) = view.Phrase(node, includeConjuncts);
        var start = document.GetTokenStart(node);
        var end = document.GetTokenEnd(node);

        // A mention that coreference tied to a coded actor ("he", "Mr. Moon") takes that actor's code;
        // a coordination ("North and South Korea") names several actors and goes to the resolver.
        var coordinated = view.Text(first, last).Contains(" and ", StringComparison.Ordinal);
        foreach (var actor in coordinated ? [] : document.Actors)
        {
            foreach (var mention in actor.Mentions)
            {
                if (mention.Length == 2 && mention[0] <= start && end <= mention[1])
                {
                    return [(new ActorMatch(actor.Code, actor.Country, actor.Sector), first, last)];
                }
            }
        }

        var matches = _options.ResolveActor(view.Text(first, last), document.GetTokenSpan(node).ToString(), asOf);
        if (matches.Count == 1 && matches[0].Code.StartsWith("---", StringComparison.Ordinal) && matches[0].Sector is { } sector &&
            view.Child(node, "nmod:poss") is var possessive and >= 0 && view.Lemmas[possessive] is "its" or "their" or "it" or "they")
        {
            // "its leader": the country named last before the phrase in the same sentence.
            var sentenceStart = document.GetSentence(document.GetTokenSentence(node)).FirstToken;
            for (var t = first - 1; t >= sentenceStart; t--)
            {
                if (view.Upos(t) == "PROPN" && view.Head(t) != t + 1)
                {
                    var (f, l) = view.Phrase(t);
                    var country = _options.ResolveActor(view.Text(f, l), document.GetTokenSpan(t).ToString(), asOf)[0];
                    if (country.IsKnown && country.Code.Length == 3)
                    {
                        return [(new ActorMatch(country.Code + sector, country.Code, sector), first, last)];
                    }
                }
            }
        }

        return matches.Select(m => (m, first, last)).ToList();
    }

    private static string? DateOf(ParseView view, Sentence sentence, int anchor, int trigger, string modality)
    {
        var document = view.Document;
        TimeRecord? best = null;
        var bestScore = int.MinValue;
        var sentenceStart = sentence.Start;
        var sentenceEnd = sentence.End;
        foreach (var time in document.Times)
        {
            if (time.Value is null || time.Start < sentenceStart || time.End > sentenceEnd || !char.IsAsciiDigit(time.Value[0]))
            {
                continue;
            }

            // Prefer a time inside the trigger's clause, then the nearest one.
            var token = TokenAt(document, time.Start, sentence);
            var attached = token >= 0 && (view.Dominates(anchor, token) || view.Dominates(trigger, token));
            var distance = Math.Abs(time.Start - document.GetTokenStart(trigger));
            var score = (attached ? 100_000 : 0) - distance;
            if (score > bestScore)
            {
                best = time;
                bestScore = score;
            }
        }

        if (best is not null)
        {
            return best.Value;
        }

        return modality == "asserted" ? document.Info.Published : null;
    }

    /// <summary>Whether the event's date came from a time expression rather than the publication date.</summary>
    private static bool HasExplicitDate(Document document, EventRecord e) =>
        e.Date is not null && document.Times.Any(t => t.Value == e.Date && document.GetTokenSentence(TokenIndexAt(document, t.Start)) == e.Sentence);

    private static int TokenIndexAt(Document document, int offset)
    {
        var starts = document.TokenStarts;
        var i = starts.BinarySearch(offset);
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }

    private static int TokenAt(Document document, int offset, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.GetTokenEnd(t) > offset)
            {
                return t;
            }
        }

        return -1;
    }

    private LocationRecord? PlaceOf(ParseView view, int anchor, int trigger)
    {
        var heads = new List<int> { trigger };
        if (anchor != trigger)
        {
            heads.Add(anchor);
        }

        // The clause's nominal arguments, two levels down: "hold a summit in Pyongyang",
        // "arrested dozens of supporters in Caracas". Embedded clauses are other events.
        for (var level = 0; level < 2; level++)
        {
            foreach (var h in heads.ToArray())
            {
                foreach (var c in view.Children(h))
                {
                    if (c != trigger && !heads.Contains(c) && view.Upos(c) is "NOUN" or "PROPN" or "NUM" &&
                        (view.Is(c, "obj") || view.Is(c, "nmod") || view.Is(c, "nsubj") || view.Is(c, "obl")))
                    {
                        heads.Add(c);
                    }
                }
            }
        }

        foreach (var head in heads)
        {
            foreach (var c in view.Children(head))
            {
                if ((view.Is(c, "obl") || view.Is(c, "nmod")) && view.Case(c) is "in" or "at")
                {
                    var (first, last) = view.Phrase(c);
                    var place = _options.FindPlace(view.Text(first, last)) ?? _options.FindPlace(view.Document.GetTokenSpan(c).ToString());
                    if (place is not null)
                    {
                        return place;
                    }
                }
            }
        }

        return null;
    }

    private static AttributionRecord? AttributionOf(ParseView view, Sentence sentence, int anchor)
    {
        var document = view.Document;
        string? outlet = null;
        foreach (var citation in document.Citations)
        {
            if (citation.Sentences.Contains(sentence.Index))
            {
                outlet = citation.Outlet;
                break;
            }
        }

        string? speaker = null;
        var start = document.GetTokenStart(anchor);
        foreach (var quote in document.Quotes)
        {
            if (quote.Kind is "direct" or "indirect" && quote.Start <= start && start < quote.End && quote.Speaker is not null)
            {
                speaker = quote.Speaker.Text;
                break;
            }
        }

        // "officials said North Korea had fired …": the event in a complement clause belongs to the sayer.
        for (int node = anchor, step = 0; speaker is null && step < 4 && node >= 0; step++)
        {
            var head = view.Head(node);
            if (head < 0)
            {
                break;
            }

            if ((view.Is(node, "ccomp") || view.Is(node, "parataxis")) && ReportingVerbs.Contains(view.Lemmas[head]))
            {
                var subject = view.Child(head, "nsubj");
                if (subject >= 0)
                {
                    var (first, last) = view.Phrase(subject);
                    speaker = view.Text(first, last);
                }

                break;
            }

            node = head;
        }

        return outlet is null && speaker is null ? null : new AttributionRecord { Outlet = outlet, Speaker = speaker };
    }

    /// <summary>Merges repeated mentions of one event: same root, same source and target countries (or codes), compatible dates.</summary>
    private static List<EventRecord> Merge(List<EventRecord> events, List<bool> explicitDates)
    {
        // A date that only repeats the publication date says nothing about which event this is.
        var merged = new List<EventRecord>();
        var explicitMerged = new List<bool>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var index = merged.FindIndex(m => SameEvent(m, e));
            if (index < 0)
            {
                index = merged.FindIndex(m => SameEvent(m with { Date = null }, e with { Date = null }) && !(explicitMerged[merged.IndexOf(m)] && explicitDates[i]));
            }

            if (index < 0)
            {
                merged.Add(e);
                explicitMerged.Add(explicitDates[i]);
                continue;
            }

            var kept = merged[index];
            var date = explicitMerged[index] == explicitDates[i] ? MoreSpecific(kept.Date, e.Date) : explicitMerged[index] ? kept.Date : e.Date;
            explicitMerged[index] |= explicitDates[i];

            var better = e.Code.Length > kept.Code.Length || (Known(e.Source) + Known(e.Target) > Known(kept.Source) + Known(kept.Target));
            var primary = better ? e : kept;
            var other = better ? kept : e;
            merged[index] = primary with
            {
                Date = date,
                Location = primary.Location ?? other.Location,
                Attribution = primary.Attribution ?? other.Attribution,
                Mentions = [.. kept.Mentions, .. e.Mentions],
                Sentence = Math.Min(kept.Sentence, e.Sentence),
            };
        }

        return merged;
    }

    private static int Known(ActorRef? actor) => actor is null || actor.Code == "---" ? 0 : actor.Code.Length;

    private static bool SameEvent(EventRecord a, EventRecord b)
    {
        if (a.Root != b.Root || a.Modality != b.Modality)
        {
            return false;
        }

        if (a.Trigger.Start == b.Trigger.Start)
        {
            return a.Source.Code == b.Source.Code && a.Target?.Code == b.Target?.Code;
        }

        return SameActor(a.Source, b.Source) && SameActor(a.Target, b.Target) && CompatibleDates(a.Date, b.Date) &&
               a.Source.Code != "---" && (a.Target is not null && a.Target.Code != "---");
    }

    private static bool SameActor(ActorRef? a, ActorRef? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        var ca = a.Code.Length >= 3 ? a.Code[..3] : a.Code;
        var cb = b.Code.Length >= 3 ? b.Code[..3] : b.Code;
        return ca == cb;
    }

    private static bool CompatibleDates(string? a, string? b) =>
        a is null || b is null || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal) ||
        InSeason(a, b) || InSeason(b, a);

    /// <summary>Whether date <paramref name="date"/> ("2018-07…") falls in season <paramref name="season"/> ("2018-SU").</summary>
    private static bool InSeason(string season, string date)
    {
        if (season.Length != 7 || date.Length < 7 || season[..5] != date[..5] || !int.TryParse(date.AsSpan(5, 2), out var month))
        {
            return false;
        }

        return season[5..] switch
        {
            "SP" => month is >= 3 and <= 5,
            "SU" => month is >= 6 and <= 8,
            "FA" => month is >= 9 and <= 11,
            "WI" => month is 12 or 1 or 2,
            _ => false,
        };
    }

    private static string? MoreSpecific(string? a, string? b) =>
        a is null ? b : b is null ? a : (b.Length > a.Length && b.StartsWith(a, StringComparison.Ordinal)) || InSeason(a, b) ? b : a;

    private static DateOnly? ParseDate(string? value) =>
        value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static FrozenDictionary<string, EventPattern[]> Group(IEnumerable<EventPattern> patterns) =>
        patterns.GroupBy(p => p.Lemma, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Specificity).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
}
