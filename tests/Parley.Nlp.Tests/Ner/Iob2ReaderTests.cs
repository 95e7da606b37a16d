using Parley.Nlp.Ner;
using Parley.Training.Ner;

namespace Parley.Nlp.Tests.Ner;

public sealed class Iob2ReaderTests
{
    [Fact]
    public void Read_KeepsIdsTokensAndTags()
    {
        var sentences = Iob2Reader.Parse("# newdoc id = d1\n# sent_id = s-1\n# text = Ann left Rome.\n1\tAnn\tB-PER\t-\t-\n2\tleft\tO\t-\t-\n3\tRome\tB-LOC\t-\t-\n4\t.\tO\t-\t-\n\n1\tHi\tO\n");
        Assert.Equal(2, sentences.Count);
        Assert.Equal("s-1", sentences[0].Id);
        Assert.Equal(["Ann", "left", "Rome", "."], sentences[0].Tokens);
        Assert.Equal([new EntitySpan(0, 1, "PER"), new EntitySpan(2, 3, "LOC")], EntityTags.Spans(sentences[0].Tags));
        Assert.Equal("s2", sentences[1].Id);
    }

    [Fact]
    public void Read_RepairsAnOrphanI()
    {
        var sentence = Iob2Reader.Parse("1\tin\tO\n2\tOslo\tI-LOC\n")[0];
        Assert.Equal("B-LOC", sentence.Tags[1]);
    }

    [Fact]
    public void Read_NamesTheLineOfABadTag()
    {
        var e = Assert.Throws<Iob2FormatException>(() => Iob2Reader.Parse("1\tAnn\tPERSON\n", "x.iob2"));
        Assert.Contains("x.iob2:1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RoundTrips()
    {
        var sentences = Iob2Reader.Parse(NerTestData.Training);
        using var writer = new StringWriter();
        Iob2Reader.Write(writer, sentences);
        var again = Iob2Reader.Parse(writer.ToString());
        Assert.Equal(sentences.Count, again.Count);
        Assert.Equal(sentences[3].Tags, again[3].Tags);
    }

    [Fact]
    public void Score_CountsExactSpanAndType()
    {
        IReadOnlyList<string>[] gold = [["B-PER", "I-PER", "O", "B-LOC"]];
        IReadOnlyList<string>[] system = [["B-PER", "O", "O", "B-LOC"]];
        var score = NerScore.Compute(gold, system);
        Assert.Equal(2, score.Overall.Gold);
        Assert.Equal(2, score.Overall.System);
        Assert.Equal(1, score.Overall.Correct);
        Assert.Equal(100.0, score.ByType["LOC"].F1);
        Assert.Equal(0.0, score.ByType["PER"].F1);
    }
}
