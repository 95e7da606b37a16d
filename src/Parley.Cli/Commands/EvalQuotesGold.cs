using System.Text.Json;

namespace Parley.Cli.Commands;

/// <summary>Reads the quote gold format (docs/formats/quotes-gold.md) and the parts it shares with the times format.</summary>
internal static class EvalQuotesGold
{
    public sealed record Quote(int Start, int End, string Text, string Kind, string? Speaker, IReadOnlyList<string> Aliases);

    public sealed record Article(string Id, string? Published, string Text, IReadOnlyList<Quote> Quotes);

    public static List<Article> Read(string path)
    {
        var articles = new List<Article>();
        foreach (var (line, root) in ReadLines(path))
        {
            var (id, published, text) = ReadArticle(path, line, root);
            var quotes = new List<Quote>();
            if (root.TryGetProperty("quotes", out var list))
            {
                foreach (var q in list.EnumerateArray())
                {
                    var (start, end) = ReadSpan(path, line, text, q);
                    var kind = q.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()! : "direct";
                    if (kind is not ("direct" or "fragment" or "scare" or "indirect"))
                    {
                        throw new CliException($"{path}:{line}: quote kind '{kind}' is not one of direct, fragment, scare, indirect.");
                    }

                    var speaker = q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                    var aliases = q.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Array
                        ? a.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList()
                        : [];
                    quotes.Add(new Quote(start, end, text[start..end], kind, speaker, aliases));
                }
            }

            articles.Add(new Article(id, published, text, quotes));
        }

        return articles;
    }

    internal static IEnumerable<(int Line, JsonElement Root)> ReadLines(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read gold file '{path}': {e.Message}");
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            JsonElement root;
            try
            {
                using var doc = JsonDocument.Parse(lines[i]);
                root = doc.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new CliException($"{path}:{i + 1}: not a JSON object ({e.Message}); each line holds one article.");
            }

            yield return (i + 1, root);
        }
    }

    internal static (string Id, string? Published, string Text) ReadArticle(string path, int line, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            throw new CliException($"{path}:{line}: an article needs a \"text\" string.");
        }

        var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : $"line {line}";
        var published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        return (id, published, text.GetString()!);
    }

    /// <summary>An annotation's [start, end) offsets, checked against its "text" when both are given.</summary>
    internal static (int Start, int End) ReadSpan(string path, int line, string text, JsonElement annotation)
    {
        if (!annotation.TryGetProperty("start", out var s) || !annotation.TryGetProperty("end", out var e) ||
            !s.TryGetInt32(out var start) || !e.TryGetInt32(out var end) || start < 0 || end < start || end > text.Length)
        {
            throw new CliException($"{path}:{line}: an annotation needs \"start\" and \"end\" offsets inside the article text.");
        }

        if (annotation.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String && !string.Equals(t.GetString(), text[start..end], StringComparison.Ordinal))
        {
            throw new CliException($"{path}:{line}: annotation [{start}, {end}) reads '{text[start..end]}', not '{t.GetString()}'; fix the offsets.");
        }

        return (start, end);
    }
}
