using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parley.Core;
using Parley.Nlp.Segmentation;

namespace Parley.Nlp.Tests.Segmentation;

public sealed class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        var document = new Document(text);
        new Tokenizer().Process(document);
        return Enumerable.Range(0, document.TokenCount).Select(i => document[i].Text).ToArray();
    }

    [Theory]
    [InlineData("The U.S. envoy arrived.", "The|U.S.|envoy|arrived|.")]
    [InlineData("Mr. Moon met Gen. Lee at 9 a.m. today.", "Mr.|Moon|met|Gen.|Lee|at|9|a.m.|today|.")]
    [InlineData("It doesn’t matter, Japan’s envoy said.", "It|does|n’t|matter|,|Japan|’s|envoy|said|.")]
    [InlineData("They can't and won't go; we're sure I'd know.", "They|ca|n't|and|wo|n't|go|;|we|'re|sure|I|'d|know|.")]
    [InlineData("President Moon Jae-in met Kim Jong-un.", "President|Moon|Jae-in|met|Kim|Jong-un|.")]
    [InlineData("a near-constant flow of pro-Beijing co-founders", "a|near|-|constant|flow|of|pro-Beijing|co-founders")]
    [InlineData("“It is existential,” Wit continued.", "“|It|is|existential|,|”|Wit|continued|.")]
    [InlineData("He paid $5.50 (about 10%) on 2018-08-29.", "He|paid|$|5.50|(|about|10|%|)|on|2018-08-29|.")]
    [InlineData("See https://example.org/a-b?x=1. Follow @parley_news.", "See|https://example.org/a-b?x=1|.|Follow|@parley_news|.")]
    [InlineData("Write to desk@example.com—or call 212-555-0199.", "Write|to|desk@example.com|—|or|call|212-555-0199|.")]
    [InlineData("the states' rights... and then", "the|states|'|rights|...|and|then")]
    [InlineData("It's gonna rain, we cannot stop it!!", "It|'s|gon|na|rain|,|we|can|not|stop|it|!!")]
    [InlineData("Henry L. Stimson Center", "Henry|L.|Stimson|Center")]
    [InlineData("2013-2014 season and/or later", "2013|-|2014|season|and|/|or|later")]
    public void Splits_like_universal_dependencies(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokens(text));
    }

    [Fact]
    public void Empty_and_whitespace_text_has_no_tokens()
    {
        Assert.Empty(Tokens(""));
        Assert.Empty(Tokens(" \n\t\u00A0 "));
    }

    [Property(MaxTest = 500)]
    public Property Offsets_always_slice_the_text_in_order(string? input)
    {
        var text = input ?? string.Empty;
        var document = new Document(text);
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        var previous = 0;
        for (var i = 0; i < document.TokenCount; i++)
        {
            var (start, end) = (document.GetTokenStart(i), document.GetTokenEnd(i));
            if (start < previous || end <= start || end > text.Length)
            {
                return false.Label($"token {i} [{start},{end})");
            }

            foreach (var c in text.AsSpan(start, end - start))
            {
                if (Tokenizer.IsSpace(c))
                {
                    return false.Label($"token {i} holds whitespace");
                }
            }

            previous = end;
        }

        // Every non-space character belongs to some token.
        var covered = 0;
        for (var i = 0; i < document.TokenCount; i++)
        {
            covered += document.GetTokenEnd(i) - document.GetTokenStart(i);
        }

        var nonSpace = text.Count(c => !Tokenizer.IsSpace(c));
        return (covered == nonSpace).Label($"covered {covered} of {nonSpace}");
    }
}
