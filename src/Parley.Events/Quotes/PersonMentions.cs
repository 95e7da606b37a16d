using Parley.Core;

namespace Parley.Events.Quotes;

/// <summary>A candidate speaker: a span of words and whether it names a person.</summary>
internal readonly record struct Mention(int FirstWord, int EndWord, bool IsPerson, bool IsPossessive);

/// <summary>
/// Finds person names without a tagger: runs of capitalised words, minus leading function words and
/// titles, that contain no organisation, place or nationality word. Two or more words make a name; a
/// single word counts when a title stood before it ("Mr. Moon") or when it is the surname of a longer
/// name seen in the document ("Wit" after "Joel Wit"). PER/ORG/LOC entities on the document, when a
/// recogniser has run, override the guess.
/// </summary>
internal sealed class PersonMentions
{
    private readonly TextWords _w;
    private readonly bool[] _quoted;
    private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);
    private readonly List<(int Start, int End, bool Person)> _entities = [];

    public PersonMentions(TextWords words, bool[] quoted, Document? document)
    {
        _w = words;
        _quoted = quoted;
        if (document is not null)
        {
            foreach (var e in document.Entities)
            {
                _entities.Add((e.Start, e.End, e.Type is "PER" or "PERSON"));
            }
        }

        // First pass: full names anywhere in the document teach the surnames.
        var i = 0;
        while (i < words.Count)
        {
            if (quoted[i] || !words.IsCapitalized(i) || !(words.IsCapitalized(i + 1) || words.IsChar(i + 1, '.') || (words.IsWord(i + 1) && words.Span(i + 1).Contains('-'))))
            {
                i++;
                continue;
            }

            var runEnd = RunEnd(i, words.Count);
            if (Classify(i, runEnd, learn: true) is { IsPerson: true } m && m.EndWord - m.FirstWord >= 2)
            {
                _surnames.Add(words.Get(m.EndWord - 1));
            }

            i = runEnd;
        }
    }

    public bool IsKnownSurname(int word) => _surnames.Contains(_w.Get(word));

    /// <summary>Capitalised runs outside quotes in sentence <paramref name="s"/>, classified.</summary>
    public List<Mention> InSentence(int s) => InSentence(s, learn: false);

    private List<Mention> InSentence(int s, bool learn)
    {
        var list = new List<Mention>();
        var first = _w.WordAt(_w.SentenceStart(s));
        var end = _w.WordAt(_w.SentenceEnd(s));
        var i = first;
        while (i < end)
        {
            if (_quoted[i] || !_w.IsCapitalized(i))
            {
                i++;
                continue;
            }

            var runEnd = RunEnd(i, end);
            var possessive = _w.IsPossessive(runEnd);
            if (Classify(i, runEnd, learn) is { } m)
            {
                list.Add(m with { IsPossessive = possessive });
            }

            i = runEnd;
        }

        return list;
    }

    /// <summary>The end of the capitalised run starting at <paramref name="i"/>.</summary>
    public int RunEnd(int i, int limit)
    {
        var j = i + 1;
        while (j < limit && !_quoted[j])
        {
            if (_w.IsCapitalized(j))
            {
                j++;
            }
            else if (_w.IsChar(j, '.') && _w.End(j - 1) - _w.Start(j - 1) <= 3 && _w.IsCapitalized(j - 1) && _w.IsCapitalized(j + 1))
            {
                j++; // an initial or an abbreviated title: "Henry L. Stimson", "Mr. Moon"
            }
            else if (IsConnector(j) && (_w.IsCapitalized(j + 1) || _w.Span(j).Contains('-')))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>
    /// Classifies the run [first, end): null when it holds nothing name-like; otherwise the name part
    /// (titles stripped) and whether it is a person.
    /// </summary>
    public Mention? Classify(int first, int end, bool learn = false)
    {
        var hadTitle = false;
        var i = first;
        while (i < end && (!_w.IsWord(i) || QuoteLexicon.IsFunctionWord(_w.Span(i)) || QuoteLexicon.IsTitle(_w.Span(i)) || IsConnector(i)))
        {
            if (_w.IsWord(i) && QuoteLexicon.IsTitle(_w.Span(i)) && !QuoteLexicon.IsFunctionWord(_w.Span(i)))
            {
                hadTitle = true;
            }

            if (_w.IsWord(i) && (_w.Is(i, "Mr") || _w.Is(i, "Mrs") || _w.Is(i, "Ms") || _w.Is(i, "Dr")))
            {
                hadTitle = true;
            }

            i++;
        }

        // Titles inside the run ("Defense Secretary Ash Carter"): keep the words after the last one.
        for (var k = end - 1; k > i; k--)
        {
            if (_w.IsWord(k) && QuoteLexicon.IsTitle(_w.Span(k)) && k + 1 < end)
            {
                i = k + 1;
                hadTitle = true;
                break;
            }
        }

        while (i < end && !_w.IsWord(i))
        {
            i++;
        }

        if (i >= end)
        {
            return null;
        }

        var entity = EntityType(first, end);
        if (entity is { } isPerson)
        {
            return new Mention(i, end, isPerson, false);
        }

        var words = 0;
        for (var k = i; k < end; k++)
        {
            if (!_w.IsWord(k))
            {
                continue;
            }

            var span = _w.Span(k);
            var single = end - i == 1;
            if (QuoteLexicon.IsNonPerson(span) || (single && (Times.TimeWords.Month(span) > 0 || Times.TimeWords.TryWeekday(span, out _))) ||
                (span.Length > 1 && IsAllUpper(span)))
            {
                return new Mention(i, end, false, false);
            }

            if (!IsConnector(k))
            {
                words++;
            }
        }

        var person = words >= 2 || (words == 1 && (hadTitle || (!learn && _surnames.Contains(_w.Get(i)))));
        return new Mention(i, end, person, false);
    }

    private bool? EntityType(int first, int end)
    {
        if (_entities.Count == 0)
        {
            return null;
        }

        var start = _w.Start(first);
        var stop = _w.End(end - 1);
        foreach (var (s, e, person) in _entities)
        {
            if (s < stop && start < e)
            {
                return person;
            }
        }

        return null;
    }

    private bool IsConnector(int i) =>
        _w.Is(i, "de") || _w.Is(i, "la") || _w.Is(i, "del") || _w.Is(i, "van") || _w.Is(i, "von") || _w.Is(i, "der") ||
        _w.Is(i, "da") || _w.Is(i, "bin") || _w.Is(i, "ibn") || _w.Is(i, "al") || _w.Is(i, "dos") ||
        (_w.IsWord(i) && (_w.Span(i).StartsWith("al-", StringComparison.Ordinal) || _w.Span(i).StartsWith("el-", StringComparison.Ordinal)));

    private static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
