using System.Text;

namespace Parley.Ingest.Tests;

public sealed class DocumentReaderTests
{
    private const string Story = CleanerTests.Story1 + "\n\n" + CleanerTests.Story2;
    private static readonly string BadFixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bad");

    private static ReadResult ReadOne(string path, IngestOptions? options = null) =>
        Assert.Single(DocumentReader.Create(options).ReadAll([path]));

    [Fact]
    public void Plain_text_file_is_read_and_cleaned()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", "Talks Resume in Vienna\n\nVIENNA (Reuters) — " + Story + "\n\nShare Tweet Submit Pin\n");

        var result = ReadOne(path, new IngestOptions { Published = "2024-01-02" });

        Assert.True(result.Succeeded, result.Error);
        var document = result.Document!;
        Assert.Equal(Story, document.Text);
        Assert.Equal("Talks Resume in Vienna", document.Info.Title);
        Assert.Equal("VIENNA", document.Info.Dateline);
        Assert.Equal("Reuters", document.Info.Outlet);
        Assert.Equal("2024-01-02", document.Info.Published);
        Assert.Equal(path, document.Info.Path);
        Assert.Equal(["title", "dateline", "share-widget"], document.Info.Removed.Select(r => r.Reason));
    }

    [Fact]
    public void Clean_false_only_normalises_whitespace()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", "Share Tweet Submit Pin\r\n\r\n\r\n" + Story);

        var result = ReadOne(path, new IngestOptions { Clean = false });

        Assert.Equal("Share Tweet Submit Pin\n\n" + Story, result.Document!.Text);
        Assert.Empty(result.Document.Info.Removed);
    }

    [Fact]
    public void Html_file_gives_main_text_and_metadata()
    {
        using var dir = new TempDirectory();
        var html = """
            <html><head><title>Talks resume | The Ledger</title>
            <meta property="og:site_name" content="The Ledger">
            <meta property="article:published_time" content="2021-05-06T08:00:00+02:00">
            <meta name="author" content="Jane Doe"></head>
            <body><nav>Home World Politics</nav><article><h1>Talks resume</h1>
            <p>Officials from both countries met in Vienna on Monday to discuss a prisoner exchange,
            according to a statement.</p><p>"We remain open to dialogue," the minister said.</p></article>
            <footer>© 2021 The Ledger</footer></body></html>
            """;
        var path = dir.Write("page.htm", html);

        var document = ReadOne(path).Document!;

        Assert.Equal("Officials from both countries met in Vienna on Monday to discuss a prisoner exchange, according to a statement.\n\n\"We remain open to dialogue,\" the minister said.", document.Text);
        Assert.Equal("Talks resume", document.Info.Title);
        Assert.Equal("The Ledger", document.Info.Outlet);
        Assert.Equal("2021-05-06", document.Info.Published);
        Assert.Equal("Jane Doe", document.Info.Byline);
        Assert.Equal([new Parley.Core.Removal("Talks resume", "title")], document.Info.Removed);
    }

    [Fact]
    public void Jsonl_gives_one_result_per_line_named_path_colon_line_and_bad_lines_do_not_stop_the_rest()
    {
        var path = Path.Combine(BadFixtures, "broken.jsonl");

        var results = DocumentReader.Create().ReadAll([path]).ToList();

        Assert.Equal(
            [$"{path}:1", $"{path}:2", $"{path}:3", $"{path}:4", $"{path}:5", $"{path}:6", $"{path}:8"],
            results.Select(r => r.Input));
        Assert.True(results[0].Succeeded);
        Assert.Equal("Talks resume", results[0].Document!.Info.Title);
        Assert.Equal($"{path}:1", results[0].Document!.Info.Path);
        Assert.Contains("not valid JSON", results[1].Error);
        Assert.Contains("neither a \"text\" nor an \"html\" field", results[2].Error);
        Assert.Contains("\"published\" field \"last Tuesday\" is not a date; write it as YYYY-MM-DD", results[3].Error);
        Assert.Contains("expected a JSON object", results[4].Error);
        Assert.Contains("the \"text\" field is a number, not a string", results[5].Error);
        Assert.True(results[6].Succeeded, results[6].Error);
        Assert.Equal("2021-04-09", results[6].Document!.Info.Published);
    }

    [Fact]
    public void Jsonl_fields_fill_the_metadata()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("batch.jsonl", "{\"text\": \"" + CleanerTests.Story1 + "\", \"title\": \"T\", \"url\": \"https://example.org/a\", \"published\": \"March 3, 2020\", \"outlet\": \"The Ledger\", \"byline\": \"Jane Doe\"}\n");

        var info = ReadOne(path).Document!.Info;

        Assert.Equal(("T", "https://example.org/a", "2020-03-03", "The Ledger", "Jane Doe"), (info.Title, info.Url, info.Published, info.Outlet, info.Byline));
    }

    [Fact]
    public void Json_file_with_an_array_gives_one_result_per_element()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.json", "[{\"text\": \"" + CleanerTests.Story1 + "\"}, {\"html\": \"<p>" + CleanerTests.Story2.Replace("\"", "\\\"", StringComparison.Ordinal) + "</p>\"}]");

        var results = DocumentReader.Create().ReadAll([path]).ToList();

        Assert.Equal([$"{path}[0]", $"{path}[1]"], results.Select(r => r.Input));
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
    }

    [Fact]
    public void Directories_are_read_recursively_in_ordinal_order_skipping_hidden_and_unknown_files()
    {
        using var dir = new TempDirectory();
        dir.Write("b.txt", Story);
        dir.Write("A/z.txt", Story);
        dir.Write("a.html", "<p>" + CleanerTests.Story1 + "</p>");
        dir.Write(".hidden.txt", Story);
        dir.Write(".git/x.txt", Story);
        dir.Write("image.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0]);
        dir.Write("noext", Story);

        var results = DocumentReader.Create().ReadAll([dir.Path]).ToList();

        var names = results.Select(r => Path.GetRelativePath(dir.Path, r.Input).Replace('\\', '/')).ToList();
        Assert.Equal(["A/z.txt", "a.html", "b.txt", "noext"], names);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
    }

    [Fact]
    public void Empty_directory_is_one_clear_error()
    {
        using var dir = new TempDirectory();

        var result = ReadOne(dir.Path);

        Assert.Contains("has no .txt, .html, .jsonl or .json files", result.Error);
    }

    [Fact]
    public void Standard_input_is_read_and_sniffed()
    {
        var reader = DocumentReader.Create();

        var text = Assert.Single(reader.ReadAll(["-"], new StringReader(Story)));
        var html = Assert.Single(reader.ReadAll(["-"], new StringReader("<html><body><p>" + CleanerTests.Story1 + "</p></body></html>")));
        var jsonl = reader.ReadAll(["-"], new StringReader("{\"text\": \"" + CleanerTests.Story1 + "\"}\n{\"text\": \"" + CleanerTests.Story3 + "\"}\n")).ToList();

        Assert.Equal(Story, text.Document!.Text);
        Assert.Null(text.Document.Info.Path);
        Assert.Equal(CleanerTests.Story1, html.Document!.Text);
        Assert.Equal(["-:1", "-:2"], jsonl.Select(r => r.Input));
    }

    [Fact]
    public void Empty_standard_input_is_an_error()
    {
        var result = Assert.Single(DocumentReader.Create().ReadAll(["-"], null));

        Assert.Equal("-", result.Input);
        Assert.Contains("standard input is empty", result.Error);
    }

    [Fact]
    public void One_bad_input_never_stops_the_others()
    {
        using var dir = new TempDirectory();
        var good = dir.Write("good.txt", Story);

        var results = DocumentReader.Create().ReadAll([Path.Combine(dir.Path, "missing.txt"), good, Path.Combine(BadFixtures, "empty.txt"), good]).ToList();

        Assert.Equal([false, true, false, true], results.Select(r => r.Succeeded));
    }

    [Theory]
    [InlineData("missing.txt", "no such file or directory; check the path")]
    [InlineData("empty.txt", "the file is empty")]
    [InlineData("non-english-fr.txt", "does not look like English")]
    [InlineData("cyrillic-ru.txt", "mostly in Cyrillic script")]
    [InlineData("garbled.txt", "does not look like English")]
    [InlineData("replacement-chars.txt", "replacement characters (U+FFFD)")]
    [InlineData("nav-only.html", "found no article text in the HTML page")]
    public void Bad_fixtures_fail_with_a_clear_message(string name, string message)
    {
        var path = Path.Combine(BadFixtures, name);

        var result = ReadOne(path);

        Assert.False(result.Succeeded);
        Assert.Equal(path, result.Input);
        Assert.Contains(message, result.Error);
        Assert.Contains(';', result.Error!);
    }

    [Fact]
    public void Binary_file_is_refused()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("data.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42]);

        Assert.Contains("binary file", ReadOne(path).Error);
    }

    [Fact]
    public void Text_full_of_control_characters_is_refused()
    {
        using var dir = new TempDirectory();
        var bytes = Encoding.ASCII.GetBytes(Story);
        for (var i = 0; i < bytes.Length; i += 7)
        {
            bytes[i] = 0x01;
        }

        Assert.Contains("control characters", ReadOne(dir.Write("a.txt", bytes)).Error);
    }

    [Fact]
    public void Invalid_utf8_that_is_not_latin1_either_is_refused()
    {
        using var dir = new TempDirectory();
        var bytes = new byte[400];
        new Random(7).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(bytes[i] | 0x80);
        }

        Assert.Contains("not valid UTF-8 and does not look like Latin-1", ReadOne(dir.Write("a.txt", bytes)).Error);
    }

    [Fact]
    public void Documents_over_the_size_limit_are_refused()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", Story);

        var result = ReadOne(path, new IngestOptions { MaxChars = 100 });

        Assert.Contains("too large", result.Error);
        Assert.Contains("--max-chars", result.Error);
    }

    [Fact]
    public void Files_far_over_the_limit_are_refused_unread()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.html", new string('x', 500));

        Assert.Contains("500 bytes", ReadOne(path, new IngestOptions { MaxChars = 100 }).Error);
    }

    [Fact]
    public void Nothing_left_after_cleaning_is_an_error()
    {
        using var dir = new TempDirectory();

        var result = ReadOne(dir.Write("a.txt", "Share Tweet Submit Pin\n\nAdvertisement\n"));

        Assert.Contains("nothing is left after removing page furniture", result.Error);
    }

    [Fact]
    public void RequireEnglish_false_accepts_other_languages()
    {
        var result = ReadOne(Path.Combine(BadFixtures, "non-english-fr.txt"), new IngestOptions { RequireEnglish = false });

        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public void Broken_html_never_throws()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.html", "<html><body><p>" + CleanerTests.Story1 + "<div><p><b>unclosed <i>tags " + CleanerTests.Story3 + "</table></span>");

        var result = ReadOne(path);

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(CleanerTests.Story3, result.Document!.Text);
    }
}
