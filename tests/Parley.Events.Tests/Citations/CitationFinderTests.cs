using System.Text;
using Parley.Core;
using Parley.Events.Citations;
using Parley.Events.Tests.Quotes;

namespace Parley.Events.Tests.Citations;

public sealed class CitationFinderTests
{
    private static readonly CitationFinder Finder = new();

    [Theory]
    [InlineData("The talks collapsed, according to The Washington Post.", "The Washington Post")]
    [InlineData("The minister told Reuters that the talks had collapsed.", "Reuters")]
    [InlineData("KCNA said the launch was a success.", "Korean Central News Agency")]
    [InlineData("The WaPo report notes that the talks collapsed.", "The Washington Post")]
    [InlineData("Vanity Fair published an account of the talks.", "Vanity Fair")]
    [InlineData("State media reported that the talks had collapsed.", "state media")]
    [InlineData("The NYT reported that the talks had collapsed.", "The New York Times")]
    public void FindsInlineCitations(string text, string outlet)
    {
        var citation = Assert.Single(Finder.Find(TestDocuments.Make(text)));
        Assert.Equal(outlet, citation.Outlet);
        Assert.Equal([0], citation.Sentences);
    }

    [Theory]
    [InlineData("The president attacked CNN again.")]
    [InlineData("He reads The Economist on Sundays.")]
    public void IgnoresMentionsThatAreNotCitations(string text) => Assert.Empty(Finder.Find(TestDocuments.Make(text)));

    [Fact]
    public void BacksTheExcerptAfterAColon()
    {
        var text = "Allies are drifting apart. Per The Washington Post:\n\n" +
                   "The two governments met in secret in July. Officials declined to comment.\n\n" +
                   "A second meeting is planned, the paper said.\n\n" +
                   "When you think about it, this is a disaster for the alliance.";
        var document = TestDocuments.Make(text);
        var citation = Assert.Single(Finder.Find(document), c => c.Outlet == "The Washington Post");
        var backed = citation.Sentences.Select(s => document.GetSentence(s).Text).ToList();
        Assert.Equal(["The two governments met in secret in July.", "Officials declined to comment.", "A second meeting is planned, the paper said."], backed);
    }

    [Fact]
    public void StopsTheExcerptAtTheNextCitation()
    {
        var text = "Per Reuters:\n\nThe talks stalled.\n\nPer the New York Times:\n\nThe envoy left.";
        var citations = Finder.Find(TestDocuments.Make(text));
        Assert.Equal(2, citations.Count);
        Assert.Equal([1], citations[0].Sentences);
        Assert.Equal([3], citations[1].Sentences);
    }

    [Fact]
    public void ShippedListIsLargeAndWellFormed()
    {
        var list = OutletList.Default;
        Assert.True(list.Outlets.Count >= 300, $"{list.Outlets.Count} outlets");
        Assert.All(list.Outlets, o => Assert.Equal(3, o.Country.Length));
        Assert.Equal(list.Outlets.Count, list.Outlets.Select(o => o.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void LoadNamesTheBadLine()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("# comment\nReuters\tReuters\tGBR\tagency\nBroken line\n"));
        var e = Assert.Throws<FormatException>(() => OutletList.Load(stream, "test.tsv"));
        Assert.Contains("test.tsv:3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessWritesTheLayer()
    {
        var document = TestDocuments.Make("Reuters reported the news.");
        Finder.Process(document);
        Assert.True(document.Has(Annotations.Citations));
        Assert.Single(document.Citations);
    }
}
