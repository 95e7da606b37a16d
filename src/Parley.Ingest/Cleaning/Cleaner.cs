using System.Text;
using Parley.Core;

namespace Parley.Ingest.Cleaning;

/// <summary>
/// Removes page furniture (breadcrumbs, repeated titles, share widgets, author bios, follow lines, newsletter and
/// related-link lines, photo credits, reporting credits, copyright and advertisement markers) from scraped article
/// text and normalises its whitespace. Pure and thread-safe; never throws for any input string.
/// </summary>
/// <remarks>
/// <para>Whitespace: <c>\r\n</c>, <c>\r</c> and U+2028 become <c>\n</c>; U+2029 and form feeds become a blank line.
/// Runs of other whitespace inside a line collapse to one space and lines are trimmed. Paragraphs are runs of
/// non-blank lines and are joined by exactly one blank line; a single newline is kept only where the input broke a
/// paragraph's lines. When an input has no blank lines at all but has long lines, each line is a paragraph. A removed
/// line also ends its paragraph, so every output paragraph is a contiguous piece of the input.</para>
/// <para>The rules work on whole lines. Header rules (title, repeated title, breadcrumb, byline, timestamp) apply only
/// before the first line of running prose; the author-bio rule only to the last lines; the others anywhere. A line
/// made of several sentences is removed only when every sentence is furniture.</para>
/// </remarks>
public static class Cleaner
{
    private const int MaxHeaderLines = 10;
    private const int FooterLines = 6;

    /// <summary>Cleans <paramref name="text"/>.</summary>
    /// <param name="text">Raw article text.</param>
    /// <param name="knownTitle">A title already known from metadata (HTML, JSONL); header lines repeating it are removed.
    /// When null, the first header line that looks like a headline becomes the title.</param>
    public static CleanResult Clean(string text, string? knownTitle = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = SplitLines(text);
        var n = lines.Count;
        var words = new int[n];
        var nonBlank = new List<int>();
        for (var i = 0; i < n; i++)
        {
            words[i] = FurnitureRules.WordCount(lines[i]);
            if (words[i] > 0)
            {
                nonBlank.Add(i);
            }
        }

        var removed = new List<Removal>?[n];
        var anywhere = new string?[n];
        var firstProse = -1;
        foreach (var i in nonBlank)
        {
            anywhere[i] = FurnitureRules.MatchAnywhere(lines[i], words[i]);
            if (firstProse < 0 && anywhere[i] is null && FurnitureRules.IsProse(lines[i]))
            {
                firstProse = i;
            }
        }

        // Bios sit in the last lines: the last 6, or the last third of a short text (at least 2 lines).
        var footerCount = Math.Min(FooterLines, Math.Max(2, nonBlank.Count / 3));
        var footerFrom = nonBlank.Count > footerCount ? nonBlank[^footerCount] : 0;
        string? title = null;
        var titleLine = -1;
        string? byline = null;
        string? published = null;
        var keptHeaderLine = false;
        var seen = 0;
        foreach (var i in nonBlank)
        {
            var line = lines[i];
            var isHeader = (firstProse < 0 || i < firstProse) && seen++ < MaxHeaderLines;
            if (anywhere[i] is { } reason)
            {
                removed[i] = [new Removal(line, reason)];
                continue;
            }

            if (isHeader)
            {
                // A headline is never continued by a lower-case line ("line one\nline two of it.").
                var continued = i + 1 < n && lines[i + 1].Length > 0 && char.IsLower(lines[i + 1][0]);
                if (ClassifyHeader(line, words[i], knownTitle, title, keptHeaderLine || continued, ref byline, ref published) is { } headerReason)
                {
                    removed[i] = [new Removal(line, headerReason)];
                    if (headerReason == RemovalReasons.Title && knownTitle is null && title is null)
                    {
                        title = line;
                        titleLine = i;
                    }

                    continue;
                }

                keptHeaderLine = true;
            }

            if (words[i] <= 2 * FurnitureRules.MaxFurnitureWords && SplitFurniture(line, i >= footerFrom) is { } pieces)
            {
                removed[i] = pieces;
            }
            else if (i >= footerFrom && FurnitureRules.IsAuthorBio(line, words[i]))
            {
                removed[i] = [new Removal(line, RemovalReasons.AuthorBio)];
            }
        }

        var kept = 0;
        foreach (var i in nonBlank)
        {
            kept += removed[i] is null ? 1 : 0;
        }

        if (kept == 0 && titleLine >= 0)
        {
            // A lone headline-shaped line is the text itself, not a title.
            removed[titleLine] = null;
            title = null;
        }

        string? dateline = null;
        string? agency = null;
        Removal? datelineRemoval = null;
        var datelineLine = -1;
        foreach (var i in nonBlank)
        {
            if (removed[i] is not null)
            {
                continue;
            }

            var length = FurnitureRules.MatchDateline(lines[i], out dateline, out agency);
            if (length > 0)
            {
                datelineRemoval = new Removal(lines[i][..length].TrimEnd(), RemovalReasons.Dateline);
                lines[i] = lines[i][length..];
                datelineLine = i;
            }

            break;
        }

        var all = new List<Removal>();
        var output = new StringBuilder(text.Length);
        var breakPending = false;
        for (var i = 0; i < n; i++)
        {
            if (i == datelineLine)
            {
                all.Add(datelineRemoval!);
            }

            if (removed[i] is { } pieces)
            {
                all.AddRange(pieces);
                breakPending = true;
                continue;
            }

            if (words[i] == 0)
            {
                breakPending = true;
                continue;
            }

            if (output.Length > 0)
            {
                output.Append(breakPending ? "\n\n" : "\n");
            }

            output.Append(lines[i]);
            breakPending = false;
        }

        return new CleanResult(output.ToString(), title, dateline, agency, byline, published, all);
    }

    /// <summary>Only normalises whitespace, as <see cref="Clean"/> does, without removing anything.</summary>
    public static string NormalizeWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length);
        var breakPending = false;
        foreach (var line in SplitLines(text))
        {
            if (line.Length == 0)
            {
                breakPending = true;
                continue;
            }

            if (output.Length > 0)
            {
                output.Append(breakPending ? "\n\n" : "\n");
            }

            output.Append(line);
            breakPending = false;
        }

        return output.ToString();
    }

    private static string? ClassifyHeader(
        string line, int words, string? knownTitle, string? title, bool keptHeaderLine, ref string? byline, ref string? published)
    {
        if ((knownTitle is not null && SameTitle(line, knownTitle)) || (title is not null && SameTitle(line, title)))
        {
            return RemovalReasons.Title;
        }

        if (FurnitureRules.IsByline(line, words, out var names))
        {
            byline ??= names;
            return RemovalReasons.Byline;
        }

        if (FurnitureRules.IsTimestamp(line, words, out var iso))
        {
            published ??= iso;
            return RemovalReasons.Timestamp;
        }

        if (FurnitureRules.IsBreadcrumb(line, words))
        {
            return RemovalReasons.Breadcrumb;
        }

        return knownTitle is null && title is null && !keptHeaderLine && FurnitureRules.LooksLikeTitle(line, words)
            ? RemovalReasons.Title
            : null;
    }

    /// <summary>Removes a line made of several furniture sentences ("X is a staff writer for Y. Follow him on Twitter.").</summary>
    private static List<Removal>? SplitFurniture(string line, bool inFooter)
    {
        List<Removal>? pieces = null;
        var start = 0;
        while (start < line.Length)
        {
            var end = FurnitureRules.SentenceEnd(line, start);
            if (start == 0 && end == line.Length)
            {
                return null;
            }

            var sentence = line[start..end];
            var count = FurnitureRules.WordCount(sentence);
            var reason = FurnitureRules.MatchAnywhere(sentence, count)
                ?? (inFooter && FurnitureRules.IsAuthorBio(sentence, count) ? RemovalReasons.AuthorBio : null);
            if (reason is null)
            {
                return null;
            }

            (pieces ??= []).Add(new Removal(sentence, reason));
            start = end + 1;
        }

        return pieces;
    }

    private static bool SameTitle(string line, string title)
    {
        var a = TitleKey(line);
        var b = TitleKey(title);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        // A page title often carries the outlet: "Headline | Outlet" or "Headline - Outlet".
        return a == b || (b.Length > a.Length && b.StartsWith(a, StringComparison.Ordinal) && b[a.Length] is ' ' or '|' or '-' or '–' or '—' or ':');
    }

    private static string TitleKey(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '’' or '‘' => '\'',
                '“' or '”' => '"',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        while (sb.Length > 0 && sb[^1] is '.' or '!' or '?' or ':')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    private static bool HasInnerBlank(List<string> lines)
    {
        var first = lines.FindIndex(l => l.Length > 0);
        var last = lines.FindLastIndex(l => l.Length > 0);
        for (var i = first + 1; i < last; i++)
        {
            if (lines[i].Length == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits into lines with collapsed inner whitespace; blank lines are empty strings.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        var space = false;
        var longLine = false;

        void EndLine()
        {
            var line = current.ToString();
            current.Clear();
            space = false;
            longLine |= line.Length > 100;
            lines.Add(line);
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    EndLine();
                    break;
                case '\n' or '\u2028' or '\u0085':
                    EndLine();
                    break;
                case '\u2029' or '\f' or '\v':
                    EndLine();
                    EndLine();
                    break;
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        space = current.Length > 0;
                    }
                    else
                    {
                        if (space)
                        {
                            current.Append(' ');
                            space = false;
                        }

                        current.Append(c);
                    }

                    break;
            }
        }

        EndLine();
        if (longLine && !HasInnerBlank(lines))
        {
            // No blank lines at all but long lines: the input put one paragraph per line.
            var spaced = new List<string>(lines.Count * 2);
            foreach (var line in lines)
            {
                if (line.Length > 0)
                {
                    spaced.Add(line);
                    spaced.Add("");
                }
            }

            return spaced;
        }

        return lines;
    }
}
