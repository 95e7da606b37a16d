using Parley.Core.Records;
using Parley.Events.Coding;
using Parley.Events.Tests.Coding;

namespace Parley.Events.Tests.Petrarch;

/// <summary><see cref="EventCoder"/> honours the word constraints imported PETRARCH patterns carry.</summary>
public sealed class EventCoderConstraintTests
{
    private static readonly EventCoder Coder = EventCoder.Create(new EventCoderOptions
    {
        Patterns =
        [
            new EventPattern { Id = "t:1", Lemma = "sign", Code = "057" },
            new EventPattern { Id = "t:2", Lemma = "sign", Code = "081", After = [new PatternTerm { Slots = [["trade"], ["protocol", "accord"]] }] },
            new EventPattern { Id = "t:3", Lemma = "sign", Code = "0311", After = [new PatternTerm { Preposition = "on", Slots = [["trade"]] }] },
        ],
        DescribeCode = code => code switch
        {
            "057" => new CodeInfo("057", "05", "Sign formal agreement", 1, 8.0, "AGREE", null),
            "081" => new CodeInfo("081", "08", "Ease administrative sanctions", 2, 5.0, "YIELD", null),
            "0311" => new CodeInfo("0311", "03", "Express intent to cooperate economically", 1, 5.2, "COOPERATE", null),
            _ => null,
        },
        ResolveActor = (phrase, _, _) => [phrase.Contains("Japan", StringComparison.Ordinal) ? new ActorMatch("JPN", "JPN", null) : ActorMatch.Unknown],
    });

    private static List<EventRecord> Code(string conll)
    {
        var document = ParsedDocument.Build(conll);
        Coder.Process(document);
        return document.Events;
    }

    [Fact]
    public void AConstrainedPatternWinsWhenItsWordsFollowTheVerb()
    {
        var events = Code("""
            Japan Japan PROPN 2 nsubj
            signed sign VERB 0 root
            a a DET 5 det
            trade trade NOUN 5 compound
            accords accord NOUN 2 obj
            """);

        Assert.Equal("081", Assert.Single(events).Code);
    }

    [Fact]
    public void APrepositionalConstraintSkipsDeterminers()
    {
        var events = Code("""
            Japan Japan PROPN 2 nsubj
            signed sign VERB 0 root
            on on ADP 5 case
            the the DET 5 det
            trade trade NOUN 2 obl
            """);

        Assert.Equal("0311", Assert.Single(events).Code);
    }

    [Fact]
    public void WithoutTheWordsTheBarePatternApplies()
    {
        var events = Code("""
            Japan Japan PROPN 2 nsubj
            signed sign VERB 0 root
            a a DET 4 det
            letter letter NOUN 2 obj
            """);

        Assert.Equal("057", Assert.Single(events).Code);
    }
}
