namespace Parley.Events.Actors;

/// <summary>
/// Immutable, thread-safe actor knowledge base: countries, organisations, people with dated terms and the
/// sector vocabulary, compiled into one dictionary keyed by normalised phrase (span look-ups, no allocation).
/// Build it with <see cref="LoadBuiltIn"/>, <see cref="Load(TextReader, string)"/> or <see cref="CreateBuilder"/>.
/// </summary>
public sealed class ActorKnowledgeBase
{
    internal const string ResourcePrefix = "Parley.Events.Actors.";

    /// <summary>Built-in data files, in load order (sectors first: the others refer to them).</summary>
    internal static readonly string[] BuiltInResources =
        ["sectors.txt", "countries.txt", "organisations.txt", "leaders.txt", "ministers.txt"];

    private readonly Dictionary<string, Lexeme[]> _lexicon;
    private readonly Dictionary<string, Lexeme[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal ActorKnowledgeBase(ActorEntry[] entries, Dictionary<string, Lexeme[]> lexicon, int maxPhraseTokens,
        SectorWord[] words, Dictionary<string, SectorInfo> sectors, OfficeTerm[] officeTerms, string[] warnings)
    {
        Entries = entries;
        _lexicon = lexicon;
        _lookup = lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxPhraseTokens = maxPhraseTokens;
        Words = words;
        Sectors = sectors;
        OfficeTerms = officeTerms;
        Warnings = warnings;
    }

    /// <summary>Every named actor.</summary>
    public IReadOnlyList<ActorEntry> Entries { get; }

    /// <summary>The sector vocabulary (sector words, topic nouns, modifiers, prepositions).</summary>
    public IReadOnlyList<SectorWord> Words { get; }

    /// <summary>Declared sectors by code.</summary>
    public IReadOnlyDictionary<string, SectorInfo> Sectors { get; }

    /// <summary>Every term of office as written, for validation and reports.</summary>
    public IReadOnlyList<OfficeTerm> OfficeTerms { get; }

    /// <summary>Non-fatal notes from loading (names defined twice in imported dictionaries, skipped lines).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Longest name in tokens.</summary>
    public int MaxPhraseTokens { get; }

    /// <summary>Number of distinct normalised phrases.</summary>
    public int PhraseCount => _lexicon.Count;

    /// <summary>Starts an empty builder.</summary>
    public static ActorKnowledgeBaseBuilder CreateBuilder() => new();

    /// <summary>Loads the data embedded in Parley.Events.</summary>
    public static ActorKnowledgeBase LoadBuiltIn() => new ActorKnowledgeBaseBuilder().AddBuiltIn().Build();

    /// <summary>Loads one file in Parley's actor format (it must declare its own sectors).</summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="name">Name used in error messages.</param>
    public static ActorKnowledgeBase Load(TextReader reader, string name) => new ActorKnowledgeBaseBuilder().Add(reader, name).Build();

    /// <summary>Loads one UTF-8 file in Parley's actor format (it must declare its own sectors).</summary>
    public static ActorKnowledgeBase Load(Stream stream, string name) => new ActorKnowledgeBaseBuilder().Add(stream, name).Build();

    /// <summary>The entries a name stands for exactly (case-insensitive; "the" dropped), without dates.</summary>
    public IReadOnlyList<ActorEntry> Find(string name)
    {
        var key = ActorKnowledgeBaseBuilder.NameKey(name);
        if (!_lexicon.TryGetValue(key, out var lexemes))
        {
            return [];
        }

        var found = new List<ActorEntry>();
        foreach (var l in lexemes)
        {
            if (l.Kind is LexemeKind.Entry or LexemeKind.Surname)
            {
                found.Add(Entries[l.Index]);
            }
        }

        return found;
    }

    /// <summary>Counts by kind, for reports: countries, organisations, people, terms, sector words.</summary>
    public ActorKnowledgeBaseStats GetStats()
    {
        int countries = 0, organisations = 0, people = 0, terms = 0, imported = 0;
        foreach (var e in Entries)
        {
            switch (e.Kind)
            {
                case ActorKind.Country:
                    countries++;
                    break;
                case ActorKind.Organisation:
                    organisations++;
                    break;
                case ActorKind.Person:
                    people++;
                    terms += e.Terms.Count;
                    break;
                case ActorKind.Imported:
                    imported++;
                    break;
            }
        }

        var sectorWords = 0;
        foreach (var w in Words)
        {
            if (w.Role is SectorWordRole.Sector or SectorWordRole.Topic or SectorWordRole.Administration)
            {
                sectorWords++;
            }
        }

        return new ActorKnowledgeBaseStats(countries, organisations, people, terms, sectorWords, imported, _lexicon.Count);
    }

    internal bool TryLookup(ReadOnlySpan<char> normalized, out Lexeme[] lexemes) => _lookup.TryGetValue(normalized, out lexemes!);
}
