namespace Parley.Ingest.Tests;

/// <summary>
/// Team-written news pages in many CMS styles (WordPress, wire, live blog, div soup, AMP, JSON-LD-only, scraped text,
/// Windows-1252) under <c>Fixtures/pages/</c>. Each <c>NAME.expected</c> gives the metadata (<c>title=</c>,
/// <c>published=</c>, <c>dateline=</c>, <c>byline=</c>; empty for none) and then pieces of article text, one a line:
/// every piece must be in the cleaned text (no story text lost) and every cleaned paragraph must hold one (no furniture
/// kept). A line starting with <c>? </c> may be kept but need not be (a known limit).
/// </summary>
public sealed class PagesTests
{
    private static readonly string PagesDirectory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "pages");

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(PagesDirectory).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_keeps_its_story_and_loses_its_furniture(string page)
    {
        var expected = File.ReadAllLines(Path.Combine(PagesDirectory, Path.GetFileNameWithoutExtension(page) + ".expected"));
        string[] keys = ["title", "published", "dateline", "byline"];
        var meta = expected.Where(l => keys.Any(k => l.StartsWith(k + "=", StringComparison.Ordinal)))
            .ToDictionary(l => l[..l.IndexOf('=', StringComparison.Ordinal)], l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var pieces = expected.Where(l => l.Length > 0 && !keys.Any(k => l.StartsWith(k + "=", StringComparison.Ordinal))).ToList();
        var required = pieces.Where(l => !l.StartsWith("? ", StringComparison.Ordinal)).ToList();
        var allowed = pieces.Select(l => l.StartsWith("? ", StringComparison.Ordinal) ? l[2..] : l).ToList();

        var result = Assert.Single(DocumentReader.Create().ReadFile(Path.Combine(PagesDirectory, page)));
        Assert.True(result.Succeeded, result.Error);
        var document = result.Document!;

        var lost = required.Where(piece => !document.Text.Contains(piece, StringComparison.Ordinal)).ToList();
        Assert.True(lost.Count == 0, "story text lost: " + string.Join(" | ", lost));
        var leaked = document.Text.Split(["\n\n", "\n"], StringSplitOptions.None)
            .Where(line => !allowed.Any(piece => line.Contains(piece, StringComparison.Ordinal) || piece.Contains(line, StringComparison.Ordinal)))
            .ToList();
        Assert.True(leaked.Count == 0, "furniture kept: " + string.Join(" | ", leaked));
        Assert.Equal(
            (meta["title"], Blank(meta["published"]), Blank(meta["dateline"]), Blank(meta["byline"])),
            (document.Info.Title, document.Info.Published, document.Info.Dateline, document.Info.Byline));
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
