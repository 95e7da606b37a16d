using Parley.Events.Petrarch;

namespace Parley.Events.Tests.Petrarch;

public sealed class PetrarchVerbDictionaryReaderTests
{
    internal const string Dictionary = """
        # An invented dictionary in PETRARCH's CAMEO 2.0 format.
        &TALKS
        +TALKS
        +NEGOTIATIONS
        +PEACE_PARLEY

        &BIGSET  # nests the set above
        +&TALKS
        +SUMMIT_

        ####### VERB PATTERNS #######
        --- CONVENE [040:040] ---
        CONVENE {CONVENES CONVENED CONVENING}
        +SIT_DOWN {+SAT_DOWN +SITS_DOWN}
        GATHER [043]
        - * &TALKS (WITH +) [046]   # a comment
        - $ * (AT ^) + [042:043]
        - % * [040]
        - * {FORMAL &BIGSET} [0461]
        - + * (FROM $) [:051]
        - * WARMLY [---]
        """;

    private static PetrarchVerbDictionary Read(string text, bool skipMalformed = false) =>
        PetrarchVerbDictionaryReader.Read(new StringReader(text), "test.txt", skipMalformed);

    [Fact]
    public void ExpandsSynonymSetsIncludingNestedOnes()
    {
        var dictionary = Read(Dictionary);

        Assert.Equal(["talks", "negotiations", "peace parley"], dictionary.SynonymSets["TALKS"]);
        Assert.Equal(["talks", "negotiations", "peace parley", "summit_"], dictionary.SynonymSets["BIGSET"]);
    }

    [Fact]
    public void ReadsVerbsWithFormsMultiWordVerbsAndOwnCodes()
    {
        var block = Assert.Single(Read(Dictionary).Blocks);

        Assert.Equal(("CONVENE", "040", "040"), (block.Name, block.Code, block.ReverseCode));
        Assert.Equal(["convenes", "convened", "convening"], block.Verbs[0].Forms);
        Assert.Equal(("sit", "down"), (block.Verbs[1].Lemma, Assert.Single(block.Verbs[1].WordsAfter)));
        Assert.Equal(["sat", "sits"], block.Verbs[1].Forms);
        Assert.Equal(("gather", "043", null), (block.Verbs[2].Lemma, block.Verbs[2].Code, block.Verbs[2].ReverseCode));
    }

    [Fact]
    public void ReadsPatternsWithSynonymSetsPrepositionsAndActorMarkers()
    {
        var patterns = Read(Dictionary).Blocks[0].Patterns;

        Assert.Equal(6, patterns.Count);
        var talks = patterns[0];
        Assert.Equal(("046", null, 16), (talks.Code, talks.ReverseCode, talks.Line));
        Assert.Empty(talks.Before);
        Assert.Equal(PetrarchElementKind.Words, talks.After[0].Kind);
        Assert.Equal(["talks", "negotiations", "peace parley"], Assert.Single(talks.After[0].Slots));
        Assert.Equal((PetrarchElementKind.Phrase, "with"), (talks.After[1].Kind, talks.After[1].Preposition));
        Assert.Equal(PetrarchElementKind.Target, Assert.Single(talks.After[1].Inner).Kind);

        var visit = patterns[1];
        Assert.Equal(("042", "043"), (visit.Code, visit.ReverseCode));
        Assert.Equal(PetrarchElementKind.Source, Assert.Single(visit.Before).Kind);
        Assert.Equal(PetrarchElementKind.Skip, Assert.Single(visit.After[0].Inner).Kind);
        Assert.Equal(PetrarchElementKind.Target, visit.After[1].Kind);

        Assert.True(patterns[2].Compound);
        Assert.Equal(2, patterns[3].After[0].Slots.Count);
        Assert.Contains("summit_", patterns[3].After[0].Slots[1]);
    }

    [Fact]
    public void ReadsPassiveOnlyAndBlockingCodes()
    {
        var patterns = Read(Dictionary).Blocks[0].Patterns;

        Assert.Equal(("---", "051"), (patterns[4].Code, patterns[4].ReverseCode));
        Assert.Equal(PetrarchElementKind.Target, Assert.Single(patterns[4].Before).Kind);
        Assert.Equal(("from", PetrarchElementKind.Source), (patterns[4].After[0].Preposition, Assert.Single(patterns[4].After[0].Inner).Kind));
        Assert.Equal(("---", null), (patterns[5].Code, patterns[5].ReverseCode));
    }

    private const string Malformed = """
        &SET
        +A
        NOT_A_MEMBER
        --- NO CODE HERE ---
        --- GOOD [010] ---
        GOOD
        - * (WITH [020]
        - * &NOSUCH [030]
        - * TALKS
        - TALKS [040]
        """;

    [Fact]
    public void MalformedLinesAreReportedWithTheirLineNumbers()
    {
        var error = Assert.Throws<PetrarchFormatException>(() => Read(Malformed));

        Assert.Contains("test.txt: 6 malformed line(s)", error.Message, StringComparison.Ordinal);
        foreach (var line in new[] { 3, 4, 7, 8, 9, 10 })
        {
            Assert.Contains($"test.txt:{line}:", error.Message, StringComparison.Ordinal);
        }

        Assert.Contains("unknown synonym set '&NOSUCH'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedLinesCanBeSkipped()
    {
        var dictionary = Read(Malformed, skipMalformed: true);

        Assert.Equal([3, 4, 7, 8, 9, 10], dictionary.Skipped.Select(e => e.Line));
        var block = Assert.Single(dictionary.Blocks);
        Assert.Equal("good", Assert.Single(block.Verbs).Lemma);
        Assert.Empty(block.Patterns);
    }

    [Fact]
    public void HashesInsideCodesAreNotComments()
    {
        var dictionary = Read("""
            --- ODD [010] ---
            ODD
            - * THING [###]  # a comment
            <!-- an XML comment -->
            """);

        Assert.Equal("###", Assert.Single(dictionary.Blocks[0].Patterns).Code);
    }
}
