namespace Parley.Nlp.Ner;

/// <summary>
/// Parley's own name lists (first names, surnames, countries, places, nationalities, organisations,
/// organisation words, titles), matched over tokens case-sensitively, or case-insensitively for every entry but
/// acronyms. Each list is a text file with one
/// entry per line (tokens separated by spaces, <c>#</c> starts a comment), embedded in this assembly and
/// documented in <c>docs/formats/ner-gazetteer.md</c>. Immutable and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Number of bits per category in a match mask: unit, begin, inside, last.</summary>
    public const int BitsPerCategory = 4;

    private static readonly (GazetteerCategory Category, string File)[] Files =
    [
        (GazetteerCategory.FirstName, "first-names"),
        (GazetteerCategory.Surname, "surnames"),
        (GazetteerCategory.Country, "countries"),
        (GazetteerCategory.Place, "places"),
        (GazetteerCategory.Nationality, "nationalities"),
        (GazetteerCategory.Organisation, "organisations"),
        (GazetteerCategory.OrgWord, "org-words"),
        (GazetteerCategory.Title, "titles"),
        (GazetteerCategory.FirstName, "derived-first-names"),
        (GazetteerCategory.Surname, "derived-surnames"),
        (GazetteerCategory.Place, "derived-places"),
        (GazetteerCategory.Organisation, "derived-organisations"),
        (GazetteerCategory.Organisation, "companies"),
        (GazetteerCategory.Organisation, "institutions"),
        (GazetteerCategory.Place, "regions"),
        (GazetteerCategory.FirstName, "given-names"),
        (GazetteerCategory.Surname, "family-names"),
    ];

    private readonly Dictionary<string, List<(string[] Tail, GazetteerCategory Category)>> _byFirst;
    private readonly Dictionary<string, List<(string[] Tail, GazetteerCategory Category)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private readonly Dictionary<string, List<(string[] Tail, GazetteerCategory Category)>>.AlternateLookup<ReadOnlySpan<char>> _lowerLookup;

    private Gazetteer(Dictionary<string, List<(string[] Tail, GazetteerCategory Category)>> byFirst)
    {
        _byFirst = byFirst;
        _lookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        var lower = new Dictionary<string, List<(string[] Tail, GazetteerCategory Category)>>(StringComparer.Ordinal);
        foreach (var (first, entries) in byFirst)
        {
            var key = first.ToLowerInvariant();
            if (!lower.TryGetValue(key, out var list))
            {
                list = [];
                lower[key] = list;
            }

            foreach (var (tail, category) in entries)
            {
                // Acronyms ("WHO", "UN", "ICE") are not looked for in lower case: "who", "un" and "ice" are words.
                if (IsAcronym(first, tail))
                {
                    continue;
                }

                var lowerTail = Array.ConvertAll(tail, t => t.ToLowerInvariant());
                if (!list.Exists(e => e.Category == category && e.Tail.AsSpan().SequenceEqual(lowerTail)))
                {
                    list.Add((lowerTail, category));
                }
            }
        }

        // Sorted so that matching order (and so nothing observable) depends on insertion order.
        foreach (var list in lower.Values)
        {
            list.Sort((a, b) => a.Category != b.Category ? a.Category.CompareTo(b.Category) : string.CompareOrdinal(string.Join(' ', a.Tail), string.Join(' ', b.Tail)));
        }

        _lowerLookup = lower.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The gazetteer shipped with Parley (loaded once per call; cache the instance).</summary>
    public static Gazetteer LoadDefault()
    {
        var assembly = typeof(Gazetteer).Assembly;
        var lists = new List<(GazetteerCategory, TextReader)>();
        try
        {
            foreach (var (category, file) in Files)
            {
                var stream = assembly.GetManifestResourceStream($"Parley.Nlp.Ner.Gazetteer.{file}.txt")
                    ?? throw new InvalidOperationException($"The gazetteer list '{file}' is missing from {assembly.GetName().Name}; the build is broken.");
                lists.Add((category, new StreamReader(stream)));
            }

            return Create(lists);
        }
        finally
        {
            foreach (var (_, reader) in lists)
            {
                reader.Dispose();
            }
        }
    }

    /// <summary>Builds a gazetteer from lists (one entry per line, <c>#</c> comments).</summary>
    public static Gazetteer Create(IEnumerable<(GazetteerCategory Category, TextReader List)> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var byFirst = new Dictionary<string, List<(string[] Tail, GazetteerCategory Category)>>(StringComparer.Ordinal);
        foreach (var (category, list) in lists)
        {
            string? line;
            while ((line = list.ReadLine()) != null)
            {
                line = line.Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!byFirst.TryGetValue(parts[0], out var entries))
                {
                    entries = [];
                    byFirst[parts[0]] = entries;
                }

                var rest = parts[1..];
                if (!entries.Exists(e => e.Category == category && e.Tail.AsSpan().SequenceEqual(rest)))
                {
                    entries.Add((rest, category));
                }
            }
        }

        return new Gazetteer(byFirst);
    }

    /// <summary>Number of distinct first tokens.</summary>
    public int FirstTokenCount => _byFirst.Count;

    /// <summary>Whether the single token <paramref name="token"/> is an entry of <paramref name="category"/>.</summary>
    public bool Contains(ReadOnlySpan<char> token, GazetteerCategory category)
    {
        if (!_lookup.TryGetValue(token, out var entries))
        {
            return false;
        }

        foreach (var (rest, c) in entries)
        {
            if (c == category && rest.Length == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token sequence <paramref name="tokens"/> is a whole entry of <paramref name="category"/> (case-sensitive).</summary>
    public bool ContainsEntry(ReadOnlySpan<string> tokens, GazetteerCategory category)
    {
        if (tokens.IsEmpty || !_lookup.TryGetValue(tokens[0], out var entries))
        {
            return false;
        }

        foreach (var (rest, c) in entries)
        {
            if (c == category && rest.AsSpan().SequenceEqual(tokens[1..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Marks every entry occurrence over <paramref name="tokens"/>: for token <c>i</c>, bit
    /// <c>category * 4 + k</c> of <paramref name="masks"/>[i] is set when the token is the whole entry
    /// (k = 0), its first token (1), an inner token (2) or its last token (3).
    /// </summary>
    public void Match(IReadOnlyList<string> tokens, Span<uint> masks) => Match(tokens, masks, ignoreCase: false);

    /// <summary>
    /// As <see cref="Match(IReadOnlyList{string}, Span{uint})"/>; with <paramref name="ignoreCase"/> entries match
    /// in any letter case ("san francisco", "NEW YORK"), for text written without standard capitals; entries without a
    /// lower-case letter (acronyms: "WHO", "ICE") match only as written.
    /// </summary>
    public void Match(IReadOnlyList<string> tokens, Span<uint> masks, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        masks[..tokens.Count].Clear();
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < tokens.Count; i++)
        {
            List<(string[] Tail, GazetteerCategory Category)>? entries;
            if (ignoreCase)
            {
                var token = tokens[i];
                if (token.Length > buffer.Length || !_lowerLookup.TryGetValue(Lower(token, buffer), out entries))
                {
                    continue;
                }
            }
            else if (!_lookup.TryGetValue(tokens[i], out entries))
            {
                continue;
            }

            foreach (var (rest, category) in entries)
            {
                if (i + rest.Length >= tokens.Count)
                {
                    continue;
                }

                var ok = true;
                for (var k = 0; k < rest.Length && ok; k++)
                {
                    ok = string.Equals(tokens[i + 1 + k], rest[k], ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
                }

                if (!ok)
                {
                    continue;
                }

                var shift = (int)category * BitsPerCategory;
                if (rest.Length == 0)
                {
                    masks[i] |= 1u << shift;
                    continue;
                }

                masks[i] |= 2u << shift;
                for (var k = 1; k < rest.Length; k++)
                {
                    masks[i + k] |= 4u << shift;
                }

                masks[i + rest.Length] |= 8u << shift;
            }
        }
    }

    private static bool IsAcronym(string first, string[] tail)
    {
        var upper = false;
        foreach (var token in tail.Prepend(first))
        {
            foreach (var c in token)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                upper |= char.IsUpper(c);
            }
        }

        return upper;
    }

    private static ReadOnlySpan<char> Lower(string token, Span<char> buffer)
    {
        for (var k = 0; k < token.Length; k++)
        {
            buffer[k] = char.ToLowerInvariant(token[k]);
        }

        return buffer[..token.Length];
    }
}
