using Parley.Core;
using Parley.Core.Records;

namespace Parley.Events.Quotes;

/// <summary>One run of quote attribution over a document (see <see cref="QuoteFinder"/> for the rules).</summary>
internal sealed class Attributor
{
    private const int MaxGapForContinuation = 15;

    private readonly TextWords _w;
    private readonly List<QuoteSpan> _spans;
    private readonly bool[] _quoted;
    private readonly PersonMentions _persons;
    private readonly Document? _document;
    private readonly Dictionary<int, List<Speaker>> _speakersBySentence = [];

    public Attributor(TextWords words, Document? document)
    {
        _w = words;
        _spans = QuoteMarks.Find(words.Text);
        _quoted = new bool[words.Count];
        foreach (var span in _spans)
        {
            for (var i = words.WordAt(span.Open); i < words.Count && words.Start(i) < span.Close; i++)
            {
                _quoted[i] = true;
            }
        }

        _persons = new PersonMentions(words, _quoted, document);
        _document = document;
    }

    private static readonly HashSet<string> LeadingPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "for", "from", "with", "without", "to", "of", "by", "during", "since", "until", "over", "under", "among", "amid",
        "between", "after", "before", "despite", "per", "through", "via", "into", "within",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingPrepositionLookup = LeadingPrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the tagger read word <paramref name="i"/> as a noun or adjective ("over | demands for …", "the | claims"): then it is no reporting verb.</summary>
    private bool TaggedNominal(int i) => UposOf(i) is "NOUN" or "PROPN" or "ADJ";

    /// <summary>The tag of the token word <paramref name="i"/> starts, or null without tags.</summary>
    private string? UposOf(int i)
    {
        if (_document?.Upos is not { } upos)
        {
            return null;
        }

        var token = _document.TokenStarts.BinarySearch(_w.Start(i));
        return token >= 0 ? upos[token] : null;
    }

    /// <summary>Whether word <paramref name="i"/> is tagged as a conjunction or adverb ("though", "however"), which opens no speaker.</summary>
    private bool TaggedConnective(int i) => UposOf(i) is "SCONJ" or "CCONJ" or "ADV";

    /// <summary>Whether word <paramref name="i"/> is tagged as a verb (false without tags).</summary>
    private bool TaggedVerb(int i) => UposOf(i) is "VERB" or "AUX";

    /// <summary>
    /// Whether words <paramref name="first"/>..<paramref name="end"/> hold a verb or a clause opener; without tags
    /// (a document built by hand) every stretch is taken to hold one, so nothing changes.
    /// </summary>
    private bool HasVerbOrClause(int first, int end)
    {
        if (_document?.Upos is null)
        {
            return true;
        }

        for (var i = first; i < end; i++)
        {
            if (_w.Is(i, "that") || _w.Is(i, "whether") || _w.Is(i, "if") || _quoted[i] || TaggedVerb(i))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Speaker(int Start, int End, string Text, bool IsPerson, bool IsPronoun, string? Code);

    private sealed class Item
    {
        public int Start { get; init; }
        public int End { get; init; }
        public int OpenWord { get; init; }
        public int PostStart { get; init; }
        public int Paragraph { get; init; }
        public QuoteSpan Span { get; init; }
        public bool Indirect { get; init; }
        public bool ContinuesPrevious { get; set; }
        public string Kind { get; set; } = "direct";
        public string? Cue { get; set; }
        public Speaker? Speaker { get; set; }
        public bool FromCue { get; set; }
    }

    public List<QuoteRecord> Run()
    {
        var items = new List<Item>();
        for (var k = 0; k < _spans.Count; k++)
        {
            var span = _spans[k];
            var open = _w.WordAt(span.Open);
            var post = _w.WordAt(span.Close);
            items.Add(new Item
            {
                Start = span.Start,
                End = span.End,
                Span = span,
                OpenWord = open,
                PostStart = post,
                Paragraph = _w.Paragraph(_w.SentenceAt(span.Start)),
                ContinuesPrevious = k > 0 && _spans[k - 1].ContinuesNext,
            });
        }

        items.AddRange(FindIndirect());
        items.Sort((a, b) => a.Start.CompareTo(b.Start));

        Item? previous = null;
        foreach (var item in items)
        {
            if (item.Indirect)
            {
                if (item.Speaker is { IsPronoun: true } p)
                {
                    item.Speaker = ResolvePronoun(p, _w.WordAt(p.Start));
                }

                Register(item);
                continue;
            }

            Attribute(item, previous);
            Register(item);
            previous = item;
        }

        PropagateChains(items);
        return items.Select(ToRecord).ToList();
    }

    private void Register(Item item)
    {
        if (item.Speaker is not { IsPronoun: false } speaker)
        {
            return;
        }

        var first = _w.SentenceAt(item.Start);
        var last = _w.SentenceAt(Math.Max(item.Start, (item.Indirect ? item.End : item.Span.Close) - 1));
        for (var s = first; s <= last; s++)
        {
            if (!_speakersBySentence.TryGetValue(s, out var list))
            {
                _speakersBySentence[s] = list = [];
            }

            list.Add(speaker);
        }
    }

    private void Attribute(Item q, Item? previous)
    {
        var openSentence = _w.SentenceAt(q.Span.Open);
        var preFirst = _w.WordAt(_w.SentenceStart(openSentence));
        if (previous is { Indirect: false } && previous.PostStart > preFirst)
        {
            preFirst = previous.PostStart;
        }

        var last = q.OpenWord - 1;
        var hasPre = last >= preFirst && _w.SentenceOf(last) == openSentence;
        var embedded = hasPre && _w.IsWord(last) && !QuoteLexicon.IsCueVerb(_w.Span(last));
        if (hasPre && (QuoteLexicon.IsTitleCue(_w.Span(last)) ||
                       ((_w.IsChar(last, ':') || _w.IsChar(last, ',')) && last - 1 >= preFirst && QuoteLexicon.IsTitleCue(_w.Span(last - 1)))))
        {
            q.Kind = "scare";
            return;
        }

        if (embedded)
        {
            var (speaker, cue) = FragmentCue(preFirst, last, previous, openSentence);
            if (speaker is null)
            {
                (speaker, cue) = PostCue(q);
            }

            q.Kind = speaker is null ? "scare" : "fragment";
            q.Speaker = speaker;
            q.Cue = cue;
            q.FromCue = speaker is not null;
            return;
        }

        (Speaker? s, string? c) found = PostCue(q);
        if (found.s is null && hasPre)
        {
            found = PreCue(preFirst, last);
        }

        var lowercaseAfterCue = hasPre && _w.IsWord(last) && char.IsLower(_w.Text[q.Start]) && !q.ContinuesPrevious;
        if (lowercaseAfterCue)
        {
            q.Kind = "fragment";
            if (found.s is null && previous is { Indirect: false, Speaker: not null } && _w.SentenceAt(previous.Start) == openSentence)
            {
                found = (previous.Speaker, _w.Get(last));
            }
        }

        if (found.s is not null)
        {
            q.Speaker = found.s;
            q.Cue = found.c;
            q.FromCue = true;
            return;
        }

        if (!q.Span.ContinuesNext && !q.ContinuesPrevious)
        {
            if (previous is { Indirect: false, Speaker: not null } && IsContinuation(previous, q))
            {
                q.Speaker = previous.Speaker;
                return;
            }

            q.Speaker = PreviousSentenceSpeaker(openSentence);
        }

        if (q.Speaker is null && !q.Span.ContinuesNext && !q.ContinuesPrevious && IsShort(q))
        {
            q.Kind = "scare";
        }
    }

    /// <summary>A quote right after another of the same paragraph (only its cue between), or opening a paragraph after one that ended on a quote.</summary>
    private bool IsContinuation(Item previous, Item q)
    {
        if (previous.Paragraph == q.Paragraph)
        {
            return q.OpenWord - previous.PostStart <= MaxGapForContinuation;
        }

        if (q.Paragraph != previous.Paragraph + 1 || _w.SentenceAt(q.Span.Open) == 0)
        {
            return false;
        }

        var paragraphStart = q.OpenWord == 0 || _w.Paragraph(_w.SentenceOf(q.OpenWord - 1)) != q.Paragraph;
        var previousParagraphEnd = q.OpenWord;
        return paragraphStart && previousParagraphEnd - previous.PostStart <= 8;
    }

    private bool IsShort(Item q)
    {
        var words = 0;
        for (var i = q.OpenWord + 1; i < _w.Count && _w.Start(i) < q.End; i++)
        {
            if (_w.IsWord(i))
            {
                words++;
            }
        }

        var lastChar = _w.Text[q.End - 1];
        return words <= 5 && lastChar is not ('.' or '?' or '!' or ',');
    }

    /// <summary>“…,” he said / said X / X told Y / according to X.</summary>
    private (Speaker?, string?) PostCue(Item q)
    {
        if (q.Span.Close == q.Span.End)
        {
            return (null, null); // unclosed
        }

        var k = q.PostStart;
        if (k >= _w.Count || _w.Paragraph(_w.SentenceOf(k)) != q.Paragraph)
        {
            return (null, null);
        }

        var lastContent = _w.Text[q.End - 1];
        while (k < _w.Count && (_w.IsChar(k, ',') || _w.IsChar(k, '\u2014') || _w.IsChar(k, '\u2013')))
        {
            k++;
        }

        if (k >= _w.Count || !_w.IsWord(k))
        {
            return (null, null);
        }

        if (lastContent == '.' && !_w.IsLower(k))
        {
            return (null, null);
        }

        var sentence = _w.SentenceOf(k);
        var limit = Math.Min(_w.Count, k + 14);
        if (_w.Is(k, "according") && _w.Is(k + 1, "to"))
        {
            var np = NpAfter(k + 2, limit);
            return np is null ? (null, null) : (np, "according to");
        }

        for (var v = k; v < limit; v++)
        {
            if (_quoted[v] || _w.IsChar(v, '.') || _w.IsChar(v, ';') || _w.IsChar(v, '!') || _w.IsChar(v, '?') ||
                (_w.SentenceOf(v) != sentence && _w.IsCapitalized(v)))
            {
                break;
            }

            if (!_w.IsLower(v) || !QuoteLexicon.IsCueVerb(_w.Span(v)))
            {
                continue;
            }

            var cue = CueText(v);
            if (OnlySkippable(k, v))
            {
                var after = NpAfter(v + 1, limit);
                return after is null ? (null, null) : (after, cue);
            }

            var before = NpBefore(k, v);
            if (before is { IsPronoun: true } p)
            {
                before = ResolvePronoun(p, _w.WordAt(p.Start));
            }

            return before is null ? (null, null) : (before, cue);
        }

        return (null, null);
    }

    /// <summary>X said: “…” / X told reporters, “…” / X said “…” / X put it bluntly: “…”.</summary>
    private (Speaker?, string?) PreCue(int first, int last)
    {
        var colon = _w.IsChar(last, ':');
        var end = colon || _w.IsChar(last, ',') ? last - 1 : last;
        if (!colon && !_w.IsChar(last, ',') && !(_w.IsWord(last) && QuoteLexicon.IsCueVerb(_w.Span(last))))
        {
            return (null, null);
        }

        for (var v = end; v >= first && v >= end - 10; v--)
        {
            if (_w.IsChar(v, ';') || _w.IsChar(v, '.'))
            {
                break;
            }

            if (!_w.IsLower(v) || !QuoteLexicon.IsCueVerb(_w.Span(v)))
            {
                continue;
            }

            var speaker = NpBefore(first, v);
            if (speaker is { IsPronoun: true } p)
            {
                speaker = ResolvePronoun(p, _w.WordAt(p.Start));
            }

            if (speaker is not null)
            {
                return (speaker, CueText(v));
            }
        }

        if (colon)
        {
            // "Tom Reyes, a pollster, put it bluntly:" — the subject of the clause before the colon.
            var segments = Segments(first, end + 1);
            if (segments.Count > 0)
            {
                var (s0, e0) = segments[0];
                var subject = SegmentSpeaker(s0, e0);
                if (subject is { IsPronoun: true } p)
                {
                    subject = ResolvePronoun(p, _w.WordAt(p.Start));
                }

                if (subject is { IsPerson: true })
                {
                    var (cs, ce) = segments[^1];
                    var cue = segments.Count > 1 && ce - cs <= 4 ? _w.Text[_w.Start(cs).._w.End(ce - 1)] : null;
                    return (subject, cue);
                }
            }
        }

        return (null, null);
    }

    /// <summary>The vote was “a setback” / Qatar called the move “unjustified”.</summary>
    private (Speaker?, string?) FragmentCue(int first, int last, Item? previous, int sentence)
    {
        for (var v = last; v >= first && v >= last - 14; v--)
        {
            if (_w.IsChar(v, ';') || _quoted[v])
            {
                break;
            }

            if (!_w.IsLower(v) || !(QuoteLexicon.IsCueVerb(_w.Span(v)) || QuoteLexicon.IsFragmentVerb(_w.Span(v))) ||
                (_w.Is(v, "called") || _w.Is(v, "calls") || _w.Is(v, "calling")) && (_w.Is(v + 1, "for") || _w.Is(v + 1, "on") || _w.Is(v + 1, "off")))
            {
                continue;
            }

            // A participle ("…, writing that …") reports the sentence's subject.
            var speaker = _w.Span(v).EndsWith("ing", StringComparison.Ordinal)
                ? SubjectOf(sentence, _w.WordAt(_w.SentenceStart(sentence)), v)
                : NpBefore(first, v);
            if (speaker is { IsPronoun: true } p)
            {
                speaker = ResolvePronoun(p, _w.WordAt(p.Start));
            }

            if (speaker is null && previous is { Speaker: not null } && _w.SentenceAt(previous.Start) == sentence)
            {
                speaker = previous.Speaker;
            }

            // "He called for … and said that …": a coordinated verb shares the sentence's pronoun subject.
            var sentenceFirst = _w.WordAt(_w.SentenceStart(sentence));
            if (speaker is null && _w.IsWord(sentenceFirst) && QuoteLexicon.IsPronoun(_w.Span(sentenceFirst)))
            {
                speaker = ResolvePronoun(new Speaker(_w.Start(sentenceFirst), _w.End(sentenceFirst), _w.Get(sentenceFirst), false, true, null), sentenceFirst);
            }

            if (speaker is not null)
            {
                return (speaker, CueText(v));
            }
        }

        return (null, null);
    }

    private string CueText(int v)
    {
        if ((_w.Is(v, "went") && _w.Is(v + 1, "on")) || (_w.Is(v, "pointed") && _w.Is(v + 1, "out")))
        {
            return _w.Text[_w.Start(v).._w.End(v + 1)];
        }

        return _w.Get(v);
    }

    private bool OnlySkippable(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!_w.IsWord(i) || !QuoteLexicon.IsSkippable(_w.Span(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The speaker noun phrase in words [first, verb): appositives and leading clauses handled by comma segments.</summary>
    private Speaker? NpBefore(int first, int verb)
    {
        var end = verb;
        while (end > first && (_w.IsChar(end - 1, ',') || (_w.IsWord(end - 1) && (QuoteLexicon.IsSkippable(_w.Span(end - 1)) ||
               (_w.IsLower(end - 1) && _w.Span(end - 1).EndsWith("ly", StringComparison.Ordinal))))))
        {
            end--;
        }

        while (first < end && (_w.IsChar(first, ',') || _w.IsChar(first, '\u2014') || _w.Is(first, "and") || _w.Is(first, "but") || _w.Is(first, "while") || _w.Is(first, "then") || _w.Is(first, "so")))
        {
            first++;
        }

        if (first >= end)
        {
            return null;
        }

        // "a declaration that said": the noun phrase the relative pronoun stands for.
        if (_w.Is(end - 1, "that") || _w.Is(end - 1, "which") || _w.Is(end - 1, "who"))
        {
            return TrailingNp(first, end - 1);
        }

        // "Maimane welcomed the change but said": the subject of the first clause.
        if (_w.Is(end - 1, "and") || _w.Is(end - 1, "but"))
        {
            return FirstMention(first, end - 1);
        }

        var segments = Segments(first, end);
        if (segments.Count == 0)
        {
            return null;
        }

        var (ls, le) = segments[^1];
        if (_w.Is(ls, "who") || _w.Is(ls, "which") || _w.Is(ls, "that"))
        {
            // "… by the American president, who had urged": the noun phrase the relative clause hangs on.
            var antecedentEnd = ls;
            while (antecedentEnd > first && !_w.IsWord(antecedentEnd - 1))
            {
                antecedentEnd--;
            }

            return TrailingNp(first, antecedentEnd);
        }

        if (segments.Count > 1 && _w.IsLower(ls) && !IsDeterminer(ls) && !(le - ls == 1 && QuoteLexicon.IsPronoun(_w.Span(ls))) &&
            !(TaggedNominal(ls) && !HasVerbOrClause(ls, le)))
        {
            // A participle or relative clause after the subject ("One senior diplomat, speaking on condition of anonymity, said").
            segments.RemoveAt(segments.Count - 1);
            (ls, le) = segments[^1];
        }

        var lastSpeaker = SegmentSpeaker(ls, le);
        if (lastSpeaker is { IsPronoun: true } || (lastSpeaker is { IsPerson: true } && !IsDeterminer(ls)))
        {
            return lastSpeaker;
        }

        // "Priya Natarajan, an energy analyst at a consultancy, said": the name before the appositive.
        if (IsDeterminer(ls))
        {
            for (var k = segments.Count - 2; k >= 0 && k >= segments.Count - 3; k--)
            {
                var (s, e) = segments[k];
                // "Citing two officials, the newspaper said": a participle phrase names no speaker.
                if (_w.IsCapitalized(s) && !QuoteLexicon.IsFunctionWord(_w.Span(s)) && !TaggedVerb(s) && SegmentSpeaker(s, e) is { IsPerson: true } named)
                {
                    return named;
                }
            }
        }

        return lastSpeaker;
    }

    /// <summary>The speaker after a verb: "said Mihai Stan, a political scientist" / "according to Joel Wit, a …".</summary>
    private Speaker? NpAfter(int first, int limit)
    {
        var end = first;
        while (end < limit && end < _w.Count && !_quoted[end] && !_w.IsChar(end, ',') && !_w.IsChar(end, '.') && !_w.IsChar(end, ';') &&
               !_w.IsChar(end, '\u2014') && !_w.IsChar(end, '(') && !_w.IsChar(end, ':'))
        {
            end++;
        }

        if (end == first)
        {
            return null;
        }

        if (_w.IsCapitalized(first) && !IsDeterminer(first))
        {
            // A name ends at its first lowercase word ("Ruth Adeyemi of the Climate Finance Network").
            var nameEnd = _persons.RunEnd(first, end);
            return SegmentSpeaker(first, nameEnd);
        }

        return SegmentSpeaker(first, end);
    }

    private List<(int Start, int End)> Segments(int first, int end)
    {
        var segments = new List<(int, int)>();
        var s = first;
        for (var i = first; i <= end; i++)
        {
            if (i == end || _w.IsChar(i, ',') || _w.IsChar(i, '\u2014') || _w.IsChar(i, '\u2013') || _w.IsChar(i, '(') || _w.IsChar(i, ')'))
            {
                if (i > s)
                {
                    segments.Add((s, i));
                }

                s = i + 1;
            }
        }

        return segments;
    }

    private bool IsDeterminer(int i) => _w.Is(i, "a") || _w.Is(i, "an") || _w.Is(i, "the") || _w.Is(i, "one") || _w.Is(i, "another");

    /// <summary>A speaker from one comma segment: a pronoun, a name (titles dropped) or a description.</summary>
    private Speaker? SegmentSpeaker(int first, int end)
    {
        var words = 0;
        for (var i = first; i < end; i++)
        {
            if (_w.IsWord(i))
            {
                words++;
            }
        }

        if (words == 0)
        {
            return null;
        }

        if (words == 1 && _w.IsWord(first) && QuoteLexicon.IsPronoun(_w.Span(first)))
        {
            return new Speaker(_w.Start(first), _w.End(first), _w.Get(first), false, true, null);
        }

        if (_w.IsCapitalized(first) && !IsDeterminer(first))
        {
            var runEnd = _persons.RunEnd(first, end);
            if (_persons.Classify(first, runEnd) is { } m && (runEnd == end || (m.IsPerson && !_w.IsPossessive(runEnd))))
            {
                return Make(m.FirstWord, m.EndWord, m.IsPerson || (runEnd == end && IsPeopleDescription(first, end)));
            }
        }

        // A description that ends in a name ("ministry spokesman Zhao Lijun").
        if (_w.IsCapitalized(end - 1))
        {
            var r = end - 1;
            while (r > first && (_w.IsCapitalized(r - 1) || (_w.IsChar(r - 1, '.') && r - 2 >= first && _w.IsCapitalized(r - 2))))
            {
                r--;
            }

            if (r > first && _persons.Classify(r, end) is { IsPerson: true } m)
            {
                return Make(m.FirstWord, m.EndWord, true);
            }
        }

        if (words > 12)
        {
            return null;
        }

        // "In a statement the ministry": drop a leading prepositional phrase.
        if (_w.IsWord(first) && LeadingPrepositionLookup.Contains(_w.Span(first)))
        {
            var d = -1;
            for (var i = first + 1; i < end; i++)
            {
                if (IsDeterminer(i))
                {
                    d = i;
                }
            }

            if (d < 0)
            {
                return null;
            }

            first = d;
        }

        return Make(first, end, IsPeopleDescription(first, end));
    }

    /// <summary>A description of a person or people ("a ministry spokesman", "the rebel commander").</summary>
    private bool IsPeopleDescription(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (_w.IsLower(i) && (QuoteLexicon.IsTitle(_w.Span(i)) || QuoteLexicon.IsPeopleNoun(_w.Span(i))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last noun phrase in [first, end): from its determiner, or its trailing capitalised run.</summary>
    private Speaker? TrailingNp(int first, int end)
    {
        if (end <= first)
        {
            return null;
        }

        for (var i = end - 1; i >= first && i >= end - 6; i--)
        {
            if (IsDeterminer(i) || _w.IsPossessive(i))
            {
                var start = _w.IsPossessive(i) ? i - 1 : i;
                return Make(start, end, IsPeopleDescription(start, end));
            }

            if (!_w.IsWord(i))
            {
                break;
            }
        }

        if (_w.IsCapitalized(end - 1))
        {
            var r = end - 1;
            while (r > first && _w.IsCapitalized(r - 1))
            {
                r--;
            }

            if (_persons.Classify(r, end) is { } m)
            {
                return Make(m.FirstWord, m.EndWord, m.IsPerson);
            }
        }

        return null;
    }

    /// <summary>The first person or role mention in words [first, end).</summary>
    private Speaker? FirstMention(int first, int end)
    {
        var sentence = _w.SentenceOf(first);
        return SubjectOf(sentence, first, end);
    }

    private Speaker Make(int first, int end, bool person)
    {
        var start = _w.Start(first);
        var stop = _w.End(end - 1);
        string? code = null;
        var described = false;
        for (var i = first; i < end; i++)
        {
            described |= _w.IsLower(i) && !IsDeterminer(i);
        }

        if (!person || described)
        {
            for (var i = first; i < end && code is null; i++)
            {
                if (!_w.IsCapitalized(i))
                {
                    continue;
                }

                if (i + 1 < end && _w.IsCapitalized(i + 1))
                {
                    code = QuoteLexicon.CountryPair($"{_w.Get(i)} {_w.Get(i + 1)}");
                }

                code ??= QuoteLexicon.Country(_w.Span(i));
            }
        }

        return new Speaker(start, stop, _w.Text[start..stop], person, false, code);
    }

    /// <summary>he/she → the last person who spoke or the first person named in a recent sentence; it → the last organisation that spoke.</summary>
    private Speaker? ResolvePronoun(Speaker pronoun, int word)
    {
        var isIt = pronoun.Text.Equals("it", StringComparison.OrdinalIgnoreCase);
        if (!isIt && !pronoun.Text.Equals("he", StringComparison.OrdinalIgnoreCase) && !pronoun.Text.Equals("she", StringComparison.OrdinalIgnoreCase))
        {
            return pronoun;
        }

        var s = _w.SentenceOf(word);
        if (_speakersBySentence.TryGetValue(s, out var here))
        {
            for (var k = here.Count - 1; k >= 0; k--)
            {
                if (here[k].IsPerson != isIt && here[k].End <= _w.Start(word))
                {
                    return here[k];
                }
            }
        }

        if (!isIt)
        {
            var sentenceStart = _w.WordAt(_w.SentenceStart(s));
            var limit = word;
            for (var i = sentenceStart; i < word; i++)
            {
                if (_quoted[i])
                {
                    limit = i;
                    break;
                }
            }

            if (SubjectOf(s, sentenceStart, limit) is { } early)
            {
                return early;
            }
        }

        var paragraph = _w.Paragraph(s);
        for (var t = s - 1; t >= 0 && t >= s - 8 && paragraph - _w.Paragraph(t) <= 1; t--)
        {
            if (_speakersBySentence.TryGetValue(t, out var spoke))
            {
                for (var k = spoke.Count - 1; k >= 0; k--)
                {
                    if (spoke[k].IsPerson != isIt)
                    {
                        return spoke[k];
                    }
                }
            }

            if (isIt)
            {
                continue;
            }

            if (SubjectOf(t) is { } subject)
            {
                return subject;
            }
        }

        return pronoun;
    }

    /// <summary>The first person named in sentence <paramref name="t"/> (not a possessive), or the first role noun phrase ("the Russian president"), whichever comes first.</summary>
    private Speaker? SubjectOf(int t) => SubjectOf(t, _w.WordAt(_w.SentenceStart(t)), _w.WordAt(_w.SentenceEnd(t)));

    private Speaker? SubjectOf(int t, int from, int to)
    {
        Speaker? named = null;
        var namedAt = int.MaxValue;
        foreach (var m in _persons.InSentence(t))
        {
            // "at the Trump-Kim summit", "the Henry L. Stimson Center": a name after an article modifies a noun.
            if (m.IsPerson && !m.IsPossessive && m.FirstWord >= from && m.EndWord <= to && !(m.FirstWord > 0 && IsDeterminer(m.FirstWord - 1)))
            {
                named = Make(m.FirstWord, m.EndWord, true);
                namedAt = m.FirstWord;
                break;
            }
        }

        for (var i = from; i < to && i < namedAt; i++)
        {
            if (_quoted[i])
            {
                continue;
            }

            var isOpener = IsDeterminer(i) || (_w.IsPossessive(i + 1) && _w.IsCapitalized(i) && QuoteLexicon.Country(_w.Span(i)) is not null);
            if (!isOpener)
            {
                continue;
            }

            var k = _w.IsPossessive(i + 1) ? i + 2 : i + 1;
            for (var n = 0; n < 4 && k < to; n++, k++)
            {
                var word = _w.Span(k);
                if (!_w.IsWord(k) || (!_w.IsLower(k) && QuoteLexicon.Country(word) is null))
                {
                    break;
                }

                if (_w.IsLower(k) && (QuoteLexicon.IsTitle(word) || QuoteLexicon.IsPeopleNoun(word)))
                {
                    while (k + 1 < to && _w.IsLower(k + 1) && QuoteLexicon.IsTitle(_w.Span(k + 1)))
                    {
                        k++;
                    }

                    if (!_w.IsPossessive(k + 1))
                    {
                        // "The secretary-general, Jens Halvorsen, …": the name in apposition.
                        if (_w.IsChar(k + 1, ',') && _w.IsCapitalized(k + 2))
                        {
                            var runEnd = _persons.RunEnd(k + 2, to);
                            if (_persons.Classify(k + 2, runEnd) is { IsPerson: true } name)
                            {
                                return Make(name.FirstWord, name.EndWord, true);
                            }
                        }

                        return Make(i, k + 1, true);
                    }

                    break;
                }
            }
        }

        return named;
    }

    private Speaker? PreviousSentenceSpeaker(int sentence)
    {
        if (sentence == 0 || _w.Paragraph(sentence - 1) != _w.Paragraph(sentence))
        {
            return null;
        }

        if (_speakersBySentence.TryGetValue(sentence - 1, out var spoke) && spoke.Count > 0)
        {
            return spoke[^1];
        }

        return SubjectOf(sentence - 1);
    }

    private static void PropagateChains(List<Item> items)
    {
        var quotes = items.Where(i => !i.Indirect).ToList();
        var k = 0;
        while (k < quotes.Count)
        {
            var e = k;
            while (e + 1 < quotes.Count && quotes[e].Span.ContinuesNext && quotes[e + 1].ContinuesPrevious)
            {
                e++;
            }

            if (e > k)
            {
                var source = quotes.Skip(k).Take(e - k + 1).FirstOrDefault(q => q.FromCue && q.Speaker is not null)
                             ?? quotes.Skip(k).Take(e - k + 1).FirstOrDefault(q => q.Speaker is not null);
                for (var j = k; j <= e; j++)
                {
                    quotes[j].Kind = "direct";
                    if (source is not null && (quotes[j].Speaker is null || !quotes[j].FromCue))
                    {
                        quotes[j].Speaker = source.Speaker;
                    }
                }
            }

            k = e + 1;
        }
    }

    private QuoteRecord ToRecord(Item item)
    {
        SpeakerRecord? speaker = item.Speaker is { } s
            ? new SpeakerRecord { Text = s.Text, Start = s.Start, End = s.End, Code = s.Code }
            : null;
        return new QuoteRecord
        {
            Start = item.Start,
            End = item.End,
            Text = _w.Text[item.Start..item.End],
            Sentence = _w.SentenceAt(item.Start),
            Kind = item.Kind,
            Cue = item.Cue,
            Speaker = speaker,
        };
    }

    /// <summary>Reported speech in sentences without quote marks: "X said (that) …", "X told Y …", "… according to X".</summary>
    private List<Item> FindIndirect()
    {
        var items = new List<Item>();
        for (var s = 0; s < _w.SentenceCount; s++)
        {
            var first = _w.WordAt(_w.SentenceStart(s));
            var end = _w.WordAt(_w.SentenceEnd(s));
            var hasQuote = false;
            for (var i = first; i < end; i++)
            {
                if (_quoted[i])
                {
                    hasQuote = true;
                    break;
                }
            }

            if (hasQuote || end - first < 4)
            {
                continue;
            }

            var item = IndirectIn(s, first, end);
            if (item is not null)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private Item? IndirectIn(int s, int first, int end)
    {
        var stop = end;
        while (stop > first && !_w.IsWord(stop - 1))
        {
            stop--;
        }

        if (TrailingReport(s, first, stop) is { } trailingReport)
        {
            return trailingReport;
        }

        for (var v = first + 1; v < stop; v++)
        {
            if (_w.Is(v, "according") && _w.Is(v + 1, "to") && v - first >= 3)
            {
                var source = NpAfter(v + 2, stop);
                if (source is null)
                {
                    continue;
                }

                var contentEnd = v;
                while (contentEnd > first && _w.IsChar(contentEnd - 1, ','))
                {
                    contentEnd--;
                }

                return Indirect(s, first, contentEnd, source.Value, "according to");
            }

            if (!_w.IsLower(v) || !QuoteLexicon.IsCueVerb(_w.Span(v)) || _w.Is(v, "states") || _w.Is(v, "reports") || _w.Is(v, "notes") || TaggedNominal(v))
            {
                continue;
            }

            // "As reported by Reuters, Russian forces shelled Kharkiv": the agent reports the main clause.
            if (v == first + 1 && _w.Is(first, "as") && _w.Is(v + 1, "by"))
            {
                var agent = NpAfter(v + 2, stop);
                var afterAgent = v + 2;
                while (afterAgent < stop && !_w.IsChar(afterAgent, ','))
                {
                    afterAgent++;
                }

                if (agent is not null && afterAgent + 3 < stop)
                {
                    return Indirect(s, afterAgent + 1, stop, agent.Value, CueText(v));
                }

                continue;
            }

            var clauseStart = first;
            for (var k = v - 1; k > first; k--)
            {
                if (_w.Is(k, "that") || _w.IsChar(k, ';'))
                {
                    clauseStart = k + 1;
                    break;
                }
            }

            var speaker = NpBefore(clauseStart, v);
            if (speaker is null || speaker.Value.Text.Equals("it", StringComparison.OrdinalIgnoreCase) ||
                speaker.Value.Text.Equals("they", StringComparison.OrdinalIgnoreCase) || speaker.Value.Text.Equals("I", StringComparison.Ordinal) ||
                speaker.Value.Text.Equals("we", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "The detour adds ten days": "add" reports speech only from a person, a pronoun or a named body.
            if ((_w.Is(v, "adds") || _w.Is(v, "added") || _w.Is(v, "add")) && !speaker.Value.IsPerson && !speaker.Value.IsPronoun &&
                !IsPeopleDescription(_w.WordAt(speaker.Value.Start), _w.WordAt(speaker.Value.End - 1) + 1) && !_w.IsCapitalized(_w.WordAt(speaker.Value.End - 1)))
            {
                continue;
            }

            var c = v + 1;

            // "has continued to spread", "promised to hold talks": a cue word before an infinitive reports no speech.
            if (_w.Is(c, "to") && c + 1 < stop && _w.IsLower(c + 1) && !IsDeterminer(c + 1) && !QuoteLexicon.IsPronoun(_w.Span(c + 1)) && !TaggedNominal(c + 1))
            {
                continue;
            }

            // "announced on state television that …", "said in a statement that …": the report starts after "that".
            if (_w.IsWord(c) && (LeadingPrepositionLookup.Contains(_w.Span(c)) || (_w.IsLower(c) && _w.Span(c).EndsWith("ly", StringComparison.Ordinal) && !TaggedNominal(c))))
            {
                for (var k = c + 1; k < stop && k <= c + 6; k++)
                {
                    if (_w.IsChar(k, ',') || _quoted[k])
                    {
                        break;
                    }

                    if (_w.Is(k, "that"))
                    {
                        c = k;
                        break;
                    }
                }
            }

            if (_w.Is(v, "told") || _w.Is(v, "tells") || _w.Is(v, "informed") || _w.Is(v, "assured") || _w.Is(v, "warned") || _w.Is(v, "urged"))
            {
                for (var k = c; k < stop && k <= c + 5; k++)
                {
                    if (_w.Is(k, "that"))
                    {
                        c = k;
                        break;
                    }
                }
            }

            while (c < stop && (_w.Is(c, "on") && TimeLike(c + 1)))
            {
                c += 2;
            }

            if (_w.Is(c, "that"))
            {
                c++;
            }

            if (stop - c < 3 || !_w.IsWord(c))
            {
                // "…, Mr. Moon’s office said on Wednesday.": the report comes before the cue.
                var np = _w.WordAt(speaker.Value.Start);
                if (np - 1 > first + 2 && _w.IsChar(np - 1, ','))
                {
                    return Indirect(s, first, np - 1, speaker.Value, CueText(v));
                }

                continue;
            }

            return Indirect(s, c, stop, speaker.Value, CueText(v));
        }

        return null;
    }

    /// <summary>The first word after a dateline that opens the sentence ("GOMA, Congo (Reuters) — Rebels …"), else <paramref name="first"/>.</summary>
    private int AfterDateline(int first, int end)
    {
        for (var k = first + 1; k < end && k <= first + 8; k++)
        {
            if (_w.IsChar(k, '\u2014') || _w.IsChar(k, '\u2013') || _w.IsChar(k, '-'))
            {
                return k + 1 < end ? k + 1 : first;
            }

            if (_w.IsWord(k) && !_w.IsCapitalized(k) && !_w.Is(k, "of") && !_w.Is(k, "and") && !_w.Is(k, "the") && !_w.Is(k, "de"))
            {
                break;
            }
        }

        return first;
    }

    /// <summary>
    /// "The suspect denied the charges, his lawyer said.": a reporting clause closing the sentence after a comma, with
    /// only phrases and no verb after its cue, reports everything before the comma — even when an earlier verb of the
    /// sentence ("denied") is itself a cue. Needs tags; null when the sentence does not end so.
    /// </summary>
    private Item? TrailingReport(int s, int first, int stop)
    {
        for (var v = stop - 1; v > first + 3 && v >= stop - 12; v--)
        {
            if (!_w.IsLower(v) || !QuoteLexicon.IsCueVerb(_w.Span(v)) || TaggedNominal(v) || !TaggedVerb(v) || HasVerbOrClause(v + 1, stop))
            {
                continue;
            }

            var comma = v - 1;
            while (comma > first && v - comma <= 8 && !_w.IsChar(comma, ','))
            {
                comma--;
            }

            if (comma <= first + 2 || !_w.IsChar(comma, ',') || comma + 1 >= v || HasVerbOrClause(comma + 1, v) || _w.Is(comma + 1, "which") ||
                _w.Is(comma + 1, "who") || _w.Is(comma + 1, "as") || _w.Is(comma + 1, "but") || _w.Is(comma + 1, "and") || _w.Is(comma + 1, "or") ||
                _w.Is(comma + 1, "yet") || _w.Is(comma + 1, "so") || _w.Is(comma + 1, "while") || TaggedConnective(comma + 1))
            {
                return null;
            }

            var speaker = NpBefore(comma + 1, v);
            return speaker is null ? null : Indirect(s, AfterDateline(first, comma), comma, speaker.Value, CueText(v));
        }

        return null;
    }

    private bool TimeLike(int i) => i < _w.Count && _w.IsCapitalized(i) && Times.TimeWords.TryWeekday(_w.Span(i), out _);

    private Item Indirect(int s, int first, int end, Speaker speaker, string cue) => new()
    {
        Start = _w.Start(first),
        End = _w.End(end - 1),
        OpenWord = first,
        PostStart = end,
        Paragraph = _w.Paragraph(s),
        Indirect = true,
        Kind = "indirect",
        Cue = cue,
        Speaker = speaker,
        FromCue = true,
    };
}
