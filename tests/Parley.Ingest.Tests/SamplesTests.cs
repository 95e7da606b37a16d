namespace Parley.Ingest.Tests;

/// <summary>The bundled <c>samples/</c> must all read, so the README's command over them succeeds.</summary>
public sealed class SamplesTests
{
    private static string SamplesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/ not found above the test binaries");
    }

    [Fact]
    public void Every_sample_reads()
    {
        var results = DocumentReader.Create().ReadAll([SamplesDirectory()]).ToList();

        Assert.True(results.Count >= 8, $"{results.Count} samples");
        Assert.All(results, r => Assert.True(r.Succeeded, $"{r.Input}: {r.Error}"));
        Assert.All(results, r => Assert.False(string.IsNullOrEmpty(r.Document!.Info.Title), r.Input));
    }

    [Fact]
    public void Scraped_sample_loses_its_furniture()
    {
        var path = Path.Combine(SamplesDirectory(), "scraped-furniture.txt");

        var document = Assert.Single(DocumentReader.Create().ReadAll([path])).Document!;

        Assert.Equal(
            ["breadcrumb", "title", "title", "byline", "timestamp", "share-widget", "photo-credit", "dateline", "related-links",
             "newsletter", "author-bio", "follow", "share-widget", "copyright"],
            document.Info.Removed.Select(r => r.Reason));
        Assert.Contains("posted a summary of the meeting on Twitter", document.Text);
        Assert.Equal(("SEOUL", "Daniel Okafor", "2024-03-05"), (document.Info.Dateline, document.Info.Byline, document.Info.Published));
    }
}
