using System.Globalization;
using System.Text;
using Parley.Events.Coding;
using Parley.Events.Lexicon;
using Parley.Events.Ontology;

namespace Parley.Events.Tests.Lexicon;

public sealed class EventLexiconTests
{
    private static readonly CameoOntology Ontology = CameoOntology.LoadBuiltIn();
    private static readonly EventLexicon Lexicon = EventLexicon.LoadBuiltIn(Ontology);

    private static EventLexicon FromText(string text, CameoOntology? ontology = null) =>
        EventLexicon.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.lex", ontology);

    public static TheoryData<string> Roots()
    {
        var data = new TheoryData<string>();
        for (var i = 1; i <= 20; i++)
        {
            data.Add(i.ToString("00", CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Fact]
    public void Built_in_lexicon_has_at_least_1500_patterns_all_in_the_ontology()
    {
        Assert.True(Lexicon.Patterns.Count >= 1500, $"{Lexicon.Patterns.Count} patterns");
        Assert.All(Lexicon.Patterns, p => Assert.True(Ontology.Contains(p.Code), $"{p.Evidence}: {p.Code}"));
    }

    [Theory]
    [MemberData(nameof(Roots))]
    public void Every_root_has_verb_and_noun_patterns(string root)
    {
        var inRoot = Lexicon.Patterns.Where(p => p.Root == root).ToList();
        Assert.True(inRoot.Count >= 20, $"root {root} has {inRoot.Count} patterns");
        Assert.Contains(inRoot, p => p.Kind == TriggerKind.Verb);
        Assert.Contains(inRoot, p => p.Kind == TriggerKind.Noun);
        Assert.Equal(inRoot.Count, Lexicon.CountByRoot()[root]);
    }

    [Theory]
    [InlineData("meeting", "040")]
    [InlineData("talk", "040")]
    [InlineData("summit", "040")]
    [InlineData("sanction", "163")]
    [InlineData("visit", "042")]
    [InlineData("trip", "042")]
    [InlineData("strike", "143")]
    [InlineData("protest", "141")]
    [InlineData("buildup", "154")]
    [InlineData("deployment", "154")]
    [InlineData("ceasefire", "0871")]
    [InlineData("airstrike", "195")]
    public void Noun_triggers_are_indexed(string lemma, string code) =>
        Assert.Contains(Lexicon.NounCandidates(lemma), p => p.Code == code && p.Requirements.Count == 0);

    [Theory]
    [InlineData("hold", null, "obj", "talk", "040")]
    [InlineData("impose", null, "obj", "sanction", "163")]
    [InlineData("pay", null, "obj", "visit", "042")]
    [InlineData("express", null, "obj", "irritation", "110")]
    [InlineData("reach", null, "obj", "agreement", "057")]
    [InlineData("break", null, "obl:with", null, "120")]
    [InlineData("walk", "out", null, null, "143")]
    [InlineData("threaten", null, "xcomp", "impose", "1312")]
    public void Light_verbs_and_phrasal_verbs_are_written_as_requirements(
        string verb, string? particle, string? relation, string? lemma, string code)
    {
        var match = Lexicon.VerbCandidates(verb).Where(p => p.Code == code && p.Particle == particle).ToList();
        Assert.NotEmpty(match);
        if (relation is not null)
        {
            Assert.Contains(match, p => p.Requirements.Any(r => r.Path.Text == relation && (lemma is null ? r.AnyLemma : r.AcceptsHead(lemma))));
        }
    }

    [Fact]
    public void Meet_with_puts_the_with_phrase_in_the_target_and_the_subject_in_the_source()
    {
        var meet = Lexicon.VerbCandidates("MEET").First(p => p.Requirements.Count == 0);
        Assert.Equal("040", meet.Code);
        Assert.Equal("nsubj", meet.Source[0].Text);
        Assert.Equal(["obl:with", "obj"], meet.Target.Select(t => t.Text));
        Assert.StartsWith("data/lexicon/04-consult.lex:", meet.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Candidates_come_most_specific_first()
    {
        var hold = Lexicon.VerbCandidates("hold");
        Assert.True(hold.Count > 5);
        for (var i = 1; i < hold.Count; i++)
        {
            Assert.True(hold[i - 1].Specificity >= hold[i].Specificity);
        }

        Assert.Empty(Lexicon.VerbCandidates("xyzzy"));
    }

    [Fact]
    public void Phrase_lemmas_are_indexed_by_their_head()
    {
        var strike = Lexicon.NounCandidates("strike");
        Assert.Contains(strike, p => p.Code == "195" && p.Lemma.Text == "air_strike" && p.Lemma.Modifiers.SequenceEqual(["air"]));
    }

    [Theory]
    [InlineData(EventModality.Cancelled, TriggerKind.Verb, "call", "off")]
    [InlineData(EventModality.Cancelled, TriggerKind.Verb, "cancel", null)]
    [InlineData(EventModality.Cancelled, TriggerKind.Verb, "postpone", null)]
    [InlineData(EventModality.Cancelled, TriggerKind.Verb, "scrap", null)]
    [InlineData(EventModality.Future, TriggerKind.Verb, "plan", null)]
    [InlineData(EventModality.Future, TriggerKind.Verb, "intend", null)]
    [InlineData(EventModality.Future, TriggerKind.Verb, "expect", null)]
    [InlineData(EventModality.Future, TriggerKind.Verb, "seek", null)]
    [InlineData(EventModality.Future, TriggerKind.Verb, "want", null)]
    [InlineData(EventModality.Future, TriggerKind.Auxiliary, "will", null)]
    [InlineData(EventModality.Hypothetical, TriggerKind.Auxiliary, "could", null)]
    [InlineData(EventModality.Hypothetical, TriggerKind.Auxiliary, "might", null)]
    [InlineData(EventModality.Hypothetical, TriggerKind.Auxiliary, "may", null)]
    [InlineData(EventModality.Hypothetical, TriggerKind.Auxiliary, "would", null)]
    [InlineData(EventModality.Negated, TriggerKind.Particle, "not", null)]
    [InlineData(EventModality.Negated, TriggerKind.Determiner, "no", null)]
    public void Modality_markers_are_listed(EventModality modality, TriggerKind kind, string lemma, string? particle) =>
        Assert.Contains(Lexicon.MarkersFor(kind, lemma), m => m.Modality == modality && m.Particle == particle);

    [Fact]
    public void Coder_patterns_keep_every_line_with_its_paths()
    {
        var rules = CoderPatterns.FromLexicon(Lexicon);
        Assert.Equal(Lexicon.Patterns.Count, rules.Count);
        Assert.Contains(rules, r => r is { Lemma: "meet", Code: "040" } && r.TargetPaths!.Any(t => t.Text == "obl:with"));
        Assert.Contains(rules, r => r is { Lemma: "hold", Code: "040" } && r.Requirements.Any(q => q.Path.Text == "obj" && q.Lemmas.Contains("talk")));
        Assert.Contains(rules, r => r is { Lemma: "impose", Code: "163" } && r.TargetPaths!.Any(t => t.Text == "obl:on"));
        Assert.Contains(rules, r => r is { Kind: PatternKind.Noun, Lemma: "summit", Code: "040" });
        Assert.Contains(rules, r => r is { Kind: PatternKind.Adjective, Lemma: "skeptical", Code: "012" } && r.TargetPaths!.Count == 0);
        Assert.Contains(rules, r => r is { Lemma: "urge", Code: "021" } && r.Requirements.Any(q => q.Path.Text == "xcomp" && q.Lemmas.Contains("cooperate")));
        Assert.Contains(rules, r => r is { Lemma: "threaten", Code: "1311" } && r.Requirements.Any(q => q.Path.Text == "xcomp>obj"));
        Assert.Contains(rules, r => r is { Kind: PatternKind.Noun, Lemma: "strike" } && r.Modifiers.Contains("hunger"));
    }

    [Theory]
    [InlineData("040 verb\n", "test.lex:1: a line needs at least a code")]
    [InlineData("# c\n\n4 verb meet\n", "test.lex:3: '4' is not a CAMEO code")]
    [InlineData("040 adverb meet\n", "test.lex:1: 'adverb' is not a kind")]
    [InlineData("040 aux will\n", "test.lex:1: event patterns are verb, noun or adj")]
    [InlineData("maybe verb meet\n", "test.lex:1: 'maybe' is neither a CAMEO code nor a modality")]
    [InlineData("040 verb Meet\n", "test.lex:1: 'Meet' is not a lemma")]
    [InlineData("040 verb meet tgt\n", "test.lex:1: 'tgt' should be key=value")]
    [InlineData("040 verb meet tgt=obl:with tgt=obj\n", "test.lex:1: 'tgt' is given twice")]
    [InlineData("040 verb meet tgt=oblique:with\n", "test.lex:1: in tgt=: 'oblique:with' is not a Universal Dependencies relation")]
    [InlineData("040 verb meet tgt=obj|-\n", "test.lex:1: tgt=- means 'none'")]
    [InlineData("040 verb meet with=x\n", "test.lex:1: unknown key 'with'")]
    [InlineData("040 verb hold obj=Talks\n", "test.lex:1: 'Talks' in obj= is not a lemma")]
    [InlineData("040 verb call prt=off_on\n", "test.lex:1: particle 'off_on' must be one lower-case word")]
    [InlineData("future verb plan src=nsubj\n", "test.lex:1: src= belongs on event patterns")]
    [InlineData("040 verb meet via=xcomp\n", "test.lex:1: via= belongs on modality markers")]
    [InlineData("040 verb meet tgt=obl:with\n042 verb meet tgt=obj\n", "test.lex:2: same trigger and conditions as test.lex:1 (code 040)")]
    [InlineData("future aux will\nfuture aux will\n", "test.lex:2: same marker as test.lex:1")]
    public void Malformed_lines_are_reported_with_their_line(string text, string expected)
    {
        var error = Assert.Throws<DataFormatException>(() => FromText(text));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Codes_are_checked_against_the_ontology_when_given()
    {
        var error = Assert.Throws<DataFormatException>(() => FromText("# x\n099 verb meet\n", Ontology));
        Assert.Equal("test.lex:2: CAMEO code 099 is not in the ontology; check the code against data/ontology/cameo.tsv.", error.Message);
        Assert.Single(FromText("099 verb meet\n").Patterns);
    }

    [Fact]
    public void Defaults_give_subject_source_and_object_target_for_verbs()
    {
        var lexicon = FromText("040 verb meet\n040 noun summit\n013 adj hopeful\n");
        Assert.Equal(["nsubj"], lexicon.Patterns[0].Source.Select(p => p.Text));
        Assert.Equal(["obj"], lexicon.Patterns[0].Target.Select(p => p.Text));
        Assert.Equal(["nmod:poss"], lexicon.Patterns[1].Source.Select(p => p.Text));
        Assert.Empty(lexicon.Patterns[1].Target);
        Assert.Empty(lexicon.Patterns[2].Target);
    }
}
