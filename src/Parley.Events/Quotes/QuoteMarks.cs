namespace Parley.Events.Quotes;

/// <summary>A stretch of quoted text: its content between the marks, and how it links to its neighbours.</summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="Start">First content offset (after the opening mark).</param>
/// <param name="End">End of the content (the closing mark's offset, or the paragraph end when unclosed).</param>
/// <param name="Close">Offset just past the closing mark (equal to <paramref name="End"/> when unclosed).</param>
/// <param name="ContinuesNext">The quote is open at a paragraph end and the next paragraph opens a quote that carries it on.</param>
internal readonly record struct QuoteSpan(int Open, int Start, int End, int Close, bool ContinuesNext);

/// <summary>
/// Finds quoted stretches by their marks: curly and straight double quotes (single quotes nested inside
/// them are content), and curly single quotes used as top-level marks. A quote still open at a paragraph
/// break ends there; when the next paragraph starts with an opening mark, the convention of running a
/// quotation over several paragraphs applies and the two pieces are linked.
/// </summary>
internal static class QuoteMarks
{
    public static List<QuoteSpan> Find(string text)
    {
        var spans = new List<QuoteSpan>();
        var open = -1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (open >= 0)
                {
                    var end = TrimEnd(text, open + 1, i);
                    var next = SkipSpace(text, i);
                    var continues = next < text.Length && IsDoubleOpen(text, next);
                    if (end > open + 1)
                    {
                        spans.Add(new QuoteSpan(open, open + 1, end, end, continues));
                    }

                    open = -1;
                }

                i++;
                continue;
            }

            if (open < 0)
            {
                if (IsDoubleOpen(text, i))
                {
                    open = i;
                }
                else if (c == '\u2018' && IsSingleOpen(text, i) && FindSingleClose(text, i + 1) is var close and > 0)
                {
                    spans.Add(new QuoteSpan(i, i + 1, close, close + 1, false));
                    i = close + 1;
                    continue;
                }
            }
            else if (c is '\u201D' or '"' or '\u201C')
            {
                if (c == '\u201C' || (c == '"' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsWhiteSpace(text[i - 1])))
                {
                    // An opening mark inside an open quote: the earlier one was never closed.
                    var end = TrimEnd(text, open + 1, i);
                    if (end > open + 1)
                    {
                        spans.Add(new QuoteSpan(open, open + 1, end, end, false));
                    }

                    open = i;
                }
                else
                {
                    if (i > open + 1)
                    {
                        spans.Add(new QuoteSpan(open, open + 1, i, i + 1, false));
                    }

                    open = -1;
                }
            }

            i++;
        }

        if (open >= 0)
        {
            var end = TrimEnd(text, open + 1, text.Length);
            if (end > open + 1)
            {
                spans.Add(new QuoteSpan(open, open + 1, end, end, false));
            }
        }

        return spans;
    }

    private static bool IsDoubleOpen(string text, int i)
    {
        var c = text[i];
        if (c is '\u201C' or '\u201E')
        {
            return true;
        }

        if (c != '"')
        {
            return false;
        }

        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-' or '/' or ':' or '\u2018');
    }

    private static bool IsSingleOpen(string text, int i)
    {
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return char.IsLetterOrDigit(after) && (char.IsWhiteSpace(before) || before is '(' or '\u2014' or '\u2013');
    }

    /// <summary>The matching ’ of a top-level single quote in the same paragraph, or -1.</summary>
    private static int FindSingleClose(string text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            var c = text[j];
            if (c == '\n' || c == '\u201C' || c == '\u2018')
            {
                return -1;
            }

            if (c == '\u2019' && j > from && !char.IsWhiteSpace(text[j - 1]) && (j + 1 >= text.Length || !char.IsLetter(text[j + 1])))
            {
                // A plural possessive ("the rebels’ delegation") is followed by a lowercase word, a closing quote by punctuation or a space and a new clause.
                if (j + 2 < text.Length && text[j + 1] == ' ' && char.IsLower(text[j + 2]) && text[j - 1] == 's' && !IsPunctuation(text[j - 1]))
                {
                    continue;
                }

                return j;
            }
        }

        return -1;
    }

    private static bool IsPunctuation(char c) => c is ',' or '.' or '!' or '?';

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
