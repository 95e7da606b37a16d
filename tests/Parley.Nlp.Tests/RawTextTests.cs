using Parley.Training.Evaluation;

namespace Parley.Nlp.Tests;

public sealed class RawTextTests
{
    [Fact]
    public void Rebuilds_text_and_splits_multiword_tokens_into_word_spans()
    {
        var raw = RawText.Build(TinyCorpus.Sentences);

        Assert.StartsWith("The cat sleeps. A dog barked loudly.", raw.Text, StringComparison.Ordinal);
        var words = TinyCorpus.Sentences.SelectMany(s => s.Words).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            Assert.Equal(words[i].Form, raw.Text[raw.WordStarts[i]..raw.WordEnds[i]]);
        }

        Assert.Contains("I don't like rain.", raw.Text, StringComparison.Ordinal);
    }
}
