using Parley.Core;
using Parley.Nlp.Segmentation;
using Xunit.Abstractions;

namespace Parley.Events.Tests.Quotes;

/// <summary>Builds segmented documents for the quote, citation and time tests.</summary>
internal static class TestDocuments
{
    private static readonly Pipeline Segmenter = Pipeline.Create([new Tokenizer(), new SentenceSplitter()]);

    public static Document Make(string text, string? published = null)
    {
        var document = new Document(text, new DocumentInfo { Published = published });
        Segmenter.Process(document);
        return document;
    }

    /// <summary>The seed article from ../shared, or null (with the reason written) when it is absent.</summary>
    public static string? SeedArticle(ITestOutputHelper output)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
        {
            dir = dir.Parent;
        }

        var path = dir is null ? null : Path.Combine(dir.FullName, "..", "shared", "examples", "seed-article.txt");
        if (path is null || !File.Exists(path))
        {
            output.WriteLine("Skipped: ../shared/examples/seed-article.txt is not available next to the checkout.");
            return null;
        }

        return File.ReadAllText(path);
    }
}
