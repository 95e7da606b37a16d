using System.Collections.Frozen;
using Parley.Core;
using Parley.Core.Records;
using Parley.Events.Quotes;

namespace Parley.Events.Citations;

/// <summary>
/// Finds the outlets an article cites ("according to The Washington Post", "Per the New York Times:",
/// "the WaPo report notes", "told Reuters", "KCNA said", "state media reported") and the sentences each
/// citation backs. A mention of an outlet is a citation only in a reporting context — a reporting verb
/// after it, a preposition of attribution before it, or a possessive report ("Reuters’ report").
/// </summary>
/// <remarks>
/// A citation backs its own sentence. When that sentence closes its paragraph with a colon ("Per X:",
/// "X published a report …:"), it introduces an excerpt: the following paragraphs are backed too — the
/// first always, later ones while they read as the excerpt: the block stops before a paragraph that
/// cites another outlet, one that speaks in the author's first or second person outside quotes ("we",
/// "our", "you"), one that opens with a commentary marker ("Translation:", "In other words"), and after
/// at most <see cref="MaxBlockParagraphs"/> paragraphs. Stateless and thread-safe.
/// </remarks>
public sealed class CitationFinder : IPipe
{
    /// <summary>The most paragraphs an excerpt introduced by a colon can run over.</summary>
    public const int MaxBlockParagraphs = 5;

    private static readonly FrozenSet<string> VerbsAfter = new[]
    {
        "reported", "reports", "said", "says", "published", "publishes", "notes", "noted", "wrote", "writes", "revealed",
        "reveals", "found", "cited", "quoted", "learned", "confirmed", "obtained", "report", "reporting", "broadcast",
        "aired", "showed", "shows", "estimated", "claimed", "quoting", "citing", "described", "tweeted", "posted",
        "detailed", "disclosed", "understands", "added", "stated", "announced", "carried", "ran", "interviewed", "asked",
        "story", "analysis", "investigation", "poll", "survey", "editorial", "article",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> AuxAfter = new[] { "has", "had", "first", "previously", "also", "earlier", "later", "on", "was", "which", "that" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NounsBefore = new[]
    {
        "reported", "cited", "quoted", "published", "obtained", "seen", "reviewed", "report", "reporting", "op-ed",
        "article", "story", "column", "editorial", "writing", "wrote", "interview", "interviews", "speaking", "spoke",
        "talking", "broadcast", "aired", "appeared", "investigation", "analysis", "piece", "poll", "survey", "reports",
        "told", "said", "confirmed", "remarks", "statement", "statements",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FirstSecondPerson = new[] { "we", "We", "us", "our", "Our", "ours", "you", "You", "your", "Your", "I", "me", "my", "My" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CommentaryOpeners = new[] { "Translation", "So", "Sure", "Clearly", "Obviously", "Basically", "Again", "Still", "Bottom" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbsAfterLookup = VerbsAfter.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxAfterLookup = AuxAfter.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounsBeforeLookup = NounsBefore.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonLookup = FirstSecondPerson.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommentaryLookup = CommentaryOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly OutletList _outlets;

    /// <summary>Creates a finder over <paramref name="outlets"/> (default: the shipped list).</summary>
    public CitationFinder(OutletList? outlets = null) => _outlets = outlets ?? OutletList.Default;

    /// <inheritdoc/>
    public string Name => "citations";

    /// <inheritdoc/>
    public IReadOnlyList<string> Requires { get; } = [Annotations.Tokens, Annotations.Sentences];

    /// <inheritdoc/>
    public IReadOnlyList<string> Assigns { get; } = [Annotations.Citations];

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Citations.AddRange(Find(document));
        document.MarkAssigned(Annotations.Citations);
    }

    /// <summary>The citations of <paramref name="document"/> in text order, without writing them to it.</summary>
    public List<CitationRecord> Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Find(TextWords.Scan(document));
    }

    internal List<CitationRecord> Find(TextWords w)
    {
        var quoted = new bool[w.Count];
        foreach (var span in QuoteMarks.Find(w.Text))
        {
            for (var i = w.WordAt(span.Open); i < w.Count && w.Start(i) < span.Close; i++)
            {
                quoted[i] = true;
            }
        }

        var mentions = new List<(int First, int End, Outlet Outlet)>();
        for (var i = 0; i < w.Count; i++)
        {
            if (!w.IsWord(i) || !_outlets.Lookup.TryGetValue(w.Span(i), out var candidates))
            {
                continue;
            }

            foreach (var (words, outlet) in candidates)
            {
                if (!Matches(w, i, words))
                {
                    continue;
                }

                var end = i + words.Length;
                if (IsCitation(w, i, end))
                {
                    mentions.Add((i, end, outlet));
                }

                i = end - 1;
                break;
            }
        }

        var citedSentences = new HashSet<int>(mentions.Select(m => w.SentenceOf(m.First)));
        var records = new List<CitationRecord>(mentions.Count);
        foreach (var (first, end, outlet) in mentions)
        {
            var sentence = w.SentenceOf(first);
            var sentences = new List<int>();
            var block = IntroducesExcerpt(w, sentence);
            if (!block || SentenceWords(w, sentence) > 6)
            {
                sentences.Add(sentence);
            }

            if (block)
            {
                AddExcerpt(w, quoted, sentence, citedSentences, sentences);
            }

            var start = w.Start(first);
            var stop = w.End(end - 1);
            records.Add(new CitationRecord { Outlet = outlet.Name, Start = start, End = stop, Sentences = sentences });
        }

        return records;
    }

    private static bool Matches(TextWords w, int i, string[] words)
    {
        if (i + words.Length > w.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!w.Span(i + k).SequenceEqual(words[k]))
            {
                return false;
            }
        }

        // A one-word alias followed by another capitalised word is part of a longer name ("Reuters Institute").
        return words.Length > 1 || !w.IsCapitalized(i + 1) || w.SentenceOf(i + 1) != w.SentenceOf(i);
    }

    private static bool IsCitation(TextWords w, int first, int end)
    {
        var before = first - 1;
        if (w.Is(before, "the"))
        {
            before--;
        }

        if (w.Is(before, "per") || (w.Is(before, "to") && w.Is(before - 1, "according")) || w.Is(before, "told"))
        {
            return true;
        }

        if ((w.Is(before, "by") || w.Is(before, "in") || w.Is(before, "to") || w.Is(before, "with") || w.Is(before, "for") || w.Is(before, "on") || w.Is(before, "from")) &&
            before - 1 >= 0 && w.IsWord(before - 1) && NounsBeforeLookup.Contains(w.Span(before - 1)))
        {
            return true;
        }

        var after = end;
        if (w.IsPossessive(after))
        {
            after++;
        }

        if (w.IsChar(after, ':'))
        {
            return true;
        }

        if (w.IsChar(after, ','))
        {
            // "The Washington Post, citing officials, reported …"
            after++;
        }

        for (var k = after; k < after + 3 && k < w.Count; k++)
        {
            if (!w.IsWord(k))
            {
                return false;
            }

            if (VerbsAfterLookup.Contains(w.Span(k)))
            {
                return true;
            }

            if (!AuxAfterLookup.Contains(w.Span(k)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IntroducesExcerpt(TextWords w, int sentence)
    {
        var end = w.SentenceEnd(sentence);
        var text = w.Text.AsSpan(w.SentenceStart(sentence), end - w.SentenceStart(sentence)).TrimEnd();
        if (text.Length == 0 || text[^1] != ':')
        {
            return false;
        }

        return sentence + 1 >= w.SentenceCount || w.Paragraph(sentence + 1) != w.Paragraph(sentence);
    }

    private static int SentenceWords(TextWords w, int sentence)
    {
        var count = 0;
        for (var i = w.WordAt(w.SentenceStart(sentence)); i < w.Count && w.SentenceOf(i) == sentence; i++)
        {
            if (w.IsWord(i))
            {
                count++;
            }
        }

        return count;
    }

    private static void AddExcerpt(TextWords w, bool[] quoted, int sentence, HashSet<int> citedSentences, List<int> sentences)
    {
        var s = sentence + 1;
        var taken = 0;
        while (s < w.SentenceCount && taken < MaxBlockParagraphs)
        {
            var current = w.Paragraph(s);
            var paragraphEnd = s;
            while (paragraphEnd < w.SentenceCount && w.Paragraph(paragraphEnd) == current)
            {
                paragraphEnd++;
            }

            var cites = false;
            for (var t = s; t < paragraphEnd; t++)
            {
                cites |= citedSentences.Contains(t);
            }

            if (cites || (taken > 0 && ReadsAsCommentary(w, quoted, s, paragraphEnd)))
            {
                break;
            }

            for (var t = s; t < paragraphEnd; t++)
            {
                sentences.Add(t);
            }

            taken++;
            s = paragraphEnd;
        }
    }

    /// <summary>A paragraph in the author's voice: first or second person outside quotes, or a commentary opener.</summary>
    private static bool ReadsAsCommentary(TextWords w, bool[] quoted, int firstSentence, int endSentence)
    {
        var first = w.WordAt(w.SentenceStart(firstSentence));
        if (w.IsWord(first) && CommentaryLookup.Contains(w.Span(first)))
        {
            return true;
        }

        if (w.Is(first, "In") && w.Is(first + 1, "other") && w.Is(first + 2, "words"))
        {
            return true;
        }

        for (var i = first; i < w.Count && w.SentenceOf(i) < endSentence; i++)
        {
            if (!quoted[i] && w.IsWord(i) && PersonLookup.Contains(w.Span(i)))
            {
                return true;
            }
        }

        return false;
    }
}
