using Parley.Events.Citations;
using Parley.Events.Quotes;
using Parley.Events.Times;
using Xunit.Abstractions;

namespace Parley.Events.Tests.Quotes;

/// <summary>The reference article (../shared, never copied into the repository); skipped when it is absent.</summary>
public sealed class SeedArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void QuotesHaveTheirSpeakers()
    {
        if (TestDocuments.SeedArticle(output) is not { } text)
        {
            return;
        }

        var quotes = QuoteFinder.Find(TestDocuments.Make(text, "2018-08-29"));
        var direct = quotes.Where(q => q.Kind == "direct").ToList();
        Assert.Equal(6, direct.Count);
        Assert.Equal(["Joel Wit", "Wit", "Wit", "Jeffrey Lewis", "Jeffrey Lewis", "A spokesman for South Korea"], direct.Select(q => q.Speaker?.Text));
        Assert.Equal("KOR", direct[^1].Speaker?.Code);
        var scare = Assert.Single(quotes, q => q.Kind == "scare");
        Assert.Equal("Trump is the best dealmaker ever!", scare.Text);
        Assert.Null(scare.Speaker);
        Assert.Contains(quotes, q => q.Kind == "fragment" && q.Speaker?.Text == "Joel Wit");
        Assert.Contains(quotes, q => q.Kind == "indirect" && q.Cue == "explained" && q.Speaker?.Text == "Joel Wit"); // not "the Trump-Kim summit"
    }

    [Fact]
    public void CitationsBackTheirExcerpts()
    {
        if (TestDocuments.SeedArticle(output) is not { } text)
        {
            return;
        }

        var document = TestDocuments.Make(text, "2018-08-29");
        var citations = new CitationFinder().Find(document);
        Assert.Equal(["Vanity Fair", "The Washington Post", "The Washington Post", "The New York Times"], citations.Select(c => c.Outlet));
        string SentenceText(int s) => document.GetSentence(s).Text;
        Assert.Contains(citations[0].Sentences, s => SentenceText(s).Contains("existential", StringComparison.Ordinal));
        Assert.Contains(citations[1].Sentences, s => SentenceText(s).StartsWith("This summer", StringComparison.Ordinal));
        Assert.DoesNotContain(citations[1].Sentences, s => SentenceText(s).StartsWith("When you hear", StringComparison.Ordinal));
        Assert.Contains("Shinzo Abe", SentenceText(Assert.Single(citations[2].Sentences)), StringComparison.Ordinal);
        Assert.Contains(citations[3].Sentences, s => SentenceText(s).StartsWith("A spokesman for South Korea", StringComparison.Ordinal));
        Assert.DoesNotContain(citations[3].Sentences, s => SentenceText(s).StartsWith("Translation", StringComparison.Ordinal));
    }

    [Fact]
    public void TimesResolveAgainstThePublicationDate()
    {
        if (TestDocuments.SeedArticle(output) is not { } text)
        {
            return;
        }

        var times = TimeTagger.Find(TestDocuments.Make(text, "2018-08-29"));
        Assert.Equal("2018-08-28", times.Single(t => t.Text == "Yesterday").Value);
        Assert.Equal("2018-07", times.Single(t => t.Text == "July").Value);
        Assert.Equal("2018-08-29", times.Single(t => t.Text == "Wednesday").Value);
        Assert.All(times.Where(t => t.Text == "next month"), t => Assert.Equal("2018-09", t.Value));
        Assert.Equal("2018-SU", times.Single(t => t.Text == "This summer").Value);
    }
}
