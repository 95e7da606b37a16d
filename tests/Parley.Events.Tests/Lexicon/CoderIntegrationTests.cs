using Parley.Core.Records;
using Parley.Events.Coding;
using Parley.Events.Geo;
using Parley.Events.Lexicon;
using Parley.Events.Ontology;
using Parley.Events.Tests.Coding;

namespace Parley.Events.Tests.Lexicon;

/// <summary>The built-in ontology, lexicon and gazetteer driving the <see cref="EventCoder"/> on hand-built parses.</summary>
public sealed class CoderIntegrationTests
{
    private static readonly Dictionary<string, string> Actors = new(StringComparer.Ordinal)
    {
        ["Japan"] = "JPN",
        ["China"] = "CHN",
        ["Iran"] = "IRN",
        ["Korea"] = "PRK",
        ["Washington"] = "USA",
        ["Pompeo"] = "USAGOV",
    };

    private static readonly EventCoder Coder = Create();

    private static EventCoder Create()
    {
        var ontology = CameoOntology.LoadBuiltIn();
        var gazetteer = Gazetteer.LoadBuiltIn();
        return EventCoder.Create(new EventCoderOptions
        {
            Patterns = CoderPatterns.FromLexicon(EventLexicon.LoadBuiltIn(ontology)),
            DescribeCode = ontology.Describe,
            FindPlace = gazetteer.FindLocation,
            ResolveActor = (phrase, _, _) =>
                [Actors.Where(kv => phrase.Contains(kv.Key, StringComparison.Ordinal))
                    .Select(kv => new ActorMatch(kv.Value, kv.Value[..3], kv.Value.Length > 3 ? kv.Value[3..] : null))
                    .FirstOrDefault() ?? ActorMatch.Unknown],
        });
    }

    private static List<EventRecord> Code(string conll) => ParsedDocument.Code(Coder, conll);

    [Fact]
    public void Light_verb_hold_talks_with()
    {
        var e = Assert.Single(Code("""
            Japan Japan PROPN 2 nsubj
            held hold VERB 0 root
            talks talk NOUN 2 obj
            with with ADP 5 case
            Korea Korea PROPN 2 obl
            . . PUNCT 2 punct
            """));
        Assert.Equal(("040", "JPN", "PRK"), (e.Code, e.Source.Code, e.Target!.Code));
        Assert.Equal("CONSULT", e.Plover!.Event);
        Assert.StartsWith("data/lexicon/04-consult.lex:", e.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Impose_sanctions_on()
    {
        var e = Assert.Single(Code("""
            Washington Washington PROPN 2 nsubj
            imposed impose VERB 0 root
            sanctions sanction NOUN 2 obj
            on on ADP 5 case
            Iran Iran PROPN 2 obl
            . . PUNCT 2 punct
            """));
        Assert.Equal(("163", "USA", "IRN", -8.0), (e.Code, e.Source.Code, e.Target!.Code, e.Goldstein));
        Assert.Equal(4, e.QuadClass);
    }

    [Fact]
    public void Express_irritation_at()
    {
        var e = Assert.Single(Code("""
            China China PROPN 2 nsubj
            expressed express VERB 0 root
            irritation irritation NOUN 2 obj
            at at ADP 5 case
            Japan Japan PROPN 2 obl
            . . PUNCT 2 punct
            """));
        Assert.Equal(("110", "CHN", "JPN"), (e.Code, e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void Called_off_trip_is_a_cancelled_visit()
    {
        var e = Assert.Single(Code("""
            Pompeo Pompeo PROPN 2 nsubj
            called call VERB 0 root
            off off ADP 2 compound:prt
            his his PRON 5 nmod:poss
            trip trip NOUN 2 obj
            to to ADP 7 case
            Korea Korea PROPN 5 nmod
            . . PUNCT 2 punct
            """));
        Assert.Equal(("042", "USAGOV", "PRK", "cancelled"), (e.Code, e.Source.Code, e.Target!.Code, e.Modality));
    }

    [Fact]
    public void Meeting_place_comes_from_the_gazetteer()
    {
        var e = Assert.Single(Code("""
            Japan Japan PROPN 2 nsubj
            met meet VERB 0 root
            Korea Korea PROPN 2 obj
            in in ADP 5 case
            Hanoi Hanoi PROPN 2 obl
            . . PUNCT 2 punct
            """));
        // Hanoi is in neither country, so the meeting is refined to "meet at a third location".
        Assert.Equal(("044", "JPN", "PRK"), (e.Code, e.Source.Code, e.Target!.Code));
        Assert.Equal("VNM", e.Location?.Country);
    }
}
