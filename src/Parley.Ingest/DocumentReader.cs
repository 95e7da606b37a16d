using System.Text;
using System.Text.Json;
using Parley.Core;
using Parley.Ingest.Cleaning;
using Parley.Ingest.Html;
using Parley.Ingest.Text;

namespace Parley.Ingest;

/// <summary>
/// Reads documents from paths (files, directories recursively, <c>-</c> for standard input) and cleans them.
/// Each input yields one or more <see cref="ReadResult"/>s; a bad input yields an error result and never stops the
/// others. Formats: plain text (<c>.txt</c>, <c>.text</c>, no extension), HTML (<c>.html</c>, <c>.htm</c>, <c>.xhtml</c>),
/// JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>: one article object per line) and JSON (<c>.json</c>: one article object or an
/// array of them); any other file, and standard input, is sniffed. Thread-safe: a reader holds only its options.
/// </summary>
public sealed class DocumentReader
{
    private static readonly HashSet<string> DirectoryExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "", ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json",
    };

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 16 };

    private readonly IngestOptions _options;

    private DocumentReader(IngestOptions options) => _options = options;

    /// <summary>The options this reader applies.</summary>
    public IngestOptions Options => _options;

    public static DocumentReader Create(IngestOptions? options = null) => new(options ?? new IngestOptions());

    /// <summary>Reads every input in order; directories are expanded recursively in ordinal path order, skipping hidden entries.</summary>
    public IEnumerable<ReadResult> ReadAll(IEnumerable<string> paths, TextReader? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            var results = path == "-" ? ReadStandardInput(standardInput)
                : Directory.Exists(path) ? ReadDirectory(path)
                : ReadFile(path);
            foreach (var result in results)
            {
                yield return result;
            }
        }
    }

    /// <summary>Reads one file (any supported format); a JSONL or JSON file may yield several results.</summary>
    public IEnumerable<ReadResult> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return [ReadResult.Failed(path, "the path is empty; give a file, a directory or '-' for standard input")];
        }

        FileInfo file;
        try
        {
            file = new FileInfo(path);
            if (!file.Exists)
            {
                return [ReadResult.Failed(path, "no such file or directory; check the path")];
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return [ReadResult.Failed(path, $"cannot open the file ({e.Message}); check the path and its permissions")];
        }

        if (file.Length == 0)
        {
            return [ReadResult.Failed(path, "the file is empty; give a file with article text")];
        }

        var extension = file.Extension.ToLowerInvariant();
        if (extension is ".jsonl" or ".ndjson")
        {
            return ReadJsonLinesFile(path);
        }

        if (file.Length > _options.MaxBytes)
        {
            return [TooLarge(path, file.Length, "bytes")];
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Failed(path, $"cannot read the file ({e.Message}); check its permissions")];
        }

        if (!TextDecoder.TryDecode(bytes, out var text, out var error))
        {
            return [ReadResult.Failed(path, error!)];
        }

        return extension switch
        {
            ".html" or ".htm" or ".xhtml" => [ReadHtml(path, text)],
            ".json" => ReadJson(path, text),
            ".txt" or ".text" => [ReadPlainText(path, text)],
            _ => ReadSniffed(path, text),
        };
    }

    /// <summary>
    /// Reads one upload (an HTTP request body): the bytes are decoded as a file's would be, then read by
    /// <paramref name="mediaType"/> — <c>text/html</c>, <c>text/plain</c>, <c>application/json</c> (one article object
    /// or an array), <c>application/x-ndjson</c> or <c>application/jsonl</c> (JSON Lines) — or sniffed when it is
    /// missing or anything else. <paramref name="input"/> names the upload in every message.
    /// </summary>
    public IReadOnlyList<ReadResult> ReadBytes(string input, ReadOnlySpan<byte> bytes, string? mediaType)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (bytes.IsEmpty)
        {
            return [ReadResult.Failed(input, "the body is empty; send the article's text, HTML or a JSON article object")];
        }

        if (bytes.Length > _options.MaxBytes)
        {
            return [TooLarge(input, bytes.Length, "bytes")];
        }

        if (!TextDecoder.TryDecode(bytes, out var text, out var error))
        {
            return [ReadResult.Failed(input, error!.Replace("give a .txt, .html or .jsonl file", "send text, HTML or JSON", StringComparison.Ordinal))];
        }

        return mediaType?.ToLowerInvariant() switch
        {
            "text/html" or "application/xhtml+xml" => [ReadHtml(input, text)],
            "text/plain" => [ReadPlainText(input, text)],
            "application/json" => ReadJson(input, text),
            "application/x-ndjson" or "application/jsonl" or "application/jsonlines" => ReadJsonLines(input, new StringReader(text)).ToList(),
            _ => ReadSniffed(input, text).ToList(),
        };
    }

    /// <summary>Reads text whose format is unknown: HTML when it starts like markup, JSON Lines when it starts with an object, else plain text.</summary>
    public IEnumerable<ReadResult> ReadSniffed(string input, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.AsSpan().TrimStart();
        if (LooksLikeHtml(start))
        {
            return [ReadHtml(input, text)];
        }

        if (start.Length > 0 && start[0] == '{')
        {
            return ReadJsonLines(input, new StringReader(text));
        }

        return [ReadPlainText(input, text)];
    }

    /// <summary>Reads plain article text (scraped text, a wire story) and cleans it.</summary>
    public ReadResult ReadPlainText(string input, string text) => Finish(input, text, new Metadata { Path = PathOf(input) });

    /// <summary>Reads an HTML page: main text plus title, date, outlet, byline and URL from its metadata.</summary>
    public ReadResult ReadHtml(string input, string html) => ReadHtml(input, html, new Metadata { Path = PathOf(input) });

    /// <summary>Reads JSON Lines: one article object per line (<c>text</c> or <c>html</c>; optional <c>title</c>,
    /// <c>url</c>, <c>published</c>, <c>outlet</c>, <c>byline</c>). Results are named <c>input:line</c>; blank lines are skipped.</summary>
    public IEnumerable<ReadResult> ReadJsonLines(string input, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        var articles = 0;
        while (true)
        {
            string? line;
            string? readError = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (IOException e)
            {
                line = null;
                readError = e.Message;
            }

            if (readError is not null)
            {
                articles++;
                yield return ReadResult.Failed($"{input}:{lineNumber + 1}", $"cannot read the line ({readError}); check the file");
            }

            if (line is null)
            {
                break;
            }

            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            articles++;
            var name = $"{input}:{lineNumber}";
            yield return line.Length > _options.MaxBytes ? TooLarge(name, line.Length, "characters of JSON") : ReadJsonArticle(name, line);
        }

        if (articles == 0)
        {
            yield return ReadResult.Failed(input, "the JSON Lines input has no articles (every line is blank); give one JSON object per line");
        }
    }

    private IEnumerable<ReadResult> ReadJsonLinesFile(string path)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Failed(path, $"cannot read the file ({e.Message}); check its permissions")];
        }

        return Disposing(reader, ReadJsonLines(path, reader));
    }

    private static IEnumerable<ReadResult> Disposing(StreamReader reader, IEnumerable<ReadResult> results)
    {
        using (reader)
        {
            foreach (var result in results)
            {
                yield return result;
            }
        }
    }

    private List<ReadResult> ReadJson(string path, string text)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, JsonOptions);
        }
        catch (JsonException e)
        {
            return [ReadResult.Failed(path, $"the file is not valid JSON ({JsonProblem(e)}); fix it, or give one article object per line as .jsonl")];
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                return [ReadArticleObject(path, json.RootElement)];
            }

            var results = new List<ReadResult>();
            var index = 0;
            foreach (var item in json.RootElement.EnumerateArray())
            {
                results.Add(ReadArticleObject($"{path}[{index++}]", item));
            }

            return results.Count > 0 ? results : [ReadResult.Failed(path, "the JSON array is empty; give at least one article object")];
        }
    }

    private ReadResult ReadJsonArticle(string input, string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line, JsonOptions);
            return ReadArticleObject(input, json.RootElement);
        }
        catch (JsonException e)
        {
            return ReadResult.Failed(input, $"the line is not valid JSON ({JsonProblem(e)}); fix or remove the line");
        }
    }

    private ReadResult ReadArticleObject(string input, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ReadResult.Failed(input, $"expected a JSON object like {{\"text\": \"…\"}} but found {Describe(root.ValueKind)}; write one article object per line");
        }

        string? Field(string name, out string? problem)
        {
            problem = null;
            if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                problem = $"the \"{name}\" field is {Describe(value.ValueKind)}, not a string; quote it";
                return null;
            }

            return value.GetString();
        }

        var text = Field("text", out var problem);
        var html = problem is null ? Field("html", out problem) : null;
        var title = problem is null ? Field("title", out problem) : null;
        var url = problem is null ? Field("url", out problem) : null;
        var published = problem is null ? Field("published", out problem) : null;
        var outlet = problem is null ? Field("outlet", out problem) : null;
        var byline = problem is null ? Field("byline", out problem) ?? Field("author", out problem) : null;
        if (problem is not null)
        {
            return ReadResult.Failed(input, problem);
        }

        if (text is null && html is null)
        {
            return ReadResult.Failed(input, "the article has neither a \"text\" nor an \"html\" field; give its body in one of them");
        }

        if (published is not null)
        {
            published = published.Trim();
            if (!DateText.IsIso(published))
            {
                if (!DateText.TryParse(published, out var iso))
                {
                    return ReadResult.Failed(input, $"the \"published\" field \"{published}\" is not a date; write it as YYYY-MM-DD");
                }

                published = iso;
            }
        }

        var body = text ?? html!;
        if (!TextDecoder.CheckText(ref body, out var error))
        {
            return ReadResult.Failed(input, error!);
        }

        var metadata = new Metadata
        {
            Path = input,
            Title = Blank(title),
            Url = Blank(url),
            Published = published,
            Outlet = Blank(outlet),
            Byline = Blank(byline),
        };
        return text is not null ? Finish(input, body, metadata) : ReadHtml(input, body, metadata);
    }

    private ReadResult ReadHtml(string input, string html, Metadata given)
    {
        if (html.Length > _options.MaxBytes)
        {
            return TooLarge(input, html.Length, "characters of HTML");
        }

        if (string.IsNullOrWhiteSpace(html))
        {
            return ReadResult.Failed(input, "the HTML is empty; give a page with article text");
        }

        var article = HtmlArticleExtractor.Extract(html);
        if (article.Text.Length == 0)
        {
            return ReadResult.Failed(input, "found no article text in the HTML page (nothing outside navigation, headers, footers and scripts); check the page is complete, or save the article text as .txt");
        }

        var metadata = given with
        {
            Title = given.Title ?? article.Title,
            Published = given.Published ?? article.Published,
            Outlet = given.Outlet ?? article.Outlet,
            Byline = given.Byline ?? article.Byline,
            Url = given.Url ?? article.Url,
        };
        return Finish(input, article.Text, metadata);
    }

    private IEnumerable<ReadResult> ReadStandardInput(TextReader? standardInput)
    {
        var reader = standardInput ?? TextReader.Null;
        var buffer = new char[Math.Min(_options.MaxChars + 1L, 1 << 20)];
        var text = new StringBuilder();
        try
        {
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                text.Append(buffer, 0, read);
                if (text.Length > _options.MaxBytes)
                {
                    break;
                }
            }
        }
        catch (IOException e)
        {
            return [ReadResult.Failed("-", $"cannot read standard input ({e.Message})")];
        }

        if (text.Length > _options.MaxBytes)
        {
            return [TooLarge("-", text.Length, "characters")];
        }

        var content = text.ToString();
        if (string.IsNullOrWhiteSpace(content))
        {
            return [ReadResult.Failed("-", "standard input is empty; pipe article text into parley or give a path")];
        }

        return TextDecoder.CheckText(ref content, out var error) ? ReadSniffed("-", content) : [ReadResult.Failed("-", error!)];
    }

    private IEnumerable<ReadResult> ReadDirectory(string path)
    {
        List<string> files;
        try
        {
            var options = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
            };
            files = [.. Directory.EnumerateFiles(path, "*", options).Where(f => IsReadable(path, f))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Failed(path, $"cannot list the directory ({e.Message}); check its permissions")];
        }

        if (files.Count == 0)
        {
            return [ReadResult.Failed(path, "the directory has no .txt, .html, .jsonl or .json files; check the path")];
        }

        files.Sort(StringComparer.Ordinal);
        return files.SelectMany(ReadFile);
    }

    private static bool IsReadable(string root, string file)
    {
        if (!DirectoryExtensions.Contains(Path.GetExtension(file)))
        {
            return false;
        }

        // Skip dot-files and anything under a dot-directory (.git, .cache), as Unix tools do.
        foreach (var part in Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (part.StartsWith('.'))
            {
                return false;
            }
        }

        return true;
    }

    private ReadResult Finish(string input, string text, Metadata metadata)
    {
        if (text.Length > _options.MaxChars)
        {
            return TooLarge(input, text.Length, "characters");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Failed(input, "the document is empty; give a file with article text");
        }

        var cleaned = _options.Clean
            ? Cleaner.Clean(text, metadata.Title, metadata.Outlet)
            : new CleanResult(Cleaner.NormalizeWhitespace(text), null, null, null, null, null, []);
        if (cleaned.Text.Length == 0)
        {
            return ReadResult.Failed(input, $"nothing is left after removing page furniture ({cleaned.Removed.Count} lines such as \"{Shorten(cleaned.Removed[0].Text)}\" were {cleaned.Removed[0].Reason}); check that the input is an article");
        }

        if (_options.RequireEnglish && TextQuality.Check(cleaned.Text) is { } problem)
        {
            return ReadResult.Failed(input, problem);
        }

        var info = new DocumentInfo
        {
            Path = metadata.Path,
            Title = metadata.Title ?? cleaned.Title,
            Published = metadata.Published ?? cleaned.Published ?? _options.Published,
            Outlet = metadata.Outlet ?? AgencyName(cleaned.DatelineSource),
            Byline = metadata.Byline ?? cleaned.Byline,
            Dateline = cleaned.Dateline,
            Url = metadata.Url,
            Removed = cleaned.Removed,
        };
        return ReadResult.Ok(input, new Document(cleaned.Text, info));
    }

    private ReadResult TooLarge(string input, long size, string unit) => ReadResult.Failed(
        input,
        $"the document is too large ({size:N0} {unit}; the limit is {_options.MaxChars:N0} characters of text); split it into smaller files or raise the limit with --max-chars");

    private static bool LooksLikeHtml(ReadOnlySpan<char> start)
    {
        if (start.Length == 0 || start[0] != '<')
        {
            return false;
        }

        var head = start[..Math.Min(start.Length, 4096)];
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) ||
            head.Contains("<html", StringComparison.OrdinalIgnoreCase) ||
            head.Contains("<body", StringComparison.OrdinalIgnoreCase) ||
            head.Contains("<p>", StringComparison.OrdinalIgnoreCase) ||
            head.Contains("<p ", StringComparison.OrdinalIgnoreCase) ||
            head.Contains("<div", StringComparison.OrdinalIgnoreCase) ||
            head.Contains("<article", StringComparison.OrdinalIgnoreCase);
    }

    private static string? AgencyName(string? agency) => agency switch
    {
        null => null,
        "AP" => "The Associated Press",
        "AFP" => "Agence France-Presse",
        "UPI" => "United Press International",
        _ => agency,
    };

    private static string? PathOf(string input) => input == "-" ? null : input;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string JsonProblem(JsonException e)
    {
        // System.Text.Json appends "Path: $ | LineNumber: 0 | BytePositionInLine: 12."; keep the first sentence and the column.
        var message = e.Message;
        foreach (var marker in new[] { " Path:", " LineNumber:", ". " })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            message = cut > 0 ? message[..cut] : message;
        }

        message = message.TrimEnd('.', ' ');
        return e.BytePositionInLine is { } column ? $"{message} at column {column + 1}" : message;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "a string",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };

    private sealed record Metadata
    {
        public string? Path { get; init; }

        public string? Title { get; init; }

        public string? Published { get; init; }

        public string? Outlet { get; init; }

        public string? Byline { get; init; }

        public string? Url { get; init; }
    }
}
