namespace Parley.Events.Actors;

/// <summary>
/// Collects actor data from Parley's own files (<c>docs/formats/actors.md</c>) and from PETRARCH
/// dictionaries, then compiles it into an immutable <see cref="ActorKnowledgeBase"/>. Not thread-safe;
/// the built knowledge base is.
/// </summary>
public sealed class ActorKnowledgeBaseBuilder
{
    private readonly List<EntryDraft> _entries = [];
    private readonly Dictionary<string, int> _personByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Lexeme>> _lexicon = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Entry, bool Imported, string Source)> _nameOwner = new(StringComparer.Ordinal);
    private readonly List<SectorWord> _words = [];
    private readonly Dictionary<string, int> _wordByPhrase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SectorInfo> _sectors = new(StringComparer.Ordinal);
    private readonly List<OfficeTerm> _officeTerms = [];
    private readonly List<string> _warnings = [];

    /// <summary>Adds the data files embedded in Parley.Events (<c>data/actors/*.txt</c>).</summary>
    public ActorKnowledgeBaseBuilder AddBuiltIn()
    {
        var assembly = typeof(ActorKnowledgeBaseBuilder).Assembly;
        foreach (var name in ActorKnowledgeBase.BuiltInResources)
        {
            using var stream = assembly.GetManifestResourceStream(ActorKnowledgeBase.ResourcePrefix + name)
                ?? throw new ActorDataException($"The built-in actor file '{name}' is missing from Parley.Events; rebuild the library.");
            using var reader = new StreamReader(stream);
            Add(reader, name);
        }

        return this;
    }

    /// <summary>Adds one file in Parley's actor format. <paramref name="name"/> is used in error messages.</summary>
    /// <exception cref="ActorDataException">A line is malformed or a name clashes with another actor.</exception>
    public ActorKnowledgeBaseBuilder Add(TextReader reader, string name)
    {
        new ActorDataReader(this, name).Read(reader);
        return this;
    }

    /// <summary>Adds one file in Parley's actor format from a stream (UTF-8).</summary>
    public ActorKnowledgeBaseBuilder Add(Stream stream, string name)
    {
        using var reader = new StreamReader(stream, leaveOpen: true);
        return Add(reader, name);
    }

    /// <summary>
    /// Adds a PETRARCH/TABARI actor dictionary (<c>Phoenix.Countries.actors.txt</c> style). Names already
    /// defined keep their first definition; each clash is recorded in <see cref="ActorKnowledgeBase.Warnings"/>.
    /// </summary>
    public ActorKnowledgeBaseBuilder AddPetrarchActors(TextReader reader, string name)
    {
        new PetrarchDictionaryReader(this, name).ReadActors(reader);
        return this;
    }

    /// <summary>Adds a PETRARCH agents dictionary (<c>Phoenix.agents.txt</c> style) to the sector vocabulary.</summary>
    public ActorKnowledgeBaseBuilder AddPetrarchAgents(TextReader reader, string name)
    {
        new PetrarchDictionaryReader(this, name).ReadAgents(reader);
        return this;
    }

    /// <summary>Compiles everything added so far.</summary>
    public ActorKnowledgeBase Build()
    {
        var entries = new ActorEntry[_entries.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = _entries[i].ToEntry();
        }

        var lexicon = new Dictionary<string, Lexeme[]>(_lexicon.Count, StringComparer.Ordinal);
        var maxTokens = 1;
        foreach (var (key, list) in _lexicon)
        {
            lexicon[key] = [.. list];
            var tokens = 1;
            foreach (var c in key)
            {
                if (c == ' ')
                {
                    tokens++;
                }
            }

            maxTokens = Math.Max(maxTokens, tokens);
        }

        return new ActorKnowledgeBase(entries, lexicon, maxTokens, [.. _words], new Dictionary<string, SectorInfo>(_sectors), [.. _officeTerms], [.. _warnings]);
    }

    internal int EntryCount => _entries.Count;

    internal void Warn(string message) => _warnings.Add(message);

    internal int AddEntry(string name, ActorKind kind, string? defaultCode, string source, string? country = null,
        string? metonymSector = null, IReadOnlyList<string>? members = null, IEnumerable<DatedCode>? terms = null)
    {
        var draft = new EntryDraft(name, kind, defaultCode, source)
        {
            Country = country,
            MetonymSector = metonymSector,
            Members = members ?? [],
        };
        if (terms is not null)
        {
            draft.Terms.AddRange(terms);
        }

        _entries.Add(draft);
        return _entries.Count - 1;
    }

    internal EntryDraft Entry(int index) => _entries[index];

    /// <summary>Finds or creates the person called <paramref name="name"/> (one person per canonical name).</summary>
    internal int Person(string name, string source, out bool created)
    {
        if (_personByName.TryGetValue(name, out var index))
        {
            created = false;
            return index;
        }

        index = AddEntry(name, ActorKind.Person, null, source);
        _personByName[name] = index;
        created = true;
        return index;
    }

    internal void AddOfficeTerm(OfficeTerm term) => _officeTerms.Add(term);

    /// <summary>
    /// Registers <paramref name="alias"/> for entry <paramref name="entry"/>. A name already owned by another
    /// entry is an error when both come from Parley's files, and a recorded warning otherwise (first wins).
    /// </summary>
    internal void AddName(string alias, int entry, string file, int line, bool imported)
    {
        var key = NameKey(alias);
        if (key.Length == 0)
        {
            throw new ActorDataException(file, line, $"the name '{alias}' has no letters; remove it.");
        }

        var source = $"{file}:{line}";
        if (_nameOwner.TryGetValue(key, out var owner))
        {
            if (owner.Entry == entry)
            {
                return;
            }

            if (!imported && !owner.Imported)
            {
                throw new ActorDataException(file, line,
                    $"the name '{alias}' already names {_entries[owner.Entry].Name} ({owner.Source}); a name must resolve to one actor — remove one of them.");
            }

            _warnings.Add($"{source}: '{alias}' is already defined at {owner.Source}; the first definition is kept.");
            return;
        }

        _nameOwner[key] = (entry, imported, source);
        Append(key, new Lexeme(LexemeKind.Entry, entry, IsAcronym(alias, imported ? 3 : 6), NeedsCapital(_entries[entry].Kind)));
    }

    /// <summary>Registers a bare surname of a person; several people may share one.</summary>
    internal void AddSurname(string surname, int person)
    {
        var key = NameKey(surname);
        if (key.Length == 0)
        {
            return;
        }

        if (_lexicon.TryGetValue(key, out var list))
        {
            foreach (var l in list)
            {
                if (l.Kind == LexemeKind.Surname && l.Index == person)
                {
                    return;
                }
            }
        }

        Append(key, new Lexeme(LexemeKind.Surname, person, false, true));
    }

    internal void AddSector(SectorInfo sector, string file, int line)
    {
        if (!_sectors.TryAdd(sector.Code, sector))
        {
            throw new ActorDataException(file, line, $"the sector {sector.Code} is defined twice; keep one definition.");
        }
    }

    internal bool HasSector(string code) => _sectors.ContainsKey(code);

    internal void AddWord(string phrase, SectorWordRole role, string? code, bool prefix, string file, int line, bool imported)
    {
        var key = PhraseTokenizer.NormalizeName(phrase);
        if (key.Length == 0)
        {
            throw new ActorDataException(file, line, $"the phrase '{phrase}' has no letters; remove it.");
        }

        if (_wordByPhrase.TryGetValue(key, out var existing))
        {
            var old = _words[existing];
            if (old.Role == role && old.Code == code && old.IsPrefix == prefix)
            {
                return;
            }

            if (!imported)
            {
                throw new ActorDataException(file, line,
                    $"the phrase '{phrase}' is already defined at {old.Source} as {old.Role} {old.Code}; keep one definition.");
            }

            _warnings.Add($"{file}:{line}: '{phrase}' is already defined at {old.Source}; the first definition is kept.");
            return;
        }

        _words.Add(new SectorWord(phrase, role, code, prefix, $"{file}:{line}"));
        _wordByPhrase[key] = _words.Count - 1;
        Append(key, new Lexeme(LexemeKind.Word, _words.Count - 1, false, false));
    }

    /// <summary>The look-up key of a name: normalised, without a leading "the" (skipped as a determiner in phrases).</summary>
    internal static string NameKey(string name)
    {
        var key = PhraseTokenizer.NormalizeName(name);
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    private void Append(string key, Lexeme lexeme)
    {
        if (!_lexicon.TryGetValue(key, out var list))
        {
            list = new List<Lexeme>(1);
            _lexicon[key] = list;
        }

        list.Add(lexeme);
    }

    /// <summary>
    /// All-capital names without periods ("WHO", "US", "EU") match only when written in capitals. PETRARCH
    /// dictionaries write every name in capitals, so there only names of up to three letters count.
    /// </summary>
    private static bool IsAcronym(string alias, int maxLetters)
    {
        var letters = 0;
        foreach (var c in alias)
        {
            if (char.IsLower(c) || c == '.')
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 0 && letters <= maxLetters;
    }

    private static bool NeedsCapital(ActorKind kind) => kind is not ActorKind.Imported;

    /// <summary>Mutable form of an <see cref="ActorEntry"/> while loading.</summary>
    internal sealed class EntryDraft(string name, ActorKind kind, string? defaultCode, string source)
    {
        public string Name { get; } = name;

        public ActorKind Kind { get; } = kind;

        public string? DefaultCode { get; set; } = defaultCode;

        public string Source { get; } = source;

        public List<DatedCode> Terms { get; } = [];

        public string? Country { get; set; }

        public string? MetonymSector { get; init; }

        public IReadOnlyList<string> Members { get; init; } = [];

        public ActorEntry ToEntry() => new(Name, Kind, DefaultCode, Terms.ToArray(), Source)
        {
            Country = Country,
            MetonymSector = MetonymSector,
            Members = Members,
        };
    }
}
