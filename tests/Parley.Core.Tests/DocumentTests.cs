using Parley.Core.Records;

namespace Parley.Core.Tests;

public sealed class DocumentTests
{
    private static Document TwoSentences()
    {
        var document = new Document("Kim met Moon. They talked.");
        document.SetTokens([0, 4, 8, 12, 14, 19, 25], [3, 7, 12, 13, 18, 25, 26]);
        document.SetSentences([0, 4], [4, 7], [0, 0]);
        return document;
    }

    [Fact]
    public void Token_and_sentence_views_read_the_arrays()
    {
        var document = TwoSentences();

        Assert.Equal("Moon", document[2].Text);
        Assert.Equal(1, document[5].Sentence);
        var second = document.GetSentence(1);
        Assert.Equal("They talked.", second.Text);
        Assert.Equal(3, second.TokenCount);
    }

    [Fact]
    public void TokenAt_finds_the_token_at_or_before_an_offset()
    {
        var document = new Document("Kim met Moon.");
        document.SetTokens([0, 4, 8, 12], [3, 7, 12, 13]);

        Assert.Equal(0, document.TokenAt(0));
        Assert.Equal(1, document.TokenAt(4));
        Assert.Equal(1, document.TokenAt(6));
        Assert.Equal(1, document.TokenAt(7)); // the space after "met"
        Assert.Equal(3, document.TokenAt(12));
    }

    [Fact]
    public void SetTokens_rejects_overlaps_and_out_of_range_offsets()
    {
        var document = new Document("abc def");
        Assert.Throws<ArgumentException>(() => document.SetTokens([0, 2], [3, 5]));
        Assert.Throws<ArgumentException>(() => document.SetTokens([0], [8]));
        Assert.Throws<ArgumentException>(() => document.SetTokens([1], [1]));
    }

    [Fact]
    public void SetSentences_must_tile_the_tokens()
    {
        var document = new Document("a b c");
        document.SetTokens([0, 2, 4], [1, 3, 5]);
        Assert.Throws<ArgumentException>(() => document.SetSentences([0], [2], [0]));
        Assert.Throws<ArgumentException>(() => document.SetSentences([1], [3], [0]));
    }

    [Fact]
    public void Dependencies_must_stay_inside_the_sentence()
    {
        var document = TwoSentences();
        int[] heads = [1, -1, 1, 1, 5, -1, 1];
        Assert.Throws<ArgumentException>(() => document.SetDependencies(heads, new string[7]));
    }

    [Fact]
    public void Id_is_a_stable_content_hash()
    {
        Assert.Equal(new Document("same text").Id, new Document("same text").Id);
        Assert.NotEqual(new Document("same text").Id, new Document("other text").Id);
        Assert.Equal(16, new Document("x").Id.Length);
    }

    [Fact]
    public void Record_round_trips_through_json()
    {
        var document = TwoSentences();
        var json = RecordJson.ToJson(DocumentRecord.From(document, includeTokens: true), indented: false);

        var record = RecordJson.Parse(json);

        Assert.NotNull(record);
        Assert.Equal(document.Text, record.Document.Text);
        Assert.Equal(2, record.Sentences.Count);
        Assert.Equal(7, record.Tokens!.Count);
        Assert.Contains("\"events\":[]", json, StringComparison.Ordinal);
        Assert.Contains("\"title\":null", json, StringComparison.Ordinal);
    }
}
