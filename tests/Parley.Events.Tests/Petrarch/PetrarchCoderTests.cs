using Parley.Events.Petrarch;
using Parley.Events.Tests.Coding;

namespace Parley.Events.Tests.Petrarch;

/// <summary>The coder on hand-built parses (form lemma UPOS head relation) with invented actors.</summary>
public sealed class PetrarchCoderTests
{
    private const string Verbs = """
        --- AGREE [030] ---
        AGREE
        - % * [050]
        --- HOLD [---] ---
        HOLD {HOLDS HELD}
        - * TALKS (WITH +) [046]
        - * TALKS [---]
        --- ARRIVE [042:043] ---
        ARRIVE
        --- CRITICIZE [111] ---
        CRITICIZE
        - * BITTERLY [112]
        --- RECEIVE [---] ---
        RECEIVE
        - + * MONEY $ [071]
        """;

    private static IReadOnlyList<PetrarchEvent> Code(string conll)
    {
        var patterns = PetrarchPatternConverter.Convert(PetrarchVerbDictionaryReader.Read(new StringReader(Verbs), "verbs.txt"));
        var coder = PetrarchCoder.Create(new PetrarchCoderOptions { Patterns = patterns, ResolveActor = Resolve });
        return coder.Code(ParsedDocument.Build(conll), new DateOnly(2018, 8, 29));
    }

    private static List<string> Resolve(string phrase, string head, DateOnly? asOf)
    {
        var codes = new List<string>();
        if (phrase.Contains("Abcland", StringComparison.OrdinalIgnoreCase))
        {
            codes.Add(phrase.Contains("Minister", StringComparison.Ordinal) ? "ABCGOV" : "ABC");
        }

        if (phrase.Contains("Xyzia", StringComparison.OrdinalIgnoreCase))
        {
            codes.Add("XYZ");
        }

        return codes;
    }

    [Fact]
    public void AReciprocalPatternPairsCoordinatedSubjects()
    {
        var events = Code("""
            Abcland Abcland PROPN 4 nsubj
            and and CCONJ 3 cc
            Xyzia Xyzia PROPN 1 conj
            agreed agree VERB 0 root
            """);

        Assert.Equal([new PetrarchEvent("050", "ABC", "XYZ"), new PetrarchEvent("050", "XYZ", "ABC")], events);
    }

    [Fact]
    public void ATitleReadAsADescriptiveNominalStaysInTheNamesPhrase()
    {
        // The beam-search parser reads "Abcland Prime Minister Smith" as amod + nmod:desc under the name.
        var events = Code("""
            Abcland Abcland PROPN 3 amod
            Prime prime ADJ 3 amod
            Minister minister PROPN 4 nmod:desc
            Smith Smith PROPN 5 nsubj
            criticized criticize VERB 0 root
            Xyzia Xyzia PROPN 5 obj
            """);

        Assert.Equal([new PetrarchEvent("111", "ABCGOV", "XYZ")], events);
    }

    [Fact]
    public void WordsAndAPrepositionalTargetSelectTheMostSpecificPattern()
    {
        var events = Code("""
            Abcland Abcland PROPN 2 nsubj
            held hold VERB 0 root
            talks talk NOUN 2 obj
            with with ADP 5 case
            Xyzia Xyzia PROPN 2 obl
            """);

        Assert.Equal([new PetrarchEvent("046", "ABC", "XYZ")], events);
    }

    [Fact]
    public void ABlockingCodeYieldsNoEvent()
    {
        var events = Code("""
            Abcland Abcland PROPN 2 nsubj
            held hold VERB 0 root
            talks talk NOUN 2 obj
            """);

        Assert.Empty(events);
    }

    [Fact]
    public void ACodePairAddsTheMirroredEvent()
    {
        var events = Code("""
            Abcland Abcland PROPN 2 nsubj
            arrived arrive VERB 0 root
            in in ADP 4 case
            Xyzia Xyzia PROPN 2 obl
            """);

        Assert.Equal([new PetrarchEvent("042", "ABC", "XYZ"), new PetrarchEvent("043", "XYZ", "ABC")], events);
    }

    [Fact]
    public void APassiveTakesItsAgentAsSource()
    {
        var events = Code("""
            Xyzia Xyzia PROPN 3 nsubj:pass
            was be AUX 3 aux:pass
            criticized criticize VERB 0 root
            bitterly bitterly ADV 3 advmod
            by by ADP 6 case
            Abcland Abcland PROPN 3 obl
            """);

        Assert.Equal([new PetrarchEvent("112", "ABC", "XYZ")], events);
    }

    [Fact]
    public void MarkersPutTheTargetBeforeAndTheSourceAfterTheVerb()
    {
        var events = Code("""
            Xyzia Xyzia PROPN 2 nsubj
            received receive VERB 0 root
            money money NOUN 2 obj
            from from ADP 5 case
            Abcland Abcland PROPN 2 obl
            """);

        Assert.Equal([new PetrarchEvent("071", "ABC", "XYZ")], events);
    }

    [Fact]
    public void WithoutADyadNothingIsCodedUnlessAsked()
    {
        const string Conll = """
            Abcland Abcland PROPN 2 nsubj
            criticized criticize VERB 0 root
            """;
        var patterns = PetrarchPatternConverter.Convert(PetrarchVerbDictionaryReader.Read(new StringReader(Verbs), "verbs.txt"));
        var coder = PetrarchCoder.Create(new PetrarchCoderOptions { Patterns = patterns, ResolveActor = Resolve });

        Assert.Empty(coder.Code(ParsedDocument.Build(Conll), null));
        Assert.Equal([new PetrarchEvent("111", "ABC", "---")], coder.Code(ParsedDocument.Build(Conll), null, requireDyad: false));
    }

    [Fact]
    public void TheCodingOntologyRecodesNegatedVerbs()
    {
        const string Ontology = """
            # an invented excerpt in the PICO layout
            030:0x0050#Intend
            111:0x7001
            112:0x1005f#0xFFFF+0x0050#0x7000#Disapprove
            """;
        var negations = PetrarchNegations.Read(new StringReader(Ontology));
        var patterns = PetrarchPatternConverter.Convert(PetrarchVerbDictionaryReader.Read(new StringReader(Verbs), "verbs.txt"));
        var coder = PetrarchCoder.Create(new PetrarchCoderOptions { Patterns = patterns, ResolveActor = Resolve, Negate = negations.Negate });

        var events = coder.Code(ParsedDocument.Build("""
            Abcland Abcland PROPN 4 nsubj
            did do AUX 4 aux
            not not PART 4 advmod
            criticize criticize VERB 0 root
            Xyzia Xyzia PROPN 4 obj
            bitterly bitterly ADV 4 advmod
            """), null);

        Assert.Equal((2, "112", "030", null), (negations.Count, negations.Negate("030"), negations.Negate("112"), negations.Negate("111")));
        Assert.Equal([new PetrarchEvent("030", "ABC", "XYZ")], events);
    }
}
