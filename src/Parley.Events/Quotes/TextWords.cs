using Parley.Core;

namespace Parley.Events.Quotes;

/// <summary>
/// A light word scan of a document's text shared by the quote, citation and time components: runs of
/// letters and digits (with internal hyphens, apostrophes other than a possessive <c>’s</c>, and digit
/// separators) are words; every other non-space character is a one-character token. The scan is ours
/// rather than the document's tokens so that matching does not depend on how a tokenizer splits
/// quote marks, contractions or abbreviations; sentences and paragraphs still come from the document.
/// </summary>
internal sealed class TextWords
{
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly int[] _sentences;
    private readonly int[] _sentenceStarts;
    private readonly int[] _sentenceEnds;
    private readonly int[] _sentenceParagraphs;

    private TextWords(string text, int[] starts, int[] ends, int[] sentences, int[] sentenceStarts, int[] sentenceEnds, int[] paragraphs)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
        _sentences = sentences;
        _sentenceStarts = sentenceStarts;
        _sentenceEnds = sentenceEnds;
        _sentenceParagraphs = paragraphs;
    }

    public string Text { get; }

    public int Count => _starts.Length;

    public int SentenceCount => _sentenceStarts.Length;

    public static TextWords Scan(Document document)
    {
        var text = document.Text;
        var sentenceCount = document.SentenceCount;
        int[] sentenceStarts;
        int[] sentenceEnds;
        int[] paragraphs;
        if (sentenceCount == 0)
        {
            sentenceStarts = [0];
            sentenceEnds = [text.Length];
            paragraphs = [0];
        }
        else
        {
            sentenceStarts = new int[sentenceCount];
            sentenceEnds = new int[sentenceCount];
            paragraphs = new int[sentenceCount];
            for (var s = 0; s < sentenceCount; s++)
            {
                var sentence = document.GetSentence(s);
                sentenceStarts[s] = sentence.Start;
                sentenceEnds[s] = sentence.End;
                paragraphs[s] = sentence.Paragraph;
            }
        }

        return Scan(text, sentenceStarts, sentenceEnds, paragraphs);
    }

    public static TextWords Scan(string text, int[] sentenceStarts, int[] sentenceEnds, int[] paragraphs)
    {
        var starts = new List<int>(text.Length / 5);
        var ends = new List<int>(text.Length / 5);
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                i++;
                while (i < span.Length)
                {
                    var d = span[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                        continue;
                    }

                    var next = i + 1 < span.Length ? span[i + 1] : '\0';
                    if ((d == '-' || d == '\u2011') && char.IsLetterOrDigit(next))
                    {
                        i++;
                        continue;
                    }

                    if ((d == '\'' || d == '\u2019') && char.IsLetter(next) && char.IsLetter(span[i - 1]))
                    {
                        // A possessive 's stays apart ("Moon’s" → Moon ’s); contractions stay whole.
                        var after = i + 2 < span.Length ? span[i + 2] : '\0';
                        if ((next == 's' || next == 'S') && !char.IsLetter(after))
                        {
                            break;
                        }

                        i++;
                        continue;
                    }

                    if ((d == ',' || d == '.') && char.IsDigit(span[i - 1]) && char.IsDigit(next))
                    {
                        i++;
                        continue;
                    }

                    // "U.S.", "U.N.": an initialism is one word with its final period.
                    if (d == '.' && IsInitialism(span[start..i]))
                    {
                        var afterNext = i + 2 < span.Length ? span[i + 2] : '\0';
                        if (char.IsLetter(next) && !char.IsLetterOrDigit(afterNext))
                        {
                            i++;
                            continue;
                        }

                        // "U.S." whole; "J. Smith": a lone initial before a capitalised word keeps its period too.
                        if (i - start >= 3 || (next == ' ' && char.IsUpper(afterNext)))
                        {
                            i++;
                        }
                    }

                    break;
                }
            }
            else if ((c == '\'' || c == '\u2019') && i + 1 < span.Length && (span[i + 1] == 's' || span[i + 1] == 'S') &&
                     i > 0 && char.IsLetterOrDigit(span[i - 1]) && (i + 2 >= span.Length || !char.IsLetter(span[i + 2])))
            {
                i += 2;
            }
            else
            {
                i++;
            }

            starts.Add(start);
            ends.Add(i);
        }

        var sentences = new int[starts.Count];
        var s = 0;
        for (var w = 0; w < starts.Count; w++)
        {
            while (s + 1 < sentenceStarts.Length && starts[w] >= sentenceStarts[s + 1])
            {
                s++;
            }

            sentences[w] = s;
        }

        return new TextWords(text, [.. starts], [.. ends], sentences, sentenceStarts, sentenceEnds, paragraphs);
    }

    public int Start(int i) => _starts[i];

    public int End(int i) => _ends[i];

    public int SentenceOf(int i) => _sentences[i];

    public int SentenceStart(int s) => _sentenceStarts[s];

    public int SentenceEnd(int s) => _sentenceEnds[s];

    public int Paragraph(int s) => _sentenceParagraphs[s];

    public ReadOnlySpan<char> Span(int i) => Text.AsSpan(_starts[i], _ends[i] - _starts[i]);

    public string Get(int i) => Text.Substring(_starts[i], _ends[i] - _starts[i]);

    public bool Is(int i, string word) => i >= 0 && i < _starts.Length && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsChar(int i, char c) => i >= 0 && i < _starts.Length && _ends[i] - _starts[i] == 1 && Text[_starts[i]] == c;

    public char First(int i) => Text[_starts[i]];

    public bool IsWord(int i) => i >= 0 && i < _starts.Length && char.IsLetterOrDigit(Text[_starts[i]]);

    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Text[_starts[i]]);

    public bool IsLower(int i) => IsWord(i) && char.IsLower(Text[_starts[i]]);

    public bool IsNumber(int i) => IsWord(i) && char.IsDigit(Text[_starts[i]]);

    public bool IsPossessive(int i) => i >= 0 && i < _starts.Length && _ends[i] - _starts[i] == 2 &&
        (Text[_starts[i]] == '\'' || Text[_starts[i]] == '\u2019') && (Text[_starts[i] + 1] is 's' or 'S');

    /// <summary>The index of the first word that starts at or after <paramref name="offset"/>.</summary>
    public int WordAt(int offset)
    {
        var lo = 0;
        var hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The sentence holding <paramref name="offset"/> (the next sentence when it falls between two).</summary>
    public int SentenceAt(int offset)
    {
        var lo = 0;
        var hi = _sentenceStarts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (_sentenceStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (lo + 1 < _sentenceStarts.Length && offset >= _sentenceEnds[lo])
        {
            return lo + 1;
        }

        return lo;
    }

    /// <summary>Single letters joined by periods ("U", "U.S"), as the start of an initialism.</summary>
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length % 2 == 0)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (k % 2 == 0 ? !char.IsUpper(word[k]) : word[k] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
