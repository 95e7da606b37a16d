using Parley.Core;
using Parley.Nlp.Segmentation;

namespace Parley.Nlp.Tests.Segmentation;

public sealed class SentenceSplitterTests
{
    private static Document Split(string text)
    {
        var document = new Document(text);
        Pipeline.Create([new Tokenizer(), new SentenceSplitter()]).Process(document);
        return document;
    }

    private static string[] Sentences(string text) => Split(text).Sentences.Select(s => s.Text).ToArray();

    [Fact]
    public void Splits_at_terminal_punctuation_before_a_capital()
    {
        Assert.Equal(["The talks ended.", "Both sides left."], Sentences("The talks ended. Both sides left."));
    }

    [Fact]
    public void Keeps_titles_and_initials_inside_the_sentence()
    {
        Assert.Single(Sentences("Mr. Moon met Sen. J. R. Smith and Gen. Lee in St. Louis on Monday."));
    }

    [Fact]
    public void Ends_after_an_acronym_only_before_a_sentence_opener()
    {
        Assert.Single(Sentences("Senior U.S. officials were irritated."));
        Assert.Equal(2, Sentences("The envoy flew to the U.S. The talks began.").Length);
    }

    [Fact]
    public void A_quote_that_ends_the_sentence_stays_with_it()
    {
        Assert.Equal(["“It is over,” he said.", "“We leave now.”", "She agreed."], Sentences("“It is over,” he said. “We leave now.” She agreed."));
    }

    [Fact]
    public void Terminal_punctuation_inside_a_quote_before_the_cue_is_no_boundary()
    {
        Assert.Single(Sentences("“Trump is the best dealmaker ever!” he wrote on Monday."));
    }

    [Fact]
    public void Paragraph_breaks_end_sentences_and_count_paragraphs()
    {
        var document = Split("A headline without a stop\n\nFirst sentence. Second one\n\nThird.");

        Assert.Equal(["A headline without a stop", "First sentence.", "Second one", "Third."], document.Sentences.Select(s => s.Text));
        Assert.Equal([0, 1, 1, 2], document.Sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void A_colon_line_before_a_block_ends_a_sentence()
    {
        var document = Split("Per the Daily Courier:\n\nThe minister resigned on Friday.");
        Assert.Equal(2, document.SentenceCount);
    }
}
