using System.Collections.Frozen;
using Parley.Events.Quotes;

namespace Parley.Events.Citations;

/// <summary>
/// The outlets citations are matched against, loaded from a tab-separated list (format:
/// docs/formats/outlets.md). Aliases are indexed by their first word for span-keyed lookup.
/// Immutable and thread-safe once loaded.
/// </summary>
public sealed class OutletList
{
    private const string ResourceName = "Parley.Events.Citations.outlets.tsv";

    private static readonly string[] Types = ["newspaper", "agency", "broadcaster", "magazine", "online", "state-media", "generic"];

    private static readonly Lazy<OutletList> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, (string[] Words, Outlet Outlet)[]> _byFirstWord;

    private OutletList(List<Outlet> outlets)
    {
        Outlets = outlets;
        var index = new Dictionary<string, List<(string[], Outlet)>>(StringComparer.Ordinal);
        foreach (var outlet in outlets)
        {
            foreach (var alias in outlet.Aliases.Append(outlet.Name).Distinct(StringComparer.Ordinal))
            {
                var words = Words(alias);
                if (words.Length > 1 && words[0] is "The" or "the")
                {
                    words = words[1..];
                }

                if (words.Length == 0)
                {
                    continue;
                }

                if (!index.TryGetValue(words[0], out var list))
                {
                    index[words[0]] = list = [];
                }

                list.Add((words, outlet));
            }
        }

        _byFirstWord = index.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(a => a.Item1.Length).ToArray(),
            StringComparer.Ordinal);
        Lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The outlets, in file order.</summary>
    public IReadOnlyList<Outlet> Outlets { get; }

    internal FrozenDictionary<string, (string[] Words, Outlet Outlet)[]>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    /// <summary>The list shipped with Parley (data/outlets/outlets.tsv, embedded).</summary>
    public static OutletList Default => Shipped.Value;

    /// <summary>Reads an outlet list.</summary>
    /// <exception cref="FormatException">A line does not have four tab-separated fields or names an unknown type; the message gives the line.</exception>
    public static OutletList Load(Stream stream, string source = "outlet list")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream);
        var outlets = new List<Outlet>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4 || fields[0].Trim().Length == 0)
            {
                throw new FormatException($"{source}:{lineNumber}: expected 4 tab-separated fields (name, aliases, country, type), found {fields.Length}. Fix the line or start it with '#'.");
            }

            if (!Types.Contains(fields[3].Trim()))
            {
                throw new FormatException($"{source}:{lineNumber}: type '{fields[3]}' is not one of {string.Join(", ", Types)}.");
            }

            var country = fields[2].Trim();
            if (country.Length != 3)
            {
                throw new FormatException($"{source}:{lineNumber}: country '{country}' is not an ISO 3166-1 alpha-3 code or '---'.");
            }

            var aliases = fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            outlets.Add(new Outlet(fields[0].Trim(), aliases, country, fields[3].Trim()));
        }

        return new OutletList(outlets);
    }

    private static OutletList LoadShipped()
    {
        using var stream = typeof(OutletList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded outlet list '{ResourceName}' is missing from Parley.Events; rebuild the project.");
        return Load(stream, "outlets.tsv");
    }

    private static string[] Words(string alias)
    {
        var words = TextWords.Scan(alias, [0], [alias.Length], [0]);
        var result = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            result[i] = words.Get(i);
        }

        return result;
    }
}
