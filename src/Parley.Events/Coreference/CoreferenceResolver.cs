using Parley.Core;
using Parley.Core.Records;
using Parley.Nlp.Ner;

namespace Parley.Events.Coreference;

/// <summary>
/// Rule-based coreference over the named entities of a document, with token patterns (dependencies are
/// used when present to find subjects):
/// <list type="bullet">
/// <item>names: a full name, its surname or given name alone, and the name after a title
/// ("Jeffrey Lewis" … "Lewis"; "Moon Jae-in" … "Mr. Moon" … "Moon") join one cluster; organisations and
/// places by equal text or acronym ("United States" … "U.S.");</item>
/// <item>appositives: "Shigeru Kitamura, a top Japanese intelligence official," and "a top Japanese
/// intelligence official, Shigeru Kitamura," are mentions of the name's cluster, with the descriptive core
/// ("Japanese intelligence official") exposed as <see cref="MentionRecord.Descriptor"/>; so is a title
/// before a name ("South Korean President");</item>
/// <item>pronouns (he/him/his/himself, she/her/hers/herself): the most recent compatible person that is a
/// subject in the same sentence, else the subject of the previous sentence, else the most recent person;
/// outside quotations, persons inside quotations are skipped;</item>
/// <item>definite descriptions ("the ministry", "the company", "the president") link to the most recent
/// cluster whose name or title holds that noun, or for generic nouns the most recent one of the right type.
/// Plural descriptions ("the two leaders") are left unresolved.</item>
/// </list>
/// Fills <see cref="EntityRecord.Cluster"/> and <see cref="Document.Mentions"/>. Immutable and thread-safe.
/// </summary>
public sealed class CoreferenceResolver : IPipe
{
    /// <summary>Kind of a named mention.</summary>
    public const string NameKind = "name";

    /// <summary>Kind of a pronoun mention.</summary>
    public const string PronounKind = "pronoun";

    /// <summary>Kind of an appositive mention.</summary>
    public const string AppositiveKind = "appositive";

    /// <summary>Kind of a definite description.</summary>
    public const string DescriptionKind = "description";

    private const int Window = 3;

    private static readonly string[] Required = [Annotations.Tokens, Annotations.Sentences, Annotations.Entities];
    private static readonly string[] Assigned = [Annotations.Coreference];

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };

    private static readonly HashSet<string> Evaluative = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "top", "senior", "former", "then", "current", "new", "longtime", "long-time", "prominent",
        "frequent", "veteran", "leading", "well-known", "influential", "outspoken", "retired", "acting", "incoming", "outgoing",
    };

    private static readonly HashSet<string> Boundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "between", "and", "or", "with", "by", "to", "from", "for", "of", "at", "in", "on", "as", "that", "said", "says", "told",
        "including", "like", "when", "while", "after", "before", "but",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "at", "in", "of", "with", "to", "for", "from", "by", "on", "about", "against", "into", "over", "under",
        "than", "like", "between", "among", "toward", "towards", "behind", "via", "per",
    };

    private static readonly HashSet<string> CoreStops = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "who", "which", "from", "with", "whose", "since", "until", "that", "and" };

    private static readonly HashSet<string> AfterAppositive = new(StringComparer.Ordinal) { ",", ".", ";", ")", "and", "—", "–", ":" };

    private static readonly HashSet<string> Male = new(StringComparer.OrdinalIgnoreCase) { "he", "him", "his", "himself" };
    private static readonly HashSet<string> Female = new(StringComparer.OrdinalIgnoreCase) { "she", "her", "hers", "herself" };
    private static readonly HashSet<string> Nominative = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };

    private static readonly Dictionary<string, string> GenericNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ministry"] = "ORG",
        ["company"] = "ORG",
        ["firm"] = "ORG",
        ["group"] = "ORG",
        ["party"] = "ORG",
        ["agency"] = "ORG",
        ["organization"] = "ORG",
        ["organisation"] = "ORG",
        ["government"] = "ORG",
        ["administration"] = "ORG",
        ["department"] = "ORG",
        ["council"] = "ORG",
        ["committee"] = "ORG",
        ["bank"] = "ORG",
        ["university"] = "ORG",
        ["court"] = "ORG",
        ["newspaper"] = "ORG",
        ["paper"] = "ORG",
        ["alliance"] = "ORG",
        ["union"] = "ORG",
        ["bloc"] = "ORG",
        ["commission"] = "ORG",
        ["coalition"] = "ORG",
        ["movement"] = "ORG",
        ["militia"] = "ORG",
        ["broadcaster"] = "ORG",
        ["watchdog"] = "ORG",
        ["regulator"] = "ORG",
        ["tribunal"] = "ORG",
        ["country"] = "LOC",
        ["nation"] = "LOC",
        ["city"] = "LOC",
        ["capital"] = "LOC",
        ["state"] = "LOC",
        ["president"] = "PER",
        ["minister"] = "PER",
        ["leader"] = "PER",
        ["official"] = "PER",
        ["spokesman"] = "PER",
        ["spokeswoman"] = "PER",
        ["chairman"] = "PER",
        ["senator"] = "PER",
        ["governor"] = "PER",
        ["director"] = "PER",
        ["diplomat"] = "PER",
        ["envoy"] = "PER",
        ["ambassador"] = "PER",
        ["premier"] = "PER",
        ["chancellor"] = "PER",
        ["secretary"] = "PER",
        ["general"] = "PER",
        ["king"] = "PER",
        ["queen"] = "PER",
        ["mayor"] = "PER",
    };

    private readonly Gazetteer _gazetteer;

    /// <summary>Creates the resolver over the gazetteer (titles, countries, nationalities).</summary>
    public CoreferenceResolver(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    /// <inheritdoc/>
    public string Name => "coref";

    /// <inheritdoc/>
    public IReadOnlyList<string> Requires => Required;

    /// <inheritdoc/>
    public IReadOnlyList<string> Assigns => Assigned;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var state = new State(document, _gazetteer);
        state.Run(cancellationToken);
        document.MarkAssigned(Annotations.Coreference);
    }

    private sealed class Cluster(int id, string type)
    {
        public int Id { get; } = id;

        public string Type { get; } = type;

        public List<string[]> Names { get; } = [];

        public List<string> DescriptorWords { get; } = [];

        public int Gender { get; set; }

        public bool IsCountry { get; set; }
    }

    private sealed class Mention
    {
        public int First { get; init; }

        public int End { get; init; }

        public required string Kind { get; init; }

        public required Cluster Cluster { get; init; }

        public int Sentence { get; init; }

        public bool Subject { get; init; }

        public bool Quoted { get; init; }

        public int DescriptorFirst { get; init; } = -1;

        public int DescriptorEnd { get; init; } = -1;
    }

    private sealed class State
    {
        private readonly Document _doc;
        private readonly Gazetteer _gaz;
        private readonly string[] _tokens;
        private readonly bool[] _quoted;
        private readonly int[] _entityAt;
        private readonly List<Cluster> _clusters = [];
        private readonly List<Mention> _mentions = [];

        public State(Document document, Gazetteer gazetteer)
        {
            _doc = document;
            _gaz = gazetteer;
            _tokens = new string[document.TokenCount];
            for (var i = 0; i < _tokens.Length; i++)
            {
                _tokens[i] = document.GetTokenSpan(i).ToString();
            }

            _quoted = MarkQuotes(document, _tokens);
            _entityAt = new int[_tokens.Length];
            Array.Fill(_entityAt, -1);
        }

        public void Run(CancellationToken cancellationToken)
        {
            var entities = _doc.Entities;
            var ranges = new (int First, int End)[entities.Count];
            var clusterOf = new Cluster[entities.Count];
            for (var e = 0; e < entities.Count; e++)
            {
                ranges[e] = TokenRange(entities[e].Start, entities[e].End);
                for (var t = ranges[e].First; t < ranges[e].End; t++)
                {
                    _entityAt[t] = e;
                }
            }

            // Names first, in text order, so later names can join earlier clusters.
            for (var e = 0; e < entities.Count; e++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (first, end) = ranges[e];
                if (first >= end)
                {
                    continue;
                }

                var name = _tokens[first..end];
                var cluster = FindCluster(name, entities[e].Type) ?? NewCluster(entities[e].Type, name);
                if (!cluster.Names.Exists(n => n.AsSpan().SequenceEqual(name)))
                {
                    cluster.Names.Add(name);
                }

                clusterOf[e] = cluster;
                var (dFirst, dEnd) = entities[e].Type == "PER" ? TitleBefore(first) : (-1, -1);
                if (dFirst >= 0)
                {
                    AddDescriptorWords(cluster, dFirst, dEnd);
                    if (_tokens[dEnd - 1] is "Mr." or "Mr")
                    {
                        cluster.Gender = 1;
                    }
                    else if (_tokens[dEnd - 1] is "Mrs." or "Mrs" or "Ms." or "Ms" or "Miss")
                    {
                        cluster.Gender = 2;
                    }
                }

                _mentions.Add(new Mention
                {
                    First = first,
                    End = end,
                    Kind = NameKind,
                    Cluster = cluster,
                    Sentence = _doc.GetTokenSentence(first),
                    Subject = IsSubject(dFirst >= 0 ? dFirst : first, end),
                    Quoted = _quoted[first],
                    DescriptorFirst = dFirst,
                    DescriptorEnd = dEnd,
                });
                Appositives(e, first, end, cluster);
            }

            Descriptions();
            _mentions.Sort((a, b) => a.First.CompareTo(b.First));
            Pronouns(cancellationToken);
            Write(entities, clusterOf);
        }

        private void Write(List<EntityRecord> entities, Cluster[] clusterOf)
        {
            // Renumber clusters by first mention so ids are stable and in text order.
            var order = new Dictionary<Cluster, int>();
            foreach (var m in _mentions)
            {
                order.TryAdd(m.Cluster, order.Count);
            }

            for (var e = 0; e < entities.Count; e++)
            {
                if (clusterOf[e] is { } c && order.TryGetValue(c, out var id))
                {
                    entities[e] = entities[e] with { Cluster = id };
                }
            }

            _doc.Mentions.Clear();
            foreach (var m in _mentions)
            {
                var start = _doc.GetTokenStart(m.First);
                var end = _doc.GetTokenEnd(m.End - 1);
                TextSpan? descriptor = null;
                if (m.DescriptorFirst >= 0 && m.DescriptorEnd > m.DescriptorFirst)
                {
                    var ds = _doc.GetTokenStart(m.DescriptorFirst);
                    var de = _doc.GetTokenEnd(m.DescriptorEnd - 1);
                    descriptor = new TextSpan { Start = ds, End = de, Text = _doc.Text[ds..de] };
                }

                _doc.Mentions.Add(new MentionRecord
                {
                    Start = start,
                    End = end,
                    Text = _doc.Text[start..end],
                    Kind = m.Kind,
                    Sentence = m.Sentence,
                    Cluster = order[m.Cluster],
                    Type = m.Cluster.Type,
                    Descriptor = descriptor,
                });
            }
        }

        private Cluster NewCluster(string type, string[] name)
        {
            var cluster = new Cluster(_clusters.Count, type)
            {
                IsCountry = type == "LOC" && _gaz.Contains(string.Join(' ', name), GazetteerCategory.Country),
            };
            if (type == "LOC" && !cluster.IsCountry && name.Length > 1)
            {
                cluster.IsCountry = IsGazetteerPhrase(name, GazetteerCategory.Country);
            }

            _clusters.Add(cluster);
            return cluster;
        }

        private bool IsGazetteerPhrase(string[] name, GazetteerCategory category)
        {
            Span<uint> masks = stackalloc uint[name.Length];
            _gaz.Match(name, masks);
            var shift = (int)category * Gazetteer.BitsPerCategory;
            return name.Length == 1 ? (masks[0] & (1u << shift)) != 0 : (masks[0] & (2u << shift)) != 0 && (masks[^1] & (8u << shift)) != 0;
        }

        private Cluster? FindCluster(string[] name, string type)
        {
            for (var c = _clusters.Count - 1; c >= 0; c--)
            {
                var cluster = _clusters[c];
                if (cluster.Type != type)
                {
                    continue;
                }

                var match = false;
                var conflict = false;
                foreach (var known in cluster.Names)
                {
                    var same = SameName(name, known, type);
                    match |= same;

                    // "Kim Song Hye" must not join the cluster of "Kim Jong-un" through a bare "Kim".
                    conflict |= type == "PER" && name.Length > 1 && known.Length > 1 && !same;
                }

                if (match && !conflict)
                {
                    return cluster;
                }
            }

            // Places and organisations are often confused with each other ("North Korea" as ORG and as LOC):
            // the same name is the same cluster.
            if (type is "LOC" or "ORG")
            {
                for (var c = _clusters.Count - 1; c >= 0; c--)
                {
                    var cluster = _clusters[c];
                    if (cluster.Type is "LOC" or "ORG" && cluster.Names.Exists(n => n.AsSpan().SequenceEqual(name)))
                    {
                        return cluster;
                    }
                }
            }

            return null;
        }

        private static bool SameName(string[] a, string[] b, string type)
        {
            if (a.AsSpan().SequenceEqual(b))
            {
                return true;
            }

            if (type == "PER")
            {
                // "Lewis" / "Jeffrey Lewis"; "Moon" / "Moon Jae-in"; "Donald Trump" / "Donald J. Trump".
                if (a.Length == 1 || b.Length == 1)
                {
                    var single = a.Length == 1 ? a[0] : b[0];
                    var longer = a.Length == 1 ? b : a;
                    return single.Length > 1 && char.IsUpper(single[0]) && Array.IndexOf(longer, single) >= 0;
                }

                return string.Equals(a[^1], b[^1], StringComparison.Ordinal) && string.Equals(a[0], b[0], StringComparison.Ordinal);
            }

            var x = Normalise(a);
            var y = Normalise(b);
            return string.Equals(x, y, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(x, Initials(b), StringComparison.Ordinal) ||
                string.Equals(y, Initials(a), StringComparison.Ordinal) ||
                string.Equals(Strip(x), Strip(y), StringComparison.OrdinalIgnoreCase);
        }

        private static string Normalise(string[] name) => string.Join(' ', name).Replace(".", string.Empty, StringComparison.Ordinal);

        private static string Strip(string name) => name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

        private static string Initials(string[] name)
        {
            if (name.Length < 2)
            {
                return string.Empty;
            }

            Span<char> initials = stackalloc char[name.Length];
            var n = 0;
            foreach (var part in name)
            {
                if (part.Length > 0 && char.IsUpper(part[0]))
                {
                    initials[n++] = part[0];
                }
            }

            return n >= 2 ? initials[..n].ToString() : string.Empty;
        }

        // A title run just before a name: "Mr.", "President", "South Korean President", "Secretary of State",
        // "Japan's Prime Minister". Returns the token range, or (-1, -1).
        private (int First, int End) TitleBefore(int first)
        {
            var sentenceStart = _doc.GetSentence(_doc.GetTokenSentence(first)).FirstToken;
            var t = first - 1;
            var sawTitle = false;
            var start = first;
            while (t >= sentenceStart && first - t <= 6)
            {
                var token = _tokens[t];
                if (_gaz.Contains(token, GazetteerCategory.Title) || (t > sentenceStart && _gaz.Contains(_tokens[t - 1] + " " + token, GazetteerCategory.Title)))
                {
                    sawTitle = true;
                    start = t;
                }
                else if (sawTitle && (_gaz.Contains(token, GazetteerCategory.Nationality) || (token is "of" or "State" or "Foreign" or "Defense" or "Defence" or "Prime" or "Vice" or "Deputy" or "Chief" or "former" or "Former")))
                {
                    start = t;
                }
                else if (sawTitle && token is "’s" or "'s" && t > sentenceStart && _entityAt[t - 1] >= 0 && _doc.Entities[_entityAt[t - 1]].Type == "LOC")
                {
                    start = t - 1;
                    while (start > sentenceStart && _entityAt[start - 1] == _entityAt[t - 1])
                    {
                        start--;
                    }

                    t = start;
                }
                else if (sawTitle && _entityAt[t] >= 0 && _doc.Entities[_entityAt[t]].Type == "LOC" && t + 1 == start)
                {
                    // "U.S. President", "North Korean leader" spelled as a place name.
                    start = t;
                    while (start > sentenceStart && _entityAt[start - 1] == _entityAt[t])
                    {
                        start--;
                    }

                    t = start;
                }
                else if (!(token is "Minister" or "President" or "Secretary" or "General" or "Prime"))
                {
                    break;
                }
                else
                {
                    sawTitle = true;
                    start = t;
                }

                t--;
            }

            return sawTitle ? (start, first) : (-1, -1);
        }

        private void AddDescriptorWords(Cluster cluster, int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                cluster.DescriptorWords.Add(_tokens[t]);
            }
        }

        private bool IsSubject(int first, int end)
        {
            if (_quoted[first])
            {
                return false;
            }

            if (_doc.Relations is { } relations)
            {
                // The mention's head (the token whose head lies outside it) must be the subject: "Kim" inside
                // "the Trump-Kim summit" is no subject even when the parser hangs something on it as one.
                var heads = _doc.Heads;
                for (var t = first; t < end; t++)
                {
                    var outside = heads is null || heads[t] < first || heads[t] >= end;
                    if (outside && relations[t].StartsWith("nsubj", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }

            var sentenceStart = _doc.GetSentence(_doc.GetTokenSentence(first)).FirstToken;
            if (first > sentenceStart && Prepositions.Contains(_tokens[first - 1]))
            {
                return false;
            }

            if (end < _tokens.Length && _doc.GetTokenSentence(end) == _doc.GetTokenSentence(first))
            {
                var next = _tokens[end];
                if (next is "'s" or "’s" or "'" or "’" or "-" or "–")
                {
                    return false;
                }
            }

            return true;
        }

        private void Appositives(int entity, int first, int end, Cluster cluster)
        {
            var sentence = _doc.GetSentence(_doc.GetTokenSentence(first));

            // After the name: "Jeffrey Lewis, the director of …, and"
            if (end + 1 < sentence.EndToken && _tokens[end] == "," && StartsDescription(end + 1))
            {
                var stop = end + 1;
                var clause = false;
                while (stop < sentence.EndToken && stop - end <= 16 && _tokens[stop] is not ("," or "." or ";" or ")" or "—" or "–" or ":" or "“" or "\""))
                {
                    // "According to Reuters, Israel struck a school": a finite verb before any relative pronoun makes
                    // the words after the comma a clause of their own, not a description of the name.
                    if (_tokens[stop] is "who" or "whose" or "which" or "that")
                    {
                        break;
                    }

                    clause |= _doc.Xpos?[stop] is "VBD" or "VBZ" or "VBP" or "MD";
                    stop++;
                }

                if (!clause && stop < sentence.EndToken && stop - end <= 16 && stop > end + 1 && HasNoun(end + 1, stop))
                {
                    AddAppositive(end + 1, stop, cluster);
                    return;
                }
            }

            // Before the name: "a top Japanese intelligence official, Shigeru Kitamura, and"
            if (first - 2 >= sentence.FirstToken && _tokens[first - 1] == "," &&
                (end >= sentence.EndToken || AfterAppositive.Contains(_tokens[end])))
            {
                var last = first - 2;
                if (!IsLowerWord(_tokens[last]) && !_gaz.Contains(_tokens[last], GazetteerCategory.Title))
                {
                    return;
                }

                var start = -1;
                for (var t = last; t >= sentence.FirstToken && last - t < 12; t--)
                {
                    var token = _tokens[t];
                    if (Determiners.Contains(token))
                    {
                        start = t;
                        break;
                    }

                    if (token is "’s" or "'s" && t > sentence.FirstToken && _entityAt[t - 1] >= 0)
                    {
                        start = t - 1;
                        while (start > sentence.FirstToken && _entityAt[start - 1] == _entityAt[t - 1])
                        {
                            start--;
                        }

                        break;
                    }

                    if (token is "," or "." or ";" or "“" or "”" or "\"" or "(" || (_entityAt[t] >= 0 && _entityAt[t] != entity && _doc.Entities[_entityAt[t]].Type != "LOC"))
                    {
                        break;
                    }
                }

                if (start >= 0 && (start == sentence.FirstToken || Boundaries.Contains(_tokens[start - 1]) || _tokens[start - 1] is "," or "(" or "—") && HasNoun(start, first - 1))
                {
                    AddAppositive(start, first - 1, cluster);
                }
            }
        }

        private bool StartsDescription(int t)
        {
            var token = _tokens[t];
            if (token is "who" or "which" or "whose" or "said" or "says" or "told" or "and" or "but")
            {
                return false;
            }

            return Determiners.Contains(token) || Evaluative.Contains(token) ||
                _gaz.Contains(token, GazetteerCategory.Nationality) || _gaz.Contains(token, GazetteerCategory.Title) ||
                (_entityAt[t] >= 0 && _doc.Entities[_entityAt[t]].Type == "LOC");
        }

        private bool HasNoun(int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (IsLowerWord(_tokens[t]) && !Determiners.Contains(_tokens[t]) && !Evaluative.Contains(_tokens[t]))
                {
                    return true;
                }

                if (_gaz.Contains(_tokens[t], GazetteerCategory.Title))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsLowerWord(string token) => token.Length > 1 && char.IsLower(token[0]);

        private void AddAppositive(int first, int end, Cluster cluster)
        {
            // The core drops determiners and evaluative adjectives and stops before clauses and most prepositions.
            var coreFirst = first;
            while (coreFirst < end - 1 && Evaluative.Contains(_tokens[coreFirst]))
            {
                coreFirst++;
            }

            var coreEnd = coreFirst + 1;
            while (coreEnd < end && !CoreStops.Contains(_tokens[coreEnd]))
            {
                coreEnd++;
            }

            AddDescriptorWords(cluster, coreFirst, coreEnd);
            _mentions.Add(new Mention
            {
                First = first,
                End = end,
                Kind = AppositiveKind,
                Cluster = cluster,
                Sentence = _doc.GetTokenSentence(first),
                Subject = false,
                Quoted = _quoted[first],
                DescriptorFirst = coreFirst,
                DescriptorEnd = coreEnd,
            });
        }

        private void Descriptions()
        {
            var covered = new bool[_tokens.Length];
            foreach (var m in _mentions)
            {
                for (var t = m.First; t < m.End; t++)
                {
                    covered[t] = true;
                }
            }

            var names = _mentions.Where(m => m.Kind == NameKind).OrderBy(m => m.First).ToList();
            for (var t = 0; t + 1 < _tokens.Length; t++)
            {
                if (!string.Equals(_tokens[t], "the", StringComparison.OrdinalIgnoreCase) || covered[t] || covered[t + 1])
                {
                    continue;
                }

                var noun = _tokens[t + 1];
                if (!GenericNouns.TryGetValue(noun, out var type) || _doc.GetTokenSentence(t + 1) != _doc.GetTokenSentence(t))
                {
                    continue;
                }

                // "the president of …", "the ministry's": keep it simple, the next token must not continue the noun phrase with a name.
                if (t + 2 < _tokens.Length && (_tokens[t + 2] == "of" || (char.IsUpper(_tokens[t + 2][0]) && _entityAt[t + 2] >= 0)))
                {
                    continue;
                }

                var sentence = _doc.GetTokenSentence(t);
                Cluster? found = null;
                Cluster? generic = null;
                for (var k = names.Count - 1; k >= 0; k--)
                {
                    var m = names[k];
                    if (m.First >= t)
                    {
                        continue;
                    }

                    if (m.Sentence < sentence - Window)
                    {
                        break;
                    }

                    var c = m.Cluster;
                    if (c.Type != type)
                    {
                        continue;
                    }

                    if (Holds(c, noun))
                    {
                        found = c;
                        break;
                    }

                    if (type == "LOC" && (noun is "country" or "nation") && c.IsCountry)
                    {
                        found = c;
                        break;
                    }

                    if (type != "PER")
                    {
                        generic ??= c;
                    }
                }

                var cluster = found ?? generic;
                if (cluster is null)
                {
                    continue;
                }

                _mentions.Add(new Mention
                {
                    First = t,
                    End = t + 2,
                    Kind = DescriptionKind,
                    Cluster = cluster,
                    Sentence = sentence,
                    Subject = IsSubject(t, t + 2) || t == _doc.GetSentence(sentence).FirstToken,
                    Quoted = _quoted[t],
                });
                covered[t] = covered[t + 1] = true;
            }
        }

        private static bool Holds(Cluster c, string noun)
        {
            foreach (var name in c.Names)
            {
                foreach (var part in name)
                {
                    if (string.Equals(part, noun, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            foreach (var word in c.DescriptorWords)
            {
                if (string.Equals(word, noun, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private void Pronouns(CancellationToken cancellationToken)
        {
            var resolved = new List<Mention>(_mentions);
            var result = new List<Mention>(_mentions);
            var next = 0;
            for (var p = 0; p < _tokens.Length; p++)
            {
                var token = _tokens[p];
                var male = Male.Contains(token);
                if (!male && !Female.Contains(token))
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                while (next < resolved.Count && resolved[next].First < p)
                {
                    next++;
                }

                var gender = male ? 1 : 2;
                var cluster = Antecedent(resolved, next, p, gender);
                if (cluster is null)
                {
                    continue;
                }

                if (cluster.Gender == 0)
                {
                    cluster.Gender = gender;
                }

                var mention = new Mention
                {
                    First = p,
                    End = p + 1,
                    Kind = PronounKind,
                    Cluster = cluster,
                    Sentence = _doc.GetTokenSentence(p),
                    Subject = Nominative.Contains(token) && !_quoted[p],
                    Quoted = _quoted[p],
                };
                resolved.Insert(next, mention);
                next++;
                result.Add(mention);
            }

            result.Sort((a, b) => a.First.CompareTo(b.First));
            _mentions.Clear();
            _mentions.AddRange(result);
        }

        private Cluster? Antecedent(List<Mention> mentions, int before, int pronoun, int gender)
        {
            var sentence = _doc.GetTokenSentence(pronoun);
            var quoted = _quoted[pronoun];
            bool Compatible(Mention m) => m.Cluster.Type == "PER" && (m.Cluster.Gender == 0 || m.Cluster.Gender == gender) && (quoted || !m.Quoted) &&
                                          !IsModifier(m.First, m.End);

            // 1. The most recent subject before the pronoun in its own sentence.
            Mention? sameSentence = null;
            for (var k = before - 1; k >= 0 && mentions[k].Sentence == sentence; k--)
            {
                var m = mentions[k];
                if (!Compatible(m))
                {
                    continue;
                }

                if (m.Subject)
                {
                    return m.Cluster;
                }

                sameSentence ??= m;
            }

            // 2. The subject of the previous sentences (the first subject in each), nearest first.
            for (var s = sentence - 1; s >= Math.Max(0, sentence - Window); s--)
            {
                Mention? first = null;
                Mention? last = null;
                for (var k = before - 1; k >= 0 && mentions[k].Sentence >= s; k--)
                {
                    var m = mentions[k];
                    if (m.Sentence != s || !Compatible(m))
                    {
                        continue;
                    }

                    last ??= m;
                    if (m.Subject)
                    {
                        first = m;
                    }
                }

                if (first != null)
                {
                    return first.Cluster;
                }

                if (sameSentence != null)
                {
                    return sameSentence.Cluster;
                }

                if (last != null)
                {
                    return last.Cluster;
                }
            }

            return sameSentence?.Cluster;
        }

        /// <summary>
        /// A name that only modifies a noun after it — "the Henry L. Stimson Center", "the Trump-Kim summit" —
        /// names no one a pronoun could point back to.
        /// </summary>
        private bool IsModifier(int first, int end)
        {
            if (_doc.Relations is not { } relations || _doc.Heads is not { } heads)
            {
                return false;
            }

            for (var t = first; t < end; t++)
            {
                if (heads[t] >= end && relations[t] == "compound")
                {
                    return true;
                }
            }

            return false;
        }

        private (int First, int End) TokenRange(int start, int end)
        {
            var first = _doc.TokenStarts.BinarySearch(start);
            if (first < 0)
            {
                first = ~first;
            }

            var last = first;
            while (last < _tokens.Length && _doc.GetTokenStart(last) < end)
            {
                last++;
            }

            return (first, last);
        }

        private static bool[] MarkQuotes(Document document, string[] tokens)
        {
            var quoted = new bool[tokens.Length];
            var open = false;
            var paragraph = -1;
            for (var t = 0; t < tokens.Length; t++)
            {
                var p = document.GetSentence(document.GetTokenSentence(t)).Paragraph;
                if (p != paragraph)
                {
                    paragraph = p;
                    open = false;
                }

                var token = tokens[t];
                if (token is "“" or "«")
                {
                    open = true;
                    quoted[t] = true;
                    continue;
                }

                if (token is "”" or "»")
                {
                    quoted[t] = true;
                    open = false;
                    continue;
                }

                if (token is "\"" or "``" or "''")
                {
                    quoted[t] = true;
                    open = token switch
                    {
                        "``" => true,
                        "''" => false,
                        _ => !open,
                    };
                    continue;
                }

                quoted[t] = open;
            }

            return quoted;
        }
    }
}
