using System.Collections.Frozen;
using System.Globalization;
using Parley.Core;
using Parley.Core.Records;
using Parley.Events.Actors;

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
public sealed partial class EventCoder : IPipe
{
    private static readonly FrozenSet<string> FutureVerbs = new[]
    {
        "plan", "intend", "expect", "want", "seek", "hope", "aim", "need", "prepare", "propose", "schedule", "agree",
        "promise", "pledge", "vow", "decide", "offer", "wish", "consider", "mean", "set",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that turn an embedded action into a CAMEO "express intent" event (root 03): "agreed to hold a summit" is 036.</summary>
    private static readonly FrozenSet<string> IntentVerbs = new[] { "agree", "promise", "pledge", "vow", "swear", "offer", "commit", "undertake", "volunteer" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FutureNouns = new[] { "plan", "need", "intention", "goal", "bid", "proposal", "offer", "agreement" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CancelVerbs = new[] { "cancel", "scrap", "postpone", "abandon", "scuttle", "shelve", "suspend", "delay", "axe", "drop" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs whose object is an event kept from happening ("to forestall violence", "avert a war"): the noun reports no event.</summary>
    private static readonly FrozenSet<string> PreventVerbs = new[] { "prevent", "avoid", "avert", "forestall", "deter", "preclude", "thwart", "foil" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CancelPhrasal = new[] { "call off", "put off", "pull out", "back out" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> HypotheticalAux = new[] { "could", "might", "may", "would", "should", "can" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ReportingVerbs = new[]
    {
        "say", "tell", "report", "claim", "announce", "note", "acknowledge", "add", "insist", "confirm", "state", "write",
        "allege", "argue", "explain", "assert", "suggest", "reveal", "disclose", "indicate", "show",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words a parser takes for a subject in "Denmark today accepted …".</summary>
    private static readonly FrozenSet<string> TemporalWords = new[]
    {
        "today", "yesterday", "tomorrow", "tonight", "now", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] InflectionSuffixes = ["ied", "ed", "ing", "es", "s"];

    private static readonly FrozenSet<string> RelativePronouns = new[] { "who", "which", "that", "whom" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly EventCoderOptions _options;
    /// <summary>Adjectives that, like the intent verbs, express intent about their infinitive: "is ready to send troops".</summary>
    private static readonly FrozenSet<string> IntentAdjectives = new[] { "ready", "willing", "prepared", "eager", "keen", "determined", "committed" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly PathStep XcompStep = PathStep.Parse("xcomp");

    private static readonly Rule DemandRule = Rule.Compile(new EventPattern { Id = "coder: statement of an obligation", Lemma = "*", Code = "100", TargetPaths = [] });

    private static readonly Rule RefusalRule = Rule.Compile(new EventPattern { Id = "coder: refusal verb", Lemma = "*", Code = "120", TargetPaths = [] });

    private static readonly Rule IntentRule = Rule.Compile(new EventPattern { Id = "coder: intent verb or adjective", Lemma = "*", Code = "030", TargetPaths = [] });

    private readonly FrozenDictionary<string, Rule[]> _verbRules;
    private readonly FrozenDictionary<string, Rule[]> _nounRules;
    private readonly FrozenDictionary<string, Rule[]> _adjectiveRules;

    private EventCoder(EventCoderOptions options)
    {
        _options = options;
        var usable = options.Patterns.Where(p => options.DescribeCode(p.Code) is not null).ToList();
        _verbRules = Group(usable.Where(p => p.Kind == PatternKind.Verb));
        _nounRules = Group(usable.Where(p => p.Kind == PatternKind.Noun));
        _adjectiveRules = Group(usable.Where(p => p.Kind == PatternKind.Adjective));
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

        // "ANKARA — Finance Minister Mehmet Simsek said": a source with a role and no country of its own is of the
        // dateline's country, unless the dateline is a seat of international bodies.
        var datelineCity = document.Info.Dateline?.Split(',')[0].Trim();
        var view = new ParseView(document)
        {
            Home = datelineCity is { Length: > 0 } && !InternationalSeats.Contains(datelineCity) ? _options.FindPlace(datelineCity) : null,
        };
        var asOf = ParseDate(document.Info.Published);
        var found = new List<EventRecord>();
        var consumedNouns = new HashSet<int>();
        var consumedVerbs = new HashSet<int>();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var v = sentence.FirstToken; v < sentence.EndToken; v++)
            {
                if (consumedVerbs.Contains(v))
                {
                    continue;
                }

                var upos = view.Upos(v);
                if (upos is "VERB" or "AUX")
                {
                    var known = TryVerbRules(view, v, out var verbRules);
                    if (known || IntentVerbs.Contains(view.Lemmas[v]) || view.Lemmas[v] is "refuse" or "decline" || _adjectiveRules.ContainsKey(view.Lower(v)))
                    {
                        CodeTrigger(view, sentence, v, verbRules, asOf, found, consumedNouns, consumedVerbs);
                    }
                }
                else if (upos == "ADJ" && (_adjectiveRules.TryGetValue(view.Lemmas[v], out var adjectiveRules) || _adjectiveRules.TryGetValue(view.Lower(v), out adjectiveRules) || IntentAdjectives.Contains(view.Lower(v))))
                {
                    CodeTrigger(view, sentence, v, adjectiveRules, asOf, found, consumedNouns, consumedVerbs);
                }
            }

            for (var n = sentence.FirstToken; n < sentence.EndToken; n++)
            {
                if (!consumedNouns.Contains(n) && view.Upos(n) is "NOUN" or "PROPN" && TryNounRules(view, n, out var nounRules))
                {
                    CodeNoun(view, sentence, n, nounRules, asOf, found, consumedNouns);
                }
            }
        }

        document.Events.AddRange(Merge(found, found.Select(e => HasExplicitDate(document, e)).ToList()));
        document.MarkAssigned(Annotations.Events);
    }

    private bool TryNounRules(ParseView view, int n, out Rule[] rules) =>
        _nounRules.TryGetValue(view.Lemmas[n], out rules!) || _nounRules.TryGetValue(view.Lower(n), out rules!) ||
        (HyphenCompound(view, n) is { } joined && _nounRules.TryGetValue(joined, out rules!)) ||
        (view.Lower(n) is { Length: > 4 } plural && plural[^1] == 's' &&
         (_nounRules.TryGetValue(plural[..^1], out rules!) || (plural.EndsWith("ies", StringComparison.Ordinal) && _nounRules.TryGetValue(plural[..^3] + "y", out rules!))));

    /// <summary>
    /// The hyphenated word a token ends, as the lexicon writes it ("cease-fire", "sit-in"), when the tokenizer
    /// split it as UD does ("cease | - | fire", the first part hanging from the last); else null.
    /// </summary>
    private static string? HyphenCompound(ParseView view, int token)
    {
        if (token < 2 || view.Lower(token - 1) != "-" || view.Head(token - 2) != token ||
            view.Document.GetTokenEnd(token - 2) != view.Document.GetTokenStart(token - 1) ||
            view.Document.GetTokenEnd(token - 1) != view.Document.GetTokenStart(token))
        {
            return null;
        }

        return view.Lower(token - 2) + "-" + view.Lemmas[token];
    }

    /// <summary>
    /// The verb rules for the token's lemma, or, when the lemmatizer missed ("rioted" → "riote"), for the
    /// base form its inflection suggests ("rioted" → "riot", "stopped" → "stop", "carried" → "carry").
    /// </summary>
    private bool TryVerbRules(ParseView view, int v, out Rule[] rules)
    {
        if (_verbRules.TryGetValue(view.Lemmas[v], out rules!))
        {
            return true;
        }

        var form = view.Lower(v);
        foreach (var suffix in InflectionSuffixes)
        {
            if (form.Length > suffix.Length + 2 && form.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = form[..^suffix.Length];
                if (_verbRules.TryGetValue(stem, out rules!) || _verbRules.TryGetValue(stem + "e", out rules!) ||
                    (suffix == "ied" && _verbRules.TryGetValue(stem + "y", out rules!)) ||
                    (stem.Length > 3 && stem[^1] == stem[^2] && _verbRules.TryGetValue(stem[..^1], out rules!)))
                {
                    return true;
                }
            }
        }

        rules = null!;
        return false;
    }

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
        if (next < view.Document.TokenCount && view.Rel(next) == "case" && view.Lemmas[next] is "off" or "out" or "up" or "down" or "back" or "away" or "over")
        {
            var noun = view.Head(next);
            if (noun >= 0 && view.Head(noun) == verb && view.Is(noun, "obl"))
            {
                return next;
            }
        }

        // "handed over 700 kg of medicine": a particle read as an adverb of the object's first word.
        if (next < view.Document.TokenCount && view.Rel(next) == "advmod" && view.Lemmas[next] is "off" or "out" or "over" or "back" or "away" or "up" or "down")
        {
            for (int h = view.Head(next), hops = 0; h >= 0 && hops < 3; h = view.Head(h), hops++)
            {
                if (h == verb)
                {
                    return next;
                }
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

    private void CodeTrigger(ParseView view, Sentence sentence, int v, Rule[]? rules, DateOnly? asOf, List<EventRecord> found, HashSet<int> consumedNouns, HashSet<int> consumedVerbs)
    {
        // "As reported by Reuters, …", "as the ministry said": the source of the sentence, not a statement of its subject.
        if (ReportingVerbs.Contains(view.Lemmas[v]) && view.Is(v, "advcl") && HasMark(view, v, "as"))
        {
            return;
        }

        // "gonna", "going to": the future of another verb, not a movement.
        if (view.Lemmas[v] == "go" && (view.Lower(v) == "gon" || view.Child(v, "xcomp") >= 0))
        {
            return;
        }

        // "what they called a violation", "called the plan a mistake", "called the agreement “a coalition of losers”":
        // naming, not a phone call (041); "officers were called to the scene": sent, not phoned.
        if (view.Lemmas[v] == "call" && ((view.Child(v, "xcomp") is var named and >= 0 && view.Upos(named) is "NOUN" or "ADJ" or "PROPN") ||
            (view.Is(v, "acl:relcl") && view.Lower(view.Head(v)) is "what" or "whatever") ||
            (ObjectOf(view, v) is var called and >= 0 && SecondNominal(view, v, called)) ||
            (IsPassive(view, v) && PrepositionalArgument(view, v, "to") >= 0)))
        {
            // What is named and what it is called ("called the judgment “an attack on the people”") are words, not events.
            if (ObjectOf(view, v) is var namedThing and >= 0)
            {
                consumedNouns.Add(namedThing);
                foreach (var name in view.Children(v))
                {
                    if (name > namedThing && view.Rel(name) is "obj" or "xcomp" or "obl:npmod" or "obl:unmarked" or "dep" && view.Upos(name) is "NOUN" or "PROPN")
                    {
                        ConsumeClause(view, name, consumedNouns, consumedVerbs);
                    }
                }
            }

            return;
        }

        var match = rules is null ? null : Best(view, v, rules);
        if (match is null && view.Upos(v) == "VERB" && _adjectiveRules.TryGetValue(view.Lower(v), out var adjectives))
        {
            match = Best(view, v, adjectives); // "is prepared to", "was committed to": a participle used as an adjective
        }

        // A participle modifying a noun ("a fact sheet released by the White House") is an event only when a line
        // with conditions says so ("the sanctions imposed on Russia").
        if (match is { Rule.Specificity: 0 } && view.Rel(v) == "acl" && view.Document.Xpos?[v] == "VBN")
        {
            match = null;
        }

        var composed = Compose(view, v, match);
        if (match is null && composed is null)
        {
            return;
        }

        var rule = composed?.Governor ?? match!.Value.Rule;
        var reached = match?.Reached ?? [];
        foreach (var node in reached)
        {
            (view.Upos(node) is "VERB" or "AUX" ? consumedVerbs : consumedNouns).Add(node);

            // "designated … under its sanctions program": the noun before the required one is part of this event.
            foreach (var part in view.Children(node))
            {
                if (view.Is(part, "compound") && view.Upos(part) == "NOUN")
                {
                    consumedNouns.Add(part);
                }
            }
        }

        var obj = ObjectOf(view, v);
        if (obj >= 0 && _nounRules.ContainsKey(view.Lemmas[obj]) && match is not null &&
            (HasObjectRequirement(match.Value.Rule) || !match.Value.Rule.Pattern.Code.StartsWith("01", StringComparison.Ordinal)))
        {
            // "held a meeting": the light verb codes the noun; "announced a suspension of flights" only reports it.
            consumedNouns.Add(obj);
        }

        var passive = IsPassive(view, v);
        var source = SourceOf(view, v, rule, passive);

        // "The company's shares hit a record high", "brands hit by a slowdown": markets and weather do not fight.
        if (rule.Pattern.Code.AsSpan(0, 2) is "18" or "19" or "20" && source >= 0 && view.Upos(source) == "NOUN" && NotFighters.Contains(view.Lemmas[source]))
        {
            return;
        }

        // "The bill now goes to the Senate": a visit needs a visitor, not a bill or a case.
        if (rule.Pattern.Code is "042" or "043" && source >= 0 && view.Head(source) == v && view.Upos(source) == "NOUN" && NonAgentNouns.Contains(view.Lemmas[source]))
        {
            return;
        }
        var target = match?.Target ?? -1;

        // "expelled the Ugandan ambassador": a light-verb object that names an actor is the target.
        if (target < 0 && obj >= 0 && rule.Targets.Length == 0 && HasObjectRequirement(rule) &&
            ResolveNode(view, obj, asOf, includeConjuncts: false).Any(r => !IsUnknown(r.Actor.Code)))
        {
            target = obj;
        }

        // "welcomed the sentence", "received a request": a visit needs a visitor; welcoming a decision endorses it (051).
        if (rule.Pattern.Code == "043" && view.Lemmas[v] is "welcome" or "receive" or "greet" && obj >= 0 && view.Upos(obj) == "NOUN" &&
            _options.ResolveActor(view.Document.GetTokenSpan(obj).ToString(), view.Document.GetTokenSpan(obj).ToString(), asOf).All(r => !r.IsKnown && r.Sector is null))
        {
            if (view.Lemmas[v] == "receive" || _options.DescribeCode("051") is null)
            {
                return;
            }

            var possessor = view.Child(obj, "nmod:poss");
            Emit(view, sentence, v, v, rule.Pattern with { Code = "051" }, source, possessor, asOf, found, ModalityOf(view, v));
            return;
        }

        // "staged a nationwide general strike", "called a one-day strike": a labour strike is no military strike.
        if (rule.Pattern.Code.AsSpan(0, 2) is "18" or "19" or "20" && obj >= 0 && view.Lemmas[obj] == "strike" && IsLabourStrike(view, obj))
        {
            return;
        }

        // "seized power in a coup", "seized the initiative": no property is confiscated.
        if (rule.Pattern.Code == "1711" && obj >= 0 && view.Lemmas[obj] is "power" or "control" or "initiative" or "opportunity" or "chance" or "moment" or "momentum" or "lead" or "headline")
        {
            return;
        }

        // "withdrew from the tournament", "pulled out of the race": a retreat leaves ground, not a contest or a deal.
        if (rule.Pattern.Code == "0874" && target >= 0 && view.Upos(target) == "NOUN" && NotGround.Contains(view.Lemmas[target]))
        {
            return;
        }

        // "had gone to the wire", "went to court", "went to the polls": idioms, not visits.
        if (rule.Pattern.Code is "042" && view.Lemmas[v] is "go" or "head" or "come" && target >= 0 && view.Upos(target) == "NOUN" &&
            view.Lemmas[target] is "wire" or "court" or "war" or "poll" or "trial" or "vote" or "press" or "waste" or "extreme" or "bed" or "length" or "work" or "sleep" or "ballot")
        {
            return;
        }

        var modality = ModalityOf(view, v);
        var pattern = rule.Pattern;

        // "Rebels attacked a police station", "troops set fire to the headquarters": armed men do not riot.
        if (pattern.Code.StartsWith("145", StringComparison.Ordinal) && source >= 0 &&
            ResolveNode(view, source, asOf, includeConjuncts: false).Any(r => r.Actor.Sector is { } armed && ArmedSectors.Contains(armed)))
        {
            // Plunder seizes property (171), arson destroys it (1712), the rest is an attack.
            pattern = pattern with
            {
                Code = view.Lower(v) is var form && (form.StartsWith("loot", StringComparison.Ordinal) || form.StartsWith("ransack", StringComparison.Ordinal) ||
                    form.StartsWith("plunder", StringComparison.Ordinal) || form.StartsWith("pillag", StringComparison.Ordinal)) ? "171"
                    : view.Lemmas[v] is "torch" or "burn" or "set" or "vandalize" or "vandalise" ? "1712" : "190",
            };
        }

        // "marched through Lyon to protest the overhaul": the purpose of a protest is what it is about, not a second event.
        if (pattern.Code.StartsWith("14", StringComparison.Ordinal))
        {
            foreach (var aim in view.Children(v))
            {
                if ((view.Is(aim, "advcl") || view.Is(aim, "xcomp")) && HasMark(view, aim, "to") &&
                    view.Lemmas[aim] is "protest" or "denounce" or "condemn" or "oppose" or "decry" or "criticize" or "criticise" or "reject" or "demand")
                {
                    ConsumeClause(view, aim, consumedNouns, consumedVerbs);
                }
            }
        }
        if (composed is null && ProtestAim(view, v, obj, pattern.Code) is { } aimed)
        {
            pattern = pattern with { Code = aimed };
        }
        if (composed is { } c)
        {
            foreach (var embeddedNode in c.Embedded.Reached)
            {
                (view.Upos(embeddedNode) is "VERB" or "AUX" ? consumedVerbs : consumedNouns).Add(embeddedNode);
            }

            // The governor's own target when it has one ("urged Uganda to …", "rejected Iraq's proposal for …"),
            // else the embedded event's ("threatened to impose sanctions on Caracas").
            target = target >= 0 ? target : c.Embedded.Target;
            pattern = pattern with { Code = c.Code, Id = $"{pattern.Id} + {c.Embedded.Rule.Pattern.Id}" };
        }
        else
        {
            // "accused Rwanda of arming the rebels", "blamed Kyiv for shelling the plant": what the accused is said to
            // have done is the accuser's claim, not a reported fact, and its doer is the accused; it is not coded apart.
            if (pattern.Code.StartsWith("11", StringComparison.Ordinal) || AccusationVerbs.Contains(view.Lemmas[v]))
            {
                foreach (var clause in AccusedClauses(view, v))
                {
                    ConsumeClause(view, clause, consumedNouns, consumedVerbs);
                }
            }

            // "expressed irritation that Japan wasn't forthright": the complaint is about the clause's subject.
            if (target < 0 && pattern.Code.Length >= 2 && pattern.Code[..2] is "10" or "11" or "12" or "13")
            {
                target = ComplementSubject(view, v, obj);
            }

            if (!HasComplementRequirement(rule) && IntentGovernor(view, v) is { } intentVerb && IntentCode(pattern.Code) is { } intent)
            {
                pattern = pattern with { Code = intent }; // CAMEO codes "agreed to meet" as an expressed intent, asserted when the agreement is
                modality = ModalityOf(view, intentVerb);
            }
        }

        // A composed event takes its place and date from the clause of the event it is about as well ("agreed to hold a summit in Pyongyang").
        var anchor = composed is { } about ? about.Embedded.Reached[0] : v;
        Emit(view, sentence, v, anchor, pattern, source, target, asOf, found, modality);
    }

    /// <summary>The "of …"/"for …" clauses saying what an accusation's target did ("accused X | of arming", "blamed X | for the attack").</summary>
    private static List<int> AccusedClauses(ParseView view, int verb)
    {
        var clauses = new List<int>();
        foreach (var c in view.Children(verb))
        {
            if ((view.Is(c, "advcl") || view.Is(c, "obl") || view.Is(c, "acl")) && (HasMarker(view, c, "of") || HasMarker(view, c, "for")))
            {
                clauses.Add(c);
            }
        }

        // "accused Rwanda | of arming" with the clause hung on the object.
        var obj = ObjectOf(view, verb);
        if (obj >= 0)
        {
            foreach (var c in view.Children(obj))
            {
                if (c > obj && (view.Is(c, "acl") || view.Is(c, "nmod")) && (HasMarker(view, c, "of") || HasMarker(view, c, "for")))
                {
                    clauses.Add(c);
                }
            }
        }

        return clauses;
    }

    /// <summary>Marks a clause's head and its coordinated heads ("arming and commanding") as not to be coded on their own.</summary>
    private static void ConsumeClause(ParseView view, int head, HashSet<int> consumedNouns, HashSet<int> consumedVerbs)
    {
        (view.Upos(head) is "VERB" or "AUX" ? consumedVerbs : consumedNouns).Add(head);
        foreach (var c in view.Children(head))
        {
            if (view.Is(c, "conj"))
            {
                ConsumeClause(view, c, consumedNouns, consumedVerbs);
            }
        }
    }

    /// <summary>A match of a rule at a trigger: the target it found and the dependents its requirements reached.</summary>
    private readonly record struct Matched(Rule Rule, int Target, int[] Reached);

    /// <summary>An embedded event that an appeal, intent, demand, rejection or threat is about ("urged X to <b>withdraw</b>").</summary>
    private readonly record struct Composed(Rule Governor, Matched Embedded, string Code);

    /// <summary>
    /// The most specific rule whose particle, phrase modifiers, word constraints and requirements hold at
    /// <paramref name="trigger"/>; among equals, the one whose target was found, then the first.
    /// </summary>
    private static Matched? Best(ParseView view, int trigger, Rule[] rules)
    {
        var particleNode = view.Upos(trigger) is "VERB" or "AUX" ? ParticleOf(view, trigger) : -1;
        var particle = particleNode >= 0 ? view.Lemmas[particleNode] : null;
        var passive = IsPassive(view, trigger);
        Matched? best = null;
        var bestScore = int.MinValue;
        Span<int> reached = stackalloc int[8];
        foreach (var rule in rules)
        {
            var score = rule.Specificity * 8;

            if (rule.Pattern.Particle != particle || !ModifiersPresent(view, trigger, rule.Pattern.Modifiers) ||
                !PatternConstraints.Satisfied(view, trigger, rule.Pattern))
            {
                continue;
            }

            var ok = true;
            for (var r = 0; r < rule.Needs.Length && ok; r++)
            {
                var need = rule.Needs[r];
                var node = Reach(view, trigger, need.Path.Steps, 0, need, passive);
                ok = node >= 0;
                if (ok && r < reached.Length)
                {
                    reached[r] = node;
                }

                if (ok)
                {
                    score += 2 * Math.Max(0, need.Words(view, node) - 1); // "war crime" is more specific than "crime"
                }
            }

            if (!ok)
            {
                continue;
            }

            var target = -1;
            foreach (var path in rule.Targets)
            {
                target = Reach(view, trigger, path.Steps, 0, null, passive);
                if (target >= 0 && IsTimeWord(view, target))
                {
                    target = -1; // "staged a strike on Wednesday": a time is no target
                }

                if (target >= 0)
                {
                    break;
                }
            }

            foreach (var path in rule.AttachmentTargets)
            {
                if (target < 0)
                {
                    target = Reach(view, trigger, path.Steps, 0, null, passive);
                    target = target >= 0 && IsTimeWord(view, target) ? -1 : target;
                }
            }

            score += target >= 0 || rule.Targets.Length == 0 ? 4 : 0;
            if (score > bestScore)
            {
                bestScore = score;
                best = new Matched(rule, target, reached[..Math.Min(rule.Needs.Length, reached.Length)].ToArray());
            }
        }

        return best;
    }

    // "the link suspended last year" is passive too: its noun is the object, its "by" phrase the agent.
    private static bool IsPassive(ParseView view, int trigger) =>
        view.Upos(trigger) is "VERB" && !IsAdjectival(view, trigger) &&
        (view.ChildExact(trigger, "nsubj:pass") >= 0 || view.ChildExact(trigger, "aux:pass") >= 0 ||
         (view.Rel(trigger) == "acl" && view.Document.Xpos?[trigger] == "VBN"));

    /// <summary>
    /// A participle used as an adjective of intent ("is prepared to", "is committed to"): its subject acts. Parsers read
    /// "is prepared" as a copula with an adjective or as a passive; with an infinitive after it, both mean intent.
    /// </summary>
    private static bool IsAdjectival(ParseView view, int verb) =>
        IntentAdjectives.Contains(view.Lower(verb)) &&
        ((view.ChildExact(verb, "cop") >= 0 && view.ChildExact(verb, "aux:pass") < 0) ||
         (view.ChildExact(verb, "aux:pass") >= 0 && view.ChildExact(verb, "xcomp") >= 0));

    private static bool ModifiersPresent(ParseView view, int trigger, IReadOnlyList<string> modifiers)
    {
        foreach (var modifier in modifiers)
        {
            var present = false;
            foreach (var c in view.Children(trigger))
            {
                if (view.Lemmas[c] == modifier || view.Lower(c) == modifier)
                {
                    present = true;
                    break;
                }
            }

            if (!present)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first dependent reached from <paramref name="node"/> by <paramref name="steps"/> (from step
    /// <paramref name="i"/>) that <paramref name="need"/> accepts (any when null). In the passive voice a
    /// first step <c>obj</c> reaches the passive subject and <c>nsubj</c> the "by" agent.
    /// </summary>
    private static int Reach(ParseView view, int node, IReadOnlyList<PathStep> steps, int i, Need? need, bool passive)
    {
        var step = steps[i];
        var last = i == steps.Count - 1;
        foreach (var c in view.Children(node))
        {
            if (!StepMatches(view, c, step, i == 0 && passive))
            {
                continue;
            }

            var found = last ? Accepted(view, c, need) : Reach(view, c, steps, i + 1, need, passive: false);
            if (found >= 0)
            {
                return found;
            }
        }

        // The object of a misparsed trigger ("called off | his trip"), of a relative clause ("the talks they
        // held") or of a participle modifying it ("the sanctions imposed on Russia").
        if (i == 0 && step.Relation == "obj" && (!passive || view.Rel(node) == "acl") && view.Upos(node) is "VERB")
        {
            var obj = ObjectOf(view, node);
            if (obj < 0 && view.Is(node, "acl") && (!view.Is(node, "acl:relcl") || !IsRelativeObjectless(view, node)) &&
                (view.Is(node, "acl:relcl") || view.Document.Xpos?[node] == "VBN"))
            {
                obj = view.Head(node);
            }

            if (obj >= 0 && view.Child(node, "obj") < 0)
            {
                return last ? Accepted(view, obj, need) : Reach(view, obj, steps, 1, need, passive: false);
            }
        }

        return -1;
    }

    /// <summary>
    /// <paramref name="node"/> when <paramref name="need"/> accepts it; else, for a quantity or part ("tons of
    /// aid", "part of a military aid program", "two of its nationals"), the "of" noun when accepted; else -1.
    /// </summary>
    private static int Accepted(ParseView view, int node, Need? need)
    {
        if (need is null || need.Accepts(view, node))
        {
            return node;
        }

        if (view.Upos(node) is "NOUN" or "NUM" or "PRON")
        {
            foreach (var c in view.Children(node))
            {
                if (view.Is(c, "nmod") && view.Case(c) == "of" && need.Accepts(view, c))
                {
                    return c;
                }
            }
        }

        return -1;
    }

    private static bool StepMatches(ParseView view, int c, PathStep step, bool passiveFirst)
    {
        var rel = view.Rel(c);
        if (passiveFirst)
        {
            if (step.Relation == "obj")
            {
                return rel == "nsubj:pass";
            }

            if (step.Relation == "nsubj")
            {
                return view.Is(c, "obl") && (rel == "obl:agent" || view.Case(c) == "by");
            }
        }

        if (rel == step.Relation)
        {
            return true;
        }

        if (step.Marker is { } marker)
        {
            // Parsers confuse obl and nmod at the edge of a phrase; the marker decides.
            var baseMatches = view.Is(c, step.Base) || (step.Base is "obl" && view.Is(c, "nmod")) || (step.Base is "nmod" && view.Is(c, "obl"));
            return baseMatches && HasMarker(view, c, marker);
        }

        if (step.Relation == "xcomp")
        {
            // "urged Uganda to extradite", parsed as an adverbial or complement clause with "to".
            return view.Is(c, "xcomp") || ((view.Is(c, "advcl") || view.Is(c, "ccomp")) && view.Upos(c) is "VERB" or "NOUN" && HasMark(view, c, "to"));
        }

        return view.Is(c, step.Relation) && !(step.Relation == "nsubj" && rel == "nsubj:pass");
    }

    /// <summary>Whether the nominal or clause <paramref name="c"/> is introduced by <paramref name="marker"/> (words separated by spaces).</summary>
    private static bool HasMarker(ParseView view, int c, string marker)
    {
        foreach (var k in view.Children(c))
        {
            var rel = view.Rel(k);
            if (!(rel == "case" || rel == "mark") || view.Upos(k) == "PART" && rel == "case")
            {
                continue;
            }

            if (marker.IndexOf(' ', StringComparison.Ordinal) < 0)
            {
                if (view.Lemmas[k] == marker)
                {
                    return true;
                }

                continue;
            }

            // "because of", "in front of": the case word with its fixed continuation.
            var words = view.Lemmas[k];
            foreach (var f in view.Children(k))
            {
                if (view.Rel(f) == "fixed")
                {
                    words += " " + view.Lemmas[f];
                }
            }

            if (words == marker)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMark(ParseView view, int clause, string lemma)
    {
        foreach (var k in view.Children(clause))
        {
            if (view.Rel(k) == "mark" && view.Lemmas[k] == lemma)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The source of a verb or adjective event: the pattern's source paths, where <c>nsubj</c> follows control, coordination and voice.</summary>
    private static int SourceOf(ParseView view, int trigger, Rule rule, bool passive)
    {
        if (rule.Sources is { Length: > 0 } paths)
        {
            foreach (var path in paths)
            {
                var node = path.Steps is [{ Relation: "nsubj" }]
                    ? (passive ? AgentOf(view, trigger) : SubjectOf(view, trigger))
                    : Reach(view, trigger, path.Steps, 0, null, passive);
                if (node >= 0)
                {
                    return node;
                }
            }

            return -1;
        }

        return passive ? AgentOf(view, trigger) : SubjectOf(view, trigger);
    }

    private static bool HasObjectRequirement(Rule rule)
    {
        foreach (var need in rule.Needs)
        {
            if (need.Path.Steps is [{ Relation: "obj" }] && !need.Any)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasComplementRequirement(Rule rule)
    {
        foreach (var need in rule.Needs)
        {
            if (need.Path.Steps[0].Relation == "xcomp")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An appeal, intent, demand, rejection or threat about another event codes as the CAMEO subcategory for
    /// that event: "urged Uganda to extradite" is an appeal for judicial cooperation (0213), "threatened to
    /// impose sanctions" 1312, "refused to release" 1243, "is ready to send troops" 0334. The embedded event is
    /// the governor's infinitive or complement clause, its object, or its "for" argument ("called for the
    /// withdrawal"), or what a plan-like object is for ("rejected a proposal for a ceasefire").
    /// </summary>
    private Composed? Compose(ParseView view, int governor, Matched? match)
    {
        var rule = match?.Rule;
        string? root = null;
        var obligation = -1;
        if (rule is not null && rule.Pattern.Code[..2] is "02" or "03" or "10" or "12" or "13")
        {
            root = rule.Pattern.Code[..2];
        }
        else if (IntentVerbs.Contains(view.Lemmas[governor]) || IntentAdjectives.Contains(view.Lower(governor)))
        {
            root = "03";
            rule ??= IntentRule;
        }
        else if (view.Lemmas[governor] is "refuse" or "decline")
        {
            root = "12"; // "refused to release the prisoners" 1243; "declined to comment" is no event
            rule = RefusalRule;
        }
        else if (rule is not null && rule.Pattern.Code == "112")
        {
            root = "11"; // "accused the rebels of violating the ceasefire": what the accusation is of
        }
        else if (rule is not null && rule.Pattern.Code[..2] is "01" && (obligation = ObligationClause(view, governor)) >= 0)
        {
            root = "10"; // "said that Sudan must return the helicopter": a demand on the clause's subject
            rule = DemandRule;
        }

        if (root is null || rule is null)
        {
            return null;
        }

        var verbal = root;
        Rule governorRule = rule;
        foreach (var c in view.Children(governor))
        {
            if (TryCandidate(c, out var composed))
            {
                return composed;
            }
        }

        // What the parser often hangs on the governor's object instead: "asked the EC | for delivery of aid",
        // "called on the mission | to broker an agreement".
        if (obligation < 0 && view.Upos(governor) is "VERB")
        {
            foreach (var c in view.Children(governor))
            {
                if (!(view.Is(c, "obj") || view.Is(c, "iobj") || view.Is(c, "obl")) || view.Upos(c) is not ("NOUN" or "PROPN"))
                {
                    continue;
                }

                foreach (var k in view.Children(c))
                {
                    if (k > c && ((view.Is(k, "nmod") && view.Case(k) is "for") || (view.Is(k, "acl") && !view.Is(k, "acl:relcl") && HasMark(view, k, "to"))) &&
                        TryCandidate(k, out var composed))
                    {
                        return composed;
                    }
                }
            }
        }

        return null;

        // True when dependent c decides the composition: the composed event, or null when the governor keeps its own code.
        bool TryCandidate(int c, out Composed? composed)
        {
            composed = null;
            var candidate = obligation >= 0
                ? c == obligation
                : StepMatches(view, c, XcompStep, false) || view.Is(c, "ccomp") || (view.Is(c, "acl") && !view.Is(c, "acl:relcl")) ||
                  ((view.Is(c, "advcl") || view.Is(c, "obl")) && (HasMarker(view, c, "of") || (verbal == "11" && HasMarker(view, c, "for")))) ||
                  (view.Upos(c) is "NOUN" && (view.Is(c, "obj") || view.Rel(c) == "nsubj:pass" || ((view.Is(c, "obl") || view.Is(c, "nmod")) && view.Case(c) is "for" or "to")));
            if (!candidate || Embedded(view, c, verbal, depth: 0) is not { } embedded)
            {
                return false;
            }

            // "agreed to impose sanctions" decides the sanctions: the embedded event stands, it is no threat.
            if (verbal == "03" && view.Lemmas[governor] == "agree" && embedded.Code.StartsWith("13", StringComparison.Ordinal))
            {
                return true;
            }

            // Keep a lexicon code that is already as specific ("urge xcomp=cooperate" 021).
            var own = governorRule.Pattern.Code;
            if (own.Length > embedded.Code.Length || (own.Length == embedded.Code.Length && own[^1] != '0' && own[..2] == embedded.Code[..2]))
            {
                return true;
            }

            var inner = embedded.Match;
            if (obligation >= 0 && view.Child(c, "nsubj") is var obliged and >= 0)
            {
                inner = inner with { Target = obliged };
            }

            composed = new Composed(governorRule, inner, embedded.Code);
            return true;
        }
    }

    /// <summary>
    /// A protest's aim as CAMEO codes it: a demonstration, hunger strike, strike, blockade or riot "to demand"
    /// (or "demanding", "calling for") a change of leadership, policy, rights or institutions takes that
    /// demand's subcategory (1041 → 1411, 1042 → 1412, …); null when the protest states no such aim.
    /// </summary>
    private string? ProtestAim(ParseView view, int trigger, int obj, string code)
    {
        if (code is not ("141" or "142" or "143" or "144" or "145"))
        {
            return null;
        }

        var holders = new List<int> { trigger };
        foreach (var c in view.Children(trigger))
        {
            if (c == obj || (view.Is(c, "obl") && view.Upos(c) is "NOUN" or "PROPN"))
            {
                holders.Add(c); // "demonstrated in the city | calling for independence", the clause hung on the place
            }
        }

        foreach (var holder in holders)
        {
            foreach (var c in view.Children(holder))
            {
                var clause = view.Is(c, "advcl") || view.Is(c, "xcomp") || view.Is(c, "acl") || view.Is(c, "ccomp");
                if (!clause || view.Upos(c) is not ("VERB" or "NOUN") || !TryVerbRules(view, c, out var rules))
                {
                    continue;
                }

                // Political reform in general (104) is a change of policy for a protest (1412).
                if (Best(view, c, rules) is { } demand && demand.Rule.Pattern.Code is { } d && d.StartsWith("104", StringComparison.Ordinal) &&
                    (d.Length == 4 ? d[3..] : "2") is var aim && _options.DescribeCode(code + aim) is not null)
                {
                    return code + aim;
                }
            }
        }

        return null;
    }

    /// <summary>A complement clause of <paramref name="verb"/> that states an obligation ("that X must / should / has to …"), or -1.</summary>
    private static int ObligationClause(ParseView view, int verb)
    {
        foreach (var c in view.Children(verb))
        {
            if (!view.Is(c, "ccomp") || view.Child(c, "nsubj") < 0)
            {
                continue;
            }

            foreach (var a in view.Children(c))
            {
                if (view.Is(a, "aux") && view.Lower(a) is "must" or "should")
                {
                    return c;
                }
            }
        }

        return -1;
    }

    /// <summary>The first event at or below <paramref name="node"/> that composes with <paramref name="root"/>, with the composed code.</summary>
    private (Matched Match, string Code)? Embedded(ParseView view, int node, string root, int depth)
    {
        Matched? found = null;
        // A verb the tagger read as a noun heads a clause all the same: "to | broker" with a "to", "that Hamas | renounce" with a subject.
        var clauseNoun = view.Upos(node) is "NOUN" && (HasMark(view, node, "to") || (view.Is(node, "ccomp") && view.Child(node, "nsubj") >= 0));
        if ((view.Upos(node) is "VERB" || clauseNoun) && TryVerbRules(view, node, out var verbs))
        {
            found = Best(view, node, verbs);
        }
        else if (view.Upos(node) is "NOUN" && TryNounRules(view, node, out var nouns))
        {
            found = Best(view, node, nouns);
        }

        if (found is { } f && ComposeCode(root, f.Rule.Pattern.Code) is { } code)
        {
            return (f with { Reached = [node, .. f.Reached] }, code); // the event, then what its pattern consumed ("hold | talks")
        }

        if (depth < 2)
        {
            // "a proposal for a ceasefire", "the plan to withdraw", "the release of prisoners"; "refused to begin to …".
            var noun = view.Upos(node) is "NOUN";
            foreach (var c in view.Children(node))
            {
                if ((noun && ((view.Is(c, "nmod") && view.Case(c) is "for" or "of" or "on") || (view.Is(c, "acl") && !view.Is(c, "acl:relcl")))) || StepMatches(view, c, XcompStep, false))
                {
                    if (Embedded(view, c, root, depth + 1) is { } inner)
                    {
                        return inner;
                    }
                }
            }
        }

        return null;
    }

    private string? ComposeCode(string root, string e) => CameoComposition.Compose(root, e, _options.DescribeCode);

    /// <summary>A pattern ready for matching: the shorthands of <see cref="EventPattern"/> expanded into requirements and paths.</summary>
    private sealed record Rule(EventPattern Pattern, Need[] Needs, PatternPath[]? Sources, PatternPath[] Targets, int Specificity)
    {
        /// <summary>
        /// Where else a verb's prepositional target may hang: "fired rockets at Israel" is often parsed with
        /// "at Israel" on the object. Tried only when no target path found anything.
        /// </summary>
        public PatternPath[] AttachmentTargets { get; } = Pattern.Kind == PatternKind.Verb
            ? [.. Targets.Where(t => t.Steps is [{ Base: "obl", Marker: not null }]).Select(t => PatternPath.Parse("obj>nmod:" + t.Steps[0].Relation[4..]))]
            : [];

        public static Rule Compile(EventPattern p)
        {
            var needs = p.Requirements.Select(r => new Need(r.Path, r.Lemmas)).ToList();
            if (p.Object is not null)
            {
                needs.Add(new Need(PatternPath.Parse("obj"), [p.Object]));
            }

            if (p.Complement is not null)
            {
                needs.Add(new Need(PatternPath.Parse("xcomp"), [p.Complement]));
            }

            // A target preposition says where the target is, not when the pattern applies: it does not make a rule more specific.
            var specificity = p.Specificity - (p.TargetPreposition is null ? 0 : 2);
            return new Rule(p, [.. needs], p.SourcePaths?.ToArray(), p.TargetPaths?.ToArray() ?? LegacyTargets(p), specificity);
        }

        // Target paths of a pattern written with TargetPreposition / TargetInComplement.
        private static PatternPath[] LegacyTargets(EventPattern p)
        {
            var preposition = p.TargetPreposition?.Replace(' ', '_');
            if (p.Kind != PatternKind.Verb)
            {
                return preposition is null ? [] : [PatternPath.Parse("nmod:" + preposition)];
            }

            if (p.TargetInComplement)
            {
                return preposition is null
                    ? [PatternPath.Parse("xcomp>obj")]
                    : [PatternPath.Parse("xcomp>obl:" + preposition), PatternPath.Parse("xcomp>obj>nmod:" + preposition)];
            }

            if (preposition is not null)
            {
                return p.Object is null && p.Complement is null
                    ? [PatternPath.Parse("obl:" + preposition)]
                    : [PatternPath.Parse("obl:" + preposition), PatternPath.Parse("obj>nmod:" + preposition)];
            }

            return p.Object is null ? [PatternPath.Parse("obj")] : [];
        }
    }

    /// <summary>A compiled requirement: a path and the lemmas (or <c>_</c>-joined phrases) it accepts.</summary>
    private sealed class Need
    {
        private readonly FrozenSet<string> _words;
        private readonly (string Head, string[] Modifiers)[] _phrases;

        public Need(PatternPath path, IReadOnlyList<string> lemmas)
        {
            Path = path;
            Any = lemmas.Count == 0;
            _words = lemmas.Where(l => !l.Contains('_', StringComparison.Ordinal)).ToFrozenSet(StringComparer.Ordinal);
            _phrases = lemmas.Where(l => l.Contains('_', StringComparison.Ordinal)).Select(l => l.Split('_')).Select(w => (w[^1], w[..^1])).ToArray();
        }

        public PatternPath Path { get; }

        public bool Any { get; }

        // "called Macron | on Tuesday": a time is no argument, even where any word would do.
        public bool Accepts(ParseView view, int token) => Any ? !IsTimeWord(view, token) : Words(view, token) > 0;

        /// <summary>How many words of an accepted lemma or phrase the dependent matches ("war crime" 2, "crime" 1), 0 when none.</summary>
        public int Words(ParseView view, int token)
        {
            if (Any)
            {
                return 0;
            }

            var best = 0;
            var lemma = view.Lemmas[token];
            var lower = view.Lower(token);
            foreach (var (head, modifiers) in _phrases)
            {
                if (modifiers.Length + 1 > best && (head == lemma || head == lower) && ModifiersPresent(view, token, modifiers))
                {
                    best = modifiers.Length + 1;
                }
            }

            return best > 0 ? best : SingleWord(view, token) ? 1 : 0;
        }

        private bool SingleWord(ParseView view, int token)
        {
            var lemma = view.Lemmas[token];
            if (_words.Contains(lemma))
            {
                return true;
            }

            var lower = view.Lower(token);
            if (lower != lemma && _words.Contains(lower))
            {
                return true;
            }

            if (HyphenCompound(view, token) is { } joined && _words.Contains(joined))
            {
                return true; // "cease | - | fire" for "cease-fire"
            }

            // A plural the lemmatizer missed ("embargoes" → "embargoe").
            if (lower.Length > 3 && lower[^1] == 's' &&
                (_words.Contains(lower[..^1]) || (lower.EndsWith("es", StringComparison.Ordinal) && _words.Contains(lower[..^2]))))
            {
                return true;
            }

            return false;
        }
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

    private void CodeNoun(ParseView view, Sentence sentence, int n, Rule[] rules, DateOnly? asOf, List<EventRecord> found, HashSet<int> consumed)
    {
        var governor = view.Head(n);
        if (governor >= 0 && PreventVerbs.Contains(view.Lemmas[governor]) && IsObjectOf(view, n, governor))
        {
            return;
        }

        // "will hear the government's appeal against the ruling", "filed an appeal": a court appeal asks nobody for anything.
        if (view.Lemmas[n] == "appeal" && (PrepositionalArgument(view, n, "against") >= 0 ||
            (governor >= 0 && IsObjectOf(view, n, governor) && CourtAppealVerbs.Contains(view.Lemmas[governor]))))
        {
            return;
        }

        int source = -1, target = -1;

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

        if (Best(view, n, rules) is not { } match)
        {
            return;
        }

        var best = match.Rule.Pattern;
        if (ProtestAim(view, n, -1, best.Code) is { } aimed)
        {
            best = best with { Code = aimed };
        }
        var nounTarget = match.Target;
        if (Compose(view, n, match) is { } composed)
        {
            // "an appeal to Belgium to extradite …", "a proposal for a ceasefire".
            best = best with { Code = composed.Code, Id = $"{best.Id} + {composed.Embedded.Rule.Pattern.Id}" };
            consumed.UnionWith(composed.Embedded.Reached);
            if (nounTarget < 0)
            {
                nounTarget = composed.Embedded.Target;
            }
        }

        if (nounTarget < 0 && governor >= 0 && !view.Is(n, "obl"))
        {
            // "held talks on Monday with Japan": the noun's "with" argument attached to its verb.
            foreach (var path in match.Rule.Targets)
            {
                if (nounTarget < 0 && path.Steps is [{ Marker: { } marker }])
                {
                    nounTarget = PrepositionalArgument(view, governor, marker);
                }
            }
        }

        if (target < 0)
        {
            target = nounTarget;
        }

        // "began talks with China", "carried out attacks": the doer of a support verb does the noun's event; the
        // subject of any other verb does not ("the treaty covers attacks", "officials fear new strikes").
        if (source < 0 && governor >= 0 && (IsObjectOf(view, n, governor) || view.Is(n, "nsubj:pass")) && SupportVerbs.Contains(view.Lemmas[governor]))
        {
            source = IsObjectOf(view, n, governor) ? SubjectOf(view, governor) : AgentOf(view, governor);
        }

        if (source < 0 && governor >= 0 && view.Is(governor, "acl:relcl") && view.Is(n, "obj") && SupportVerbs.Contains(view.Lemmas[governor]))
        {
            source = SubjectOf(view, governor); // "the talks they held"; not "a researcher who studies security assistance"
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
    /// <summary>
    /// A reporting verb attached as a conjunct without a conjunction of its own, after a comma and words that would be
    /// its own subject ("…, officials said").
    /// </summary>
    private static bool IsTrailingReport(ParseView view, int verb)
    {
        if (!ReportingVerbs.Contains(view.Lemmas[verb]) || view.Child(verb, "cc") >= 0)
        {
            return false;
        }

        // Words of its own would-be subject between the comma and the verb ("officials in both capitals"); "arrived in
        // Tokyo, said …" shares its subject.
        var nominal = false;
        for (var t = verb - 1; t > view.Head(verb); t--)
        {
            if (view.Upos(t) == "PUNCT")
            {
                return nominal && view.Lower(t) == ",";
            }

            if (view.Upos(t) is "VERB" or "AUX" or "CCONJ")
            {
                return false;
            }

            nominal |= view.Upos(t) is "NOUN" or "PROPN" or "PRON";
        }

        return false;
    }

    private static int SubjectOf(ParseView view, int verb)
    {
        var v = verb;
        var raised = false;
        var activeConjunct = false;
        for (var step = 0; step < 5 && v >= 0; step++)
        {
            // With several subjects (a parse error) the one nearest the verb is usually the name. Reached from
            // an infinitive, a passive or adjectival predicate's subject is the doer too: "it is prepared to
            // impose martial law", "the minister is expected to visit".
            var subject = -1;
            foreach (var c in view.Children(v))
            {
                if ((view.Rel(c) is "nsubj" or "nsubj:outer" || (raised || activeConjunct || IsAdjectival(view, v)) && view.Rel(c) == "nsubj:pass") && (subject < 0 || c < v) &&
                    !TemporalWords.Contains(view.Lemmas[c]) && !IsScore(view, c))
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

                raised = true;
                v = head;
            }
            else if (view.Is(v, "conj") && IsTrailingReport(view, v))
            {
                // "… will resume talks, officials in both capitals said": a reporting clause after a comma, misread as a
                // second conjunct; the reported clause's subject is not the one speaking.
                return -1;
            }
            else if (view.Is(v, "advcl") && (HasMarker(view, v, "of") || HasMarker(view, v, "for")) && ObjectOf(view, head) is var controller and >= 0 &&
                     controller != v && view.Upos(controller) is "PROPN" or "PRON" or "NOUN")
            {
                return controller; // "thanked Japan for helping", "accused Rwanda of arming": the object does it
            }
            else if (view.Is(v, "conj") || view.Is(v, "advcl"))
            {
                // "he was not convinced and spoke with Maduro": an active conjunct's doer is the passive one's subject.
                activeConjunct = view.Is(v, "conj") && view.ChildExact(v, "aux:pass") < 0 && view.Upos(v) == "VERB" && view.Document.Xpos?[v] is "VBD" or "VBZ" or "VBP";
                v = head;
            }
            else if (view.Is(v, "acl:relcl"))
            {
                return head;
            }
            else if (view.Is(v, "acl") && view.Document.Xpos?[v] is "VBD" or "VBZ" or "VBP" && head < v && view.Upos(head) is "PROPN" or "NOUN")
            {
                return head; // "Albania on Friday denounced …" misparsed as a clause modifying "Albania": a finite verb has its own subject
            }
            else if (view.Is(v, "acl") && head < v && view.Upos(head) is "PROPN" or "NOUN" && view.Head(head) < 0 &&
                     (view.Child(v, "obj") >= 0 || ParticleOf(view, v) is var particle && particle >= 0 && view.Rel(particle) == "case"))
            {
                // "The minister called off his trip" parsed with the noun as the root: the verb with an object is the
                // clause — also when the parser took the particle for the preposition of the object ("off his trip").
                return head;
            }
            else if (view.Is(v, "acl") && view.Child(head, "nsubj") >= 0)
            {
                // "The president plans to visit" with "plans" misread as a noun that has a subject: the noun
                // stands for the verb, and its subject is the traveller.
                v = head;
            }
            else if (view.Is(v, "acl") && view.Document.Xpos?[v] == "VBG" && (view.Upos(head) == "PROPN" || (view.Upos(head) == "NOUN" && AgentNouns.Contains(view.Lemmas[head]))))
            {
                return head; // "companies trading with Israel", "protesters demanding …": the noun does it ("a declaration demanding …" does not)
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

    // "voted 13-0 to extend …" with "13" read as the subject of "extend": a score or tally is no actor.
    private static bool IsScore(ParseView view, int token) =>
        view.Upos(token) == "NUM" && view.Child(token, "nmod") is var other and >= 0 && view.Upos(other) == "NUM";

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
            else if (view.Rel(c) is "nsubj" or "nsubj:pass" or "obj" && (view.Lower(c) is "nobody" or "none" || view.Child(c, "det") is var d && d >= 0 && view.Lower(d) == "no"))
            {
                negated = true; // "No country has recognised …", "Nobody attacked …", "summoned no diplomats"
            }
            else if (view.Is(c, "aux"))
            {
                var form = view.Lower(c);
                if (form is "will" or "shall" or "'ll" or "’ll" or "wo")
                {
                    future = true;
                }
                else if (form == "would" && InReportedSpeech(view, trigger))
                {
                    future = true; // "said they would blockade Paris": the future seen from the past, not a condition
                }
                else if (HypotheticalAux.Contains(form))
                {
                    hypothetical = true;
                }
            }
        }

        if (negated || IsDenied(view, trigger))
        {
            return "negated";
        }

        // "are considering a resolution censuring Iran": a text still being weighed has done nothing yet.
        if (view.Is(trigger, "acl") && view.Head(trigger) is var text and >= 0 && view.Is(text, "obj") &&
            view.Head(text) is var weighing and >= 0 && view.Lemmas[weighing] is "consider" or "draft" or "propose" or "debate" or "weigh" or "circulate" or "table")
        {
            hypothetical = true;
        }

        // "If Russia attacked Poland, NATO would respond": the condition is not a deed either.
        if (view.Is(trigger, "advcl") && (HasMark(view, trigger, "if") || HasMark(view, trigger, "unless")))
        {
            hypothetical = true;
        }

        // A purpose clause is an aim, not a deed: "flew to Hanoi to meet Kim", "pushing ahead with his goal to end a war".
        if (view.Is(trigger, "advcl") && HasMark(view, trigger, "to") && view.Document.Xpos?[trigger] is null or "VB")
        {
            future = true;
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
            else if (view.Is(node, "xcomp") && lemma is "fail" or "refuse" or "decline")
            {
                return "negated"; // "failed to reach an agreement", "refused to withdraw"
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

    /// <summary>
    /// Whether <paramref name="trigger"/> heads what a denial denies: "denied that Kyiv had discussed the plan",
    /// "dismissed reports that troops had shelled the village".
    /// </summary>
    private static bool IsDenied(ParseView view, int trigger)
    {
        var head = view.Head(trigger);
        if (head < 0)
        {
            return false;
        }

        if (view.Is(trigger, "ccomp") && DenialVerbs.Contains(view.Lemmas[head]))
        {
            return true;
        }

        // The claim noun carries the clause ("reports that …") and is the object of the denial.
        return (view.Is(trigger, "acl") || view.Is(trigger, "ccomp")) && ClaimNouns.Contains(view.Lemmas[head]) &&
            view.Head(head) is var denial and >= 0 && view.Is(head, "obj") && DenialVerbs.Contains(view.Lemmas[denial]);
    }

    /// <summary>Whether <paramref name="trigger"/> heads a clause reported by a reporting verb ("officials said [it would …]").</summary>
    private static bool InReportedSpeech(ParseView view, int trigger)
    {
        var head = view.Head(trigger);
        return head >= 0 && view.Is(trigger, "ccomp") && (ReportingVerbs.Contains(view.Lemmas[head]) || view.Lemmas[head] is "confirm" or "announce" or "warn" or "declare");
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

        // "Russian forces shelled Kharkiv": the place attacked is where the attack happened, and its country was attacked.
        // A visit happens where the visitor goes ("In New Zealand, Peters visited Beijing" is in Beijing).
        var placeTarget = false;
        if ((location is null && info.Root is "18" or "19" or "20" || info.Code == "042") && target >= 0 && view.Upos(target) == "PROPN")
        {
            var (placeFirst, placeLast) = view.Phrase(target);
            if (_options.FindPlace(view.Text(placeFirst, placeLast)) is { } targetPlace)
            {
                location = targetPlace;
                placeTarget = info.Root is "18" or "19" or "20";
            }
        }

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
            var s = Localise(Localise(rawSource, location), view.Home);
            var t = rawTarget is null ? null : Localise(rawTarget, location); // a target may well be abroad ("civilians were wounded near Amadiya")
            if (placeTarget && t is { Code: "---" } && location?.Country is { Length: 3 } attacked)
            {
                t = t with { Code = attacked };
            }
            if (t is not null && s.Code == t.Code && s.Code != "---")
            {
                continue; // an actor acting on itself is a parse error more often than news
            }

            if (IsUnknown(s.Code) && (t is null || IsUnknown(t.Code)) &&
                (info.Root == "01" || !(HasRole(view, s, source) || (t is not null && HasRole(view, t, target)))))
            {
                // An event with no known actor tells an analyst nothing; one whose actors have a role but no
                // country ("prisoners rioted", "rebels attacked police") still does, unless it is only a
                // statement ("officials said"), which is the frame of the event it reports.
                continue;
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

    /// <summary>An actor with a role but no country named by a noun phrase ("prisoners", "rebel leaders"), not a pronoun.</summary>
    private static bool HasRole(ParseView view, ActorRef actor, int node) => actor.Code != ActorCode.Unknown && node >= 0 && view.Upos(node) != "PRON";

    private static ActorRef Localise(ActorRef actor, LocationRecord? location) =>
        location?.Country is { Length: 3 } country && actor.Code.Length > 3 && actor.Code.StartsWith("---", StringComparison.Ordinal)
            ? actor with { Code = country + actor.Code[3..] }
            : actor;

    private static bool IsUnknown(string code) => code.StartsWith("---", StringComparison.Ordinal);

    private static string Describe(EventPattern p)
    {
        var kind = p.Kind switch { PatternKind.Noun => "noun", PatternKind.Adjective => "adj", _ => "verb" };
        var words = string.Join(' ', [.. p.Modifiers, p.Lemma]) + (p.Particle is null ? string.Empty : " " + p.Particle);
        var conditions = string.Concat(p.Requirements.Select(r => " " + r));
        var legacy = (p.Object is null ? string.Empty : " + '" + p.Object + "'") + (p.Complement is null ? string.Empty : " to " + p.Complement) +
                     (p.TargetPreposition is null ? string.Empty : " " + p.TargetPreposition + " TARGET");
        return $"{kind} '{words}'{conditions}{legacy} → {p.Code}";
    }

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
            // "We're planning to drive up from Petra": the writer or speaker ("I", "we", "you") is nobody in the text before;
            // inside a quotation "I" and "we" are its speaker ("“We have agreed …,” Park said").
            if (resolved.All(r => r.Actor.Code == "---") && view.Upos(node) == "PRON")
            {
                if (view.Lower(node) is "i" or "me" or "we" or "us" or "my" or "our")
                {
                    resolved = QuotedSpeaker(view, node) ?? resolved;
                }
                else if (view.Lower(node) is not ("you" or "your"))
                {
                    resolved = ResolvePronoun(view, node, asOf) ?? resolved;
                }
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

    /// <summary>The coded speaker of the quotation <paramref name="pronoun"/> stands in, or null.</summary>
    private static List<(ActorMatch Actor, int First, int Last)>? QuotedSpeaker(ParseView view, int pronoun)
    {
        var offset = view.Document.GetTokenStart(pronoun);
        foreach (var quote in view.Document.Quotes)
        {
            if (quote.Start <= offset && offset < quote.End && quote.Speaker?.Code is { Length: >= 3 } code && !code.StartsWith("---", StringComparison.Ordinal))
            {
                return [(new ActorMatch(code, code[..3], code.Length > 3 ? code[3..] : null), pronoun, pronoun)];
            }
        }

        return null;
    }

    /// <summary>
    /// A pronoun that coreference left unresolved takes the nearest earlier subject in its own sentence that resolves
    /// to a known actor ("the Japanese concealed a meeting they held") or, unknown, is a common noun; failing that, the previous sentence's
    /// main-clause subject, then any other subject of it, nearest first. "Venezuela's ministry denied the accusation
    /// and said Argentina was inventing incidents. It said …": "It" is the ministry, not Argentina inside the report.
    /// </summary>
    private List<(ActorMatch Actor, int First, int Last)>? ResolvePronoun(ParseView view, int pronoun, DateOnly? asOf)
    {
        var document = view.Document;
        var sentence = document.GetTokenSentence(pronoun);
        var own = document.GetSentence(sentence).FirstToken;
        var from = sentence > 0 ? document.GetSentence(sentence - 1).FirstToken : own;
        return Nearest(pronoun - 1, own, mainClauseOnly: false, sameSentence: true) ?? Nearest(own - 1, from, mainClauseOnly: true, sameSentence: false) ??
            Nearest(own - 1, from, mainClauseOnly: false, sameSentence: false);

        List<(ActorMatch Actor, int First, int Last)>? Nearest(int start, int stop, bool mainClauseOnly, bool sameSentence)
        {
            for (var t = start; t >= stop; t--)
            {
                if (!view.Is(t, "nsubj") || view.Upos(t) == "PRON" || (mainClauseOnly && !InMainClause(view, view.Head(t))))
                {
                    continue;
                }

                // "Police dispersed them": a non-reflexive object pronoun is never the subject of its own verb.
                if (view.Head(t) == view.Head(pronoun) && view.Rel(pronoun) is "obj" or "iobj" or "obl" && !view.Lower(pronoun).EndsWith("self", StringComparison.Ordinal) &&
                    !view.Lower(pronoun).EndsWith("selves", StringComparison.Ordinal))
                {
                    continue;
                }

                var candidate = ResolveNode(view, t, asOf, includeConjuncts: false);
                if (candidate.Any(c => c.Actor.Code != "---"))
                {
                    return candidate.Select(c => (c.Actor, pronoun, pronoun)).ToList();
                }

                // "A small group broke away before officers dispersed them": an unknown subject earlier in the same
                // sentence is still the antecedent; looking further back would pick someone else.
                if (sameSentence && view.Upos(t) == "NOUN")
                {
                    return [(ActorMatch.Unknown, pronoun, pronoun)];
                }
            }

            return null;
        }
    }

    /// <summary>Whether <paramref name="verb"/> is the sentence's root or a conjunct of it.</summary>
    private static bool InMainClause(ParseView view, int verb)
    {
        for (var steps = 0; verb >= 0 && steps < 50; steps++)
        {
            if (view.Head(verb) < 0)
            {
                return true;
            }

            if (!view.Is(verb, "conj"))
            {
                return false;
            }

            verb = view.Head(verb);
        }

        return false;
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

        // "Dipuo Peters … Peters denied": the surname is that person, not a namesake the knowledge base knows.
        if (first == last && SurnameOfUnknownPerson(document, start, end))
        {
            return [(new ActorMatch("---", null, null), first, last)];
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

    /// <summary>Whether the one-word person name at <paramref name="start"/> ends a longer person name of its coreference cluster.</summary>
    private static bool SurnameOfUnknownPerson(Document document, int start, int end)
    {
        foreach (var entity in document.Entities)
        {
            if (entity.Start != start || entity.End != end || entity.Type != "PER" || entity.Cluster is not { } cluster)
            {
                continue;
            }

            if (ActorLinker.IsSurnameOfLongerName(entity.Text, document.Entities.Where(e => e.Cluster == cluster)))
            {
                return true;
            }
        }

        return false;
    }

    private string? DateOf(ParseView view, Sentence sentence, int anchor, int trigger, string modality)
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

            // Prefer a time inside the trigger's clause, then the nearest one; a time inside a clause below the
            // trigger dates that clause's event ("said … a system set up last year", "announced that talks begin next week").
            var token = SpanHead(view, TokenAt(document, time.Start, sentence), time.End);
            var inAnchor = token >= 0 && view.Dominates(anchor, token) && !view.DominatesThroughClause(anchor, token);
            var inTrigger = token >= 0 && view.Dominates(trigger, token) && !view.DominatesThroughClause(trigger, token);
            if (token >= 0 && !inAnchor && !inTrigger && (view.DominatesThroughClause(anchor, token) || view.DominatesThroughClause(trigger, token)))
            {
                continue;
            }

            // "Egypt deported 800 refugees in August, Amnesty said": a report is dated only by its own words.
            if (token >= 0 && ReportingVerbs.Contains(view.Lemmas[trigger]) && !view.Dominates(trigger, token))
            {
                continue;
            }

            // "the 1960 treaty": a time that modifies another noun dates that thing, not this event; so does one that
            // places an event this one is measured from ("for the first time since a clash in June"), unlike the
            // setting of this one ("discuss the matter at a meeting next week").
            if (token >= 0 && view.Head(token) is var modified and >= 0 && modified != trigger && modified != anchor &&
                view.Upos(modified) is "NOUN" or "PROPN" &&
                (view.Rel(token) is "nummod" or "compound" or "amod" || (view.Is(token, "nmod") && _nounRules.ContainsKey(view.Lemmas[modified]) && view.Case(modified) is "since" or "after" or "before" or "until" or "following")))
            {
                continue;
            }

            // "met on Tuesday … and agreed to keep talking": a coordinated verb shares the first verb's time.
            var shared = token >= 0 && !inAnchor && !inTrigger && view.Is(trigger, "conj") && view.Head(trigger) is var first and >= 0 &&
                view.Upos(first) is "VERB" && view.Dominates(first, token) && !view.DominatesThroughClause(first, token) && !view.Dominates(trigger, token);
            var attached = inAnchor || inTrigger;
            var distance = Math.Abs(time.Start - document.GetTokenStart(trigger));
            var score = (attached ? 100_000 : shared ? 50_000 : 0) - distance;
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
        e.Date is not null && document.Times.Any(t => t.Value == e.Date && document.GetTokenSentence(document.TokenAt(t.Start)) == e.Sentence);

    /// <summary>The token of the span starting at <paramref name="first"/> and ending at offset <paramref name="end"/> whose head lies outside it ("next | month" → "month").</summary>
    private static int SpanHead(ParseView view, int first, int end)
    {
        if (first < 0)
        {
            return first;
        }

        var token = first;
        for (var guard = 0; guard < 8; guard++)
        {
            var head = view.Head(token);
            if (head < first || head < 0 || view.Document.GetTokenStart(head) >= end)
            {
                return token;
            }

            token = head;
        }

        return token;
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

    // Most specific first; among equals, in the order given (file order for the lexicon).
    private static FrozenDictionary<string, Rule[]> Group(IEnumerable<EventPattern> patterns) =>
        patterns.GroupBy(p => p.Lemma, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(Rule.Compile).OrderByDescending(r => r.Specificity).ToArray(), StringComparer.Ordinal);
}
