using System.Text;
using Parley.Core;

namespace Parley.Ingest.Cleaning;

/// <summary>
/// Removes page furniture (breadcrumbs, repeated titles, share widgets, author bios, follow lines, newsletter and
/// related-link lines, photo credits, reporting credits, copyright and advertisement markers) and site chrome (menus,
/// footer links, time and meta lines, tag lists, comment labels, paywall, cookie and call-out notices, captions,
/// separators) from scraped article text and normalises its whitespace. Pure and thread-safe; never throws for any
/// input string.
/// </summary>
/// <remarks>
/// <para>Whitespace: <c>\r\n</c>, <c>\r</c> and U+2028 become <c>\n</c>; U+2029 and form feeds become a blank line.
/// Runs of other whitespace inside a line collapse to one space and lines are trimmed. Paragraphs are runs of
/// non-blank lines and are joined by exactly one blank line; a single newline is kept only where the input broke a
/// paragraph's lines. When an input has no blank lines at all but has long lines, each line is a paragraph. A removed
/// line also ends its paragraph, so every output paragraph is a contiguous piece of the input.</para>
/// <para>The rules work on whole lines. Header rules (title, repeated title, breadcrumb, byline, timestamp) apply only
/// before the first line of running prose; the author-bio rule only to the last lines; the others anywhere. A line
/// made of several sentences is removed only when every sentence is furniture. Three passes look beyond one line:
/// runs of short lines that are mostly menu entries (before the header rules, so a menu entry never becomes the title),
/// the links listed under a bare label ("Most read"), and the caption under "Image caption,".</para>
/// </remarks>
public static class Cleaner
{
    private const int MaxHeaderLines = 16;
    private const int FooterLines = 6;

    /// <summary>Cleans <paramref name="text"/>.</summary>
    /// <param name="text">Raw article text.</param>
    /// <param name="knownTitle">A title already known from metadata (HTML, JSONL); header lines repeating it are removed.
    /// When null, the first header line that looks like a headline becomes the title.</param>
    /// <param name="knownOutlet">The outlet's name from metadata (HTML); a header line that is only this name (a masthead) is removed.</param>
    public static CleanResult Clean(string text, string? knownTitle = null, string? knownOutlet = null)
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
            // "Analysis: Would a Trump return mean a deal on Ukraine?": a question standing alone as the first line is
            // a headline, however long, unless it is one sentence of several.
            var headlineQuestion = i == nonBlank[0] && words[i] < 25 && lines[i][^1] == '?' && FurnitureRules.SentenceEnd(lines[i], 0) == lines[i].Length;
            if (firstProse < 0 && anywhere[i] is null && !headlineQuestion && FurnitureRules.IsProse(lines[i]))
            {
                firstProse = i;
            }
        }

        MarkMenuRuns(lines, words, anywhere, firstProse);

        // Bios sit in the last lines that are not otherwise furniture: the last 6, or the last third of a short text (at least 2 lines).
        var candidates = nonBlank.FindAll(i => anywhere[i] is null);
        var footerCount = Math.Min(FooterLines, Math.Max(2, candidates.Count / 3));
        var footerFrom = candidates.Count > footerCount ? candidates[^footerCount] : 0;
        string? title = null;
        var titleLine = -1;
        string? byline = null;
        string? published = null;
        var keptHeaderLine = false;
        var seen = 0;
        for (var k = 0; k < nonBlank.Count; k++)
        {
            var i = nonBlank[k];
            var line = lines[i];
            var inHeaderZone = firstProse < 0 || i < firstProse;
            if (anywhere[i] is { } reason)
            {
                removed[i] = [new Removal(line, reason)];
                if (reason == RemovalReasons.Timestamp && inHeaderZone && seen < MaxHeaderLines)
                {
                    // "Beatriz Nunes · 28 April 2024 · 4 min read" in the header gives the date and the byline.
                    if (FurnitureRules.IsMetaLine(line, words[i], out var iso, out var names))
                    {
                        byline ??= names;
                    }
                    else
                    {
                        FurnitureRules.IsTimeLine(line, words[i], out iso, allowBareDate: true);
                    }

                    published ??= iso;
                }

                continue;
            }

            var isHeader = inHeaderZone && seen++ < MaxHeaderLines;
            if (isHeader)
            {
                // A headline is never continued by a lower-case line ("line one\nline two of it.").
                var continued = i + 1 < n && lines[i + 1].Length > 0 && char.IsLower(lines[i + 1][0]);
                var next = k + 1 < nonBlank.Count ? lines[nonBlank[k + 1]] : null;

                // A masthead between menu lines ("Menu" / "The Lakeland Observer" / "Subscribe") is no headline.
                var betweenMenus = k > 0 && k + 1 < nonBlank.Count &&
                    FurnitureRules.IsChrome(anywhere[nonBlank[k - 1]]) && FurnitureRules.IsChrome(anywhere[nonBlank[k + 1]]);
                if (betweenMenus && words[i] <= 5 && !FurnitureRules.IsProse(line))
                {
                    removed[i] = [new Removal(line, RemovalReasons.Navigation)];
                    continue;
                }

                if (ClassifyHeader(line, words[i], knownTitle, knownOutlet, title, next, keptHeaderLine || continued, ref byline, ref published) is { } headerReason)
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

        RemoveListsAndCaptions(lines, words, nonBlank, removed);

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

        // The dateline opens the first kept line or, when that is a standfirst or a leftover, a line soon after: the
        // search stops at the first prose line of 25 words or more (a lead paragraph) and after four kept lines.
        string? dateline = null;
        string? agency = null;
        Removal? datelineRemoval = null;
        var datelineLine = -1;
        var tried = 0;
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
                break;
            }

            if (++tried >= 4 || (FurnitureRules.IsProse(lines[i]) && words[i] >= 25))
            {
                break;
            }
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
        string line, int words, string? knownTitle, string? knownOutlet, string? title, string? next, bool keptHeaderLine, ref string? byline, ref string? published)
    {
        if ((knownTitle is not null && SameTitle(line, knownTitle)) || (title is not null && SameTitle(line, title)))
        {
            return RemovalReasons.Title;
        }

        if (knownOutlet is not null && TitleKey(line) == TitleKey(knownOutlet))
        {
            return RemovalReasons.Navigation;
        }

        // A byline printed as a name over a role: "Wanjiru Kamau" / "Nairobi correspondent".
        if (FurnitureRules.IsRole(line, words))
        {
            return RemovalReasons.Byline;
        }

        if (FurnitureRules.IsByline(line, words, out var names))
        {
            byline ??= names;
            return RemovalReasons.Byline;
        }

        if (next is not null && FurnitureRules.IsPersonName(line, words) && FurnitureRules.IsRole(next, FurnitureRules.WordCount(next)))
        {
            byline ??= line;
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

    /// <summary>
    /// Removes what follows two kinds of label: the caption on the line after "Image caption," and the list of links
    /// after a bare list label ("Most read", "Related", "Key events") — the short lines of the label's own paragraph, or,
    /// when nothing but short lines follows the label to the end of the text, all of them.
    /// </summary>
    private static void RemoveListsAndCaptions(List<string> lines, int[] words, List<int> nonBlank, List<Removal>?[] removed)
    {
        for (var k = 0; k < nonBlank.Count; k++)
        {
            var i = nonBlank[k];
            if (removed[i] is not [var label])
            {
                continue;
            }

            if (label.Reason == RemovalReasons.PhotoCredit && FurnitureRules.IsCaptionLabel(lines[i]))
            {
                if (i + 1 < lines.Count && words[i + 1] is > 0 and <= FurnitureRules.MaxFurnitureWords && removed[i + 1] is null)
                {
                    removed[i + 1] = [new Removal(lines[i + 1], RemovalReasons.PhotoCredit)];
                }

                continue;
            }

            if (label.Reason is not (RemovalReasons.RelatedLinks or RemovalReasons.Tags) || !FurnitureRules.IsListLabel(lines[i]))
            {
                continue;
            }

            for (var j = i + 1; j < lines.Count && words[j] > 0; j++)
            {
                if (removed[j] is null && !IsListItem(lines[j], words[j]))
                {
                    break;
                }

                removed[j] ??= [new Removal(lines[j], label.Reason)];
            }
        }

        // A label whose links stand in paragraphs of their own (HTML list items) takes them only at the very end.
        foreach (var i in nonBlank)
        {
            if (removed[i] is [var label] && label.Reason is RemovalReasons.RelatedLinks or RemovalReasons.Tags && FurnitureRules.IsListLabel(lines[i]))
            {
                var rest = nonBlank.FindAll(x => x > i && removed[x] is null);
                if (rest.Count is > 0 and <= 12 && rest.TrueForAll(x => IsListItem(lines[x], words[x])))
                {
                    foreach (var x in rest)
                    {
                        removed[x] = [new Removal(lines[x], label.Reason)];
                    }
                }
            }
        }
    }

    /// <summary>
    /// Removes the leftovers of a menu printed one entry per line: in a run of three or more consecutive short lines
    /// (at most 4 words, no sentence) of which at least half are navigation, breadcrumbs, share or follow links, the
    /// other lines ("WHAT'S ON", "Advertise My Ad") are menu entries too. Runs before the header rules, so that a
    /// menu entry is never taken for the headline.
    /// </summary>
    private static void MarkMenuRuns(List<string> lines, int[] words, string?[] anywhere, int firstProse)
    {
        var start = 0;
        while (start < lines.Count)
        {
            var end = start;
            var chrome = 0;
            while (end < lines.Count && words[end] is > 0 and <= 4 && !FurnitureRules.IsProse(lines[end]) && lines[end][^1] is not ('.' or '!' or '?' or ':' or ';'))
            {
                // Section names count only in the header: "Europe" / "Asia" / "Africa" in the story is a list of regions.
                chrome += FurnitureRules.IsChrome(anywhere[end]) || (InHeaderZone(end, firstProse) && FurnitureRules.IsBreadcrumb(lines[end], words[end])) ? 1 : 0;
                end++;
            }

            if (end - start >= 3 && chrome * 2 >= end - start)
            {
                for (var i = start; i < end; i++)
                {
                    if (anywhere[i] is null && !(InHeaderZone(i, firstProse) && FurnitureRules.IsBreadcrumb(lines[i], words[i])))
                    {
                        anywhere[i] = RemovalReasons.Navigation;
                    }
                }
            }

            start = Math.Max(end, start + 1);
        }
    }

    private static bool InHeaderZone(int line, int firstProse) => firstProse < 0 || line < firstProse;

    /// <summary>A line that can be an entry of a list of links: short and not a sentence.</summary>
    private static bool IsListItem(string line, int words) =>
        words <= 15 && !FurnitureRules.IsProse(line) && line[^1] is not ('.' or '!' or ':' or ';');

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
