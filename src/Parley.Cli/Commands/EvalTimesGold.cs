using System.Text.Json;

namespace Parley.Cli.Commands;

/// <summary>Reads the time-expression gold format (docs/formats/times-gold.md).</summary>
internal static class EvalTimesGold
{
    public sealed record Time(int Start, int End, string Text, string Value);

    public sealed record Article(string Id, string? Published, string Text, IReadOnlyList<Time> Times);

    public static List<Article> Read(string path)
    {
        var articles = new List<Article>();
        foreach (var (line, root) in EvalQuotesGold.ReadLines(path))
        {
            var (id, published, text) = EvalQuotesGold.ReadArticle(path, line, root);
            var times = new List<Time>();
            if (root.TryGetProperty("times", out var list))
            {
                foreach (var t in list.EnumerateArray())
                {
                    var (start, end) = EvalQuotesGold.ReadSpan(path, line, text, t);
                    var value = t.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new CliException($"{path}:{line}: a time has no \"value\"; give its ISO value, e.g. \"2018-08-29\".");
                    times.Add(new Time(start, end, text[start..end], value));
                }
            }

            articles.Add(new Article(id, published, text, times));
        }

        return articles;
    }
}
