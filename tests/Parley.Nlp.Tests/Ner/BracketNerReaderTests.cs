using Parley.Nlp.Ner;
using Parley.Training.Ner;

namespace Parley.Nlp.Tests.Ner;

public sealed class BracketNerReaderTests
{
    [Fact]
    public void Read_TokenizesAndTagsTheMarkedSpans()
    {
        var sentence = BracketNerReader.Parse("Officials at [ORG Hobby Lobby] met [PER Rosa Delgado]'s team in [LOC Fort Smith].")[0];
        Assert.Equal(["Officials", "at", "Hobby", "Lobby", "met", "Rosa", "Delgado", "'s", "team", "in", "Fort", "Smith", "."], sentence.Tokens);
        Assert.Equal(
            [new EntitySpan(2, 4, "ORG"), new EntitySpan(5, 7, "PER"), new EntitySpan(10, 12, "LOC")],
            EntityTags.Spans(sentence.Tags));
    }

    [Fact]
    public void Read_GroupsDocumentsByBlankLines()
    {
        var sentences = BracketNerReader.Parse("[PER Ann Lowe] spoke.\nShe left.\n\n\nNo names here.\n", "notes");
        Assert.Equal(["notes-d0001-001", "notes-d0001-002", "notes-d0002-001"], sentences.Select(s => s.Id));
    }

    [Fact]
    public void Read_LeavesAMarkInsideATokenUntaggedAndCountsIt()
    {
        using var reader = new StringReader("The [LOC Ohio]an team won.");
        var sentence = BracketNerReader.Read(reader, "x.txt", "x", out var misaligned)[0];
        Assert.Equal(1, misaligned);
        Assert.All(sentence.Tags, t => Assert.Equal("O", t));
    }

    [Theory]
    [InlineData("Talks in [GPE Oslo] ended.", "does not start an entity")]
    [InlineData("Talks in [LOC Oslo ended.", "not closed")]
    [InlineData("Talks in [LOC Oslo [LOC Norway]] ended.", "not closed")]
    [InlineData("Talks ended].", "closes no entity")]
    [InlineData("Talks in [LOC ] ended.", "empty")]
    public void Read_NamesTheLineOfBadMarkup(string line, string what)
    {
        using var reader = new StringReader("Fine line.\n" + line + "\n");
        var e = Assert.Throws<Iob2FormatException>(() => BracketNerReader.Read(reader, "mine.txt", "mine", out _));
        Assert.Contains("mine.txt:2", e.Message, StringComparison.Ordinal);
        Assert.Contains(what, e.Message, StringComparison.Ordinal);
    }
}
