using System.Buffers;
using System.Text.RegularExpressions;

namespace Parley.Ingest.Cleaning;

/// <summary>
/// Rules for the site chrome around an article: menus and footer links, time and reading-time lines, "Name · date"
/// meta lines, tag lists, comment-section labels, paywall and cookie notices, reader call-outs, captions and
/// reporter roles. Like every rule here they match only lines whose every word is accounted for.
/// </summary>
internal static partial class FurnitureRules
{
    /// <summary>Menu entries, footer links and page tools; each may stand alone as a line or be one of several segments.</summary>
    private static readonly HashSet<string> NavigationPhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "☰ menu", "search", "sign in", "log in", "login", "log out", "sign out", "register", "subscribe", "save",
        "my account", "account", "skip to main content", "skip to content", "skip to navigation", "terms of use",
        "terms of service", "terms and conditions", "terms & conditions", "privacy", "privacy policy", "privacy notice",
        "cookies", "cookie policy", "cookie settings", "cookie preferences", "manage cookies", "manage preferences",
        "about us", "contact us", "accessibility", "accessibility help", "advertise", "advertise with us", "careers",
        "site map", "sitemap", "rss", "rss feeds", "archives", "corrections", "do not sell my personal information",
        "do not sell or share my personal information", "do not share or sell my info", "your privacy choices",
        "view full site", "back to top", "listen to this article", "play video", "watch video", "gift this article",
        "print this article", "print this page", "e-mail to a friend", "email to a friend", "email this article",
        "follow us", "follow us on", "sections", "all sections", "e-edition", "epaper", "e-paper", "newsletters",
        "podcasts", "obituaries", "classifieds", "older posts", "newer posts", "load more", "show more",
        "show key events only", "view all posts", "view comments", "close", "accept", "accept all", "reject all",
        "contact", "about", "help", "home", "more", "next", "previous", "elsewhere", "weather", "jobs", "learn more",
        "purchase licensing rights", "acquire licensing rights", "licensing rights", "reprints", "reprints & permissions",
        "report an error", "announcements",
    };

    /// <summary>Navigation phrases too common to remove on their own; they count only beside others ("About · Contact").</summary>
    private static readonly HashSet<string> WeakNavigation = new(StringComparer.OrdinalIgnoreCase)
    {
        "contact", "about", "help", "home", "more", "next", "previous", "close", "accept", "account", "weather",
        "jobs", "privacy", "advertise", "sections", "archives", "register", "elsewhere", "accessibility", "careers",
        "announcements", "obituaries", "podcasts",
    };

    /// <summary>Words a time, date or reading-time line may consist of ("Updated 3 hours ago", "2h ago 13.10 BST").</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "updated", "published", "posted", "last", "first", "originally", "modified", "live", "at", "on", "ago", "just",
        "now", "today", "yesterday", "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "day", "days",
        "week", "weeks", "month", "months", "year", "years", "sec", "secs", "second", "seconds", "read", "reading",
        "time", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "bst", "utc", "cet", "cest", "eet", "eest", "et", "est",
        "edt", "ct", "cdt", "cst", "pt", "pst", "pdt", "mt", "mdt", "ist", "jst", "aest", "sast", "wat", "eat", "msk",
        "an", "a", "one", "of", "the", "|", "·", "•", "-", "–", "—", "/", ",",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    };

    /// <summary>The last word of a reporter's role ("Nairobi correspondent", "Staff Writer").</summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "correspondent", "reporter", "writer", "editor", "columnist", "contributor", "journalist", "producer", "analyst",
        "staff", "desk", "bureau", "team", "photographer",
    };

    private static readonly char[] SegmentSeparators = ['|', '·', '•', '/'];
    private static readonly SearchValues<char> MetaSeparators = SearchValues.Create("|·•/–—-");

    /// <summary>
    /// A line of site navigation: one strong phrase ("Sign in", "Privacy Policy", "Listen to this article"), or words and
    /// segments that are all navigation phrases ("Log In Subscribe", "About · Contact · Terms of Use"), a page count
    /// ("1 of 3") or an address-like segment beside at least two navigation phrases.
    /// </summary>
    public static bool IsNavigation(string line, int words)
    {
        if (words > 30)
        {
            return false;
        }

        if (Matches(JavaScriptNotice(), line))
        {
            return true;
        }

        // Screen-reader hints glued to links: "Acquire Licensing Rights, opens new tab".
        var segments = SplitSegments(line.Replace(", opens new tab", "", StringComparison.OrdinalIgnoreCase));
        var strong = 0;
        var weak = 0;
        var other = 0;
        foreach (var segment in segments)
        {
            if (CoverNavigation(segment, out var segmentStrong, out var segmentWeak))
            {
                strong += segmentStrong;
                weak += segmentWeak;
            }
            else if (segments.Count >= 3 && WordCount(segment) <= 5 && !EndsLikeSentence(segment))
            {
                other++;
            }
            else
            {
                return false;
            }
        }

        // Footer lines mix links with the outlet's name and address ("Valley Gazette | 120 Main St | Terms of Service").
        return other == 0 ? strong >= 1 || weak >= 2 : strong >= 2 || (strong >= 1 && other <= strong + weak);
    }

    /// <summary>
    /// A line made only of times, dates, relative times and reading times ("Updated 3 hours ago", "5 min read",
    /// "April 25, 2024 at 6:00 a.m. EDT"). A date alone ("March 14, 2024") counts only with <paramref name="allowBareDate"/>:
    /// in a story it heads a timeline entry and dates the events under it.
    /// </summary>
    public static bool IsTimeLine(string line, int words, out string? iso, bool allowBareDate = false)
    {
        iso = null;
        if (words > 16)
        {
            return false;
        }

        // Bare numbers and words prove nothing ("On May 12"); a clock time, "ago", "read", a relative time ("2h") or a
        // leading "Updated"/"Published" label do.
        var timeLike = Matches(TimestampLabel(), line) && words > 1;
        var dateToken = false;
        var first = true;
        foreach (var raw in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Trim(',', '(', ')', ':', ';');
            if (token.Length == 0 || TimeWords.Contains(token) || TimeWords.Contains(token.TrimEnd('.')))
            {
                timeLike |= token.Equals("ago", StringComparison.OrdinalIgnoreCase) || (!first && token.Equals("read", StringComparison.OrdinalIgnoreCase)) ||
                    (words > 1 && token is "Updated" or "updated" or "Published" or "published" or "Posted" or "posted" or "Modified" or "modified");
                first = false;
                continue;
            }

            first = false;
            if (Matches(TimeToken(), token))
            {
                var date = Matches(NumericDate(), token) || Matches(IsoDateToken(), token);
                dateToken |= date;
                timeLike |= !date && !Matches(PlainNumber(), token);
                continue;
            }

            return false;
        }

        var parsed = DateText.TryParse(line, out var iso8601);
        if (!timeLike && !(allowBareDate && (parsed || dateToken)))
        {
            return false;
        }

        iso = parsed ? iso8601 : null;
        return true;
    }

    /// <summary>
    /// A meta line of segments: a date or time, and otherwise names, "By" bylines, roles or reading times
    /// ("Beatriz Nunes · 28 April 2024 · 4 min read", "By Renée Dubois – 1 May 2024"). <paramref name="byline"/> gets the names of a "By" segment.
    /// </summary>
    public static bool IsMetaLine(string line, int words, out string? iso, out string? byline)
    {
        iso = null;
        byline = null;
        if (words > 16)
        {
            return false;
        }

        if (line.AsSpan().IndexOfAny(MetaSeparators) < 0)
        {
            return false;
        }

        var segments = SplitSegments(Matches(DashSeparated(), line) ? line.Replace(" – ", " | ", StringComparison.Ordinal).Replace(" — ", " | ", StringComparison.Ordinal).Replace(" - ", " | ", StringComparison.Ordinal) : line);
        if (segments.Count < 2)
        {
            return false;
        }

        var dated = false;
        foreach (var segment in segments)
        {
            var count = WordCount(segment);
            if (IsTimeLine(segment, count, out var date, allowBareDate: true))
            {
                dated = true;
                iso ??= date;
            }
            else if (IsByline(segment, count, out var names))
            {
                byline ??= names;
            }
            else if (!IsRole(segment, count) && !Matches(PersonName(), segment))
            {
                return false;
            }
        }

        return dated;
    }

    /// <summary>A reporter's role on its own line: "Staff Writer", "Nairobi correspondent", "Political Correspondent".</summary>
    public static bool IsRole(string line, int words)
    {
        if (words > 4 || EndsLikeSentence(line))
        {
            return false;
        }

        var last = line[(line.LastIndexOf(' ') + 1)..];
        return RoleWords.Contains(last) && char.IsUpper(line[0]) && !line.Contains(',', StringComparison.Ordinal);
    }

    /// <summary>A person's name on its own line (2–4 capitalised words), as bylines are printed above a role.</summary>
    public static bool IsPersonName(string line, int words) => words is >= 2 and <= 4 && Matches(PersonName(), line);

    /// <summary>A bare list label ("Most read", "Related", "Key events") that heads a list of links.</summary>
    public static bool IsListLabel(string line) => WordCount(line) <= 6 && Matches(ListLabel(), line.TrimEnd(':'));

    /// <summary>Further rules that apply anywhere; returns the reason or null.</summary>
    private static string? MatchChrome(string line, int words)
    {
        if (IsSeparator(line))
        {
            return RemovalReasons.Separator;
        }

        // Menus, time and meta lines are short and never end like a sentence; skipping them for sentences keeps
        // cleaning fast on the story's own lines.
        var sentence = words >= 8 && line[^1] is '.' or '!' or '?' or '"' or '”' or '’';
        if (sentence ? Matches(JavaScriptNotice(), line) : IsNavigation(line, words))
        {
            return RemovalReasons.Navigation;
        }

        if (words <= 6 && IsCaptionLabel(line))
        {
            return RemovalReasons.PhotoCredit;
        }

        if (!sentence && (IsTimeLine(line, words, out _) || IsMetaLine(line, words, out _, out _)))
        {
            return RemovalReasons.Timestamp;
        }

        if (words <= 30 && Matches(Tags(), line))
        {
            return RemovalReasons.Tags;
        }

        if (words <= 20 && Matches(Comments(), line))
        {
            return RemovalReasons.Comments;
        }

        if (Matches(Paywall(), line))
        {
            return RemovalReasons.Paywall;
        }

        if (words <= 40 && Matches(CookieNotice(), line))
        {
            return RemovalReasons.CookieNotice;
        }

        if (words <= 30 && Matches(Callout(), line))
        {
            return RemovalReasons.Callout;
        }

        if (words <= 25 && line.Contains("http", StringComparison.Ordinal) && Matches(LinkLine(), line))
        {
            return line.StartsWith("Follow", StringComparison.Ordinal) ? RemovalReasons.Follow : RemovalReasons.RelatedLinks;
        }

        // A caption ends with its credit ("… Tuesday, April 30, 2024. (AP Photo/Oleh Savchuk)", "… Lisbon. Photograph: Pedro Lima").
        return words <= 60 && (line.EndsWith(')') || line.Contains(':', StringComparison.Ordinal)) && Matches(CaptionWithCredit(), line)
            ? RemovalReasons.PhotoCredit
            : null;
    }

    /// <summary>Reasons for site chrome: menus, breadcrumbs, share, follow and sign-up links.</summary>
    public static bool IsChrome(string? reason) =>
        reason is RemovalReasons.Navigation or RemovalReasons.Breadcrumb or RemovalReasons.ShareWidget or RemovalReasons.Follow or RemovalReasons.Newsletter;

    /// <summary>A section break: a line of rules, stars, dots or pictographs only ("___", "* * *", "💡"); not "?" or ":)".</summary>
    public static bool IsSeparator(string line)
    {
        foreach (var c in line)
        {
            if (c is not ('_' or '-' or '*' or '~' or '=' or '.' or '•' or '#' or '+' or '─' or '—' or '–' or '·' or ' ') &&
                !char.IsSurrogate(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.OtherSymbol)
            {
                return false;
            }
        }

        return line.Length > 0;
    }

    /// <summary>How to reach the author, or what the author covers: "Carla Benitez can be reached at …", "Tomas covers transport for the Courier."</summary>
    public static bool IsAuthorContact(string line, int words) => words <= 30 && Matches(AuthorContact(), line);

    /// <summary>A caption label whose caption follows on the next line ("Image caption,").</summary>
    public static bool IsCaptionLabel(string line) => Matches(CaptionLabel(), line);

    private static List<string> SplitSegments(string line)
    {
        var segments = new List<string>();
        foreach (var part in line.Split(SegmentSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            segments.Add(part);
        }

        return segments;
    }

    /// <summary>Whether the words of <paramref name="segment"/> are a sequence of navigation phrases (longest match first).</summary>
    private static bool CoverNavigation(string segment, out int strong, out int weak)
    {
        strong = 0;
        weak = 0;
        var tokens = segment.TrimEnd('.', '!').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        while (i < tokens.Length)
        {
            var matched = 0;
            for (var length = Math.Min(8, tokens.Length - i); length >= 1; length--)
            {
                var phrase = string.Join(' ', tokens, i, length);
                if (NavigationPhrases.Contains(phrase))
                {
                    matched = length;
                    if (WeakNavigation.Contains(phrase))
                    {
                        weak++;
                    }
                    else
                    {
                        strong++;
                    }

                    break;
                }

                if (length == 3 && Matches(PageCount(), phrase))
                {
                    matched = 3;
                    break;
                }
            }

            if (matched == 0)
            {
                return false;
            }

            i += matched;
        }

        return tokens.Length > 0;
    }

    [GeneratedRegex(@"^(?:GMT|UTC)[+\-−]\d{1,2}(?::?\d{2})?$|^\d{1,2}[:.]\d{2}(?:[ap]m)?$|^\d{1,4}(?:st|nd|rd|th)?$|^\d{1,3}(?:s|m|h|d|w|min|mins|hr|hrs)$|^\d{4}-\d{2}-\d{2}(?:T[\d:.+\-Z]+)?$|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$", Options | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex TimeToken();

    [GeneratedRegex(@"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$", Options, 1000)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?:T[\d:.+\-Z]+)?$", Options, 1000)]
    private static partial Regex IsoDateToken();

    [GeneratedRegex(@"^\d{1,4}(?:st|nd|rd|th)?$", Options, 1000)]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^\S.*\s[–—-]\s\S.*$", Options, 1000)]
    private static partial Regex DashSeparated();

    [GeneratedRegex(@"^(?!(?:He|She|They|It|We|I|You|This|That|There|The)\s)(?:[A-Z][\p{L}'’.\-]*\s+){1,3}(?:(?:can|may) be (?:reached|contacted|emailed)\s+(?:at|on|via)\s+\S.{2,150}|(?:covers|writes about|reports on)\s+[^.!?]{3,150}\s+(?:for|at)\s+(?:the\s+)?[A-Z][^.!?]{1,60}[.!])$", Options, 1000)]
    private static partial Regex AuthorContact();

    [GeneratedRegex(@"^\d+ of \d+$", Options, 1000)]
    private static partial Regex PageCount();

    [GeneratedRegex(@"^(?:[A-Z][\p{L}'’.\-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}'’.\-]+|[A-Z]\.|de|van|von|al|bin|da|del|la|le)){1,3}$", Options, 1000)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^(?:Please\s+)?(?:turn on|enable|activate|switch on)\s+JavaScript\b.{0,120}$|^(?:You need to|You must)\s+enable\s+JavaScript\b.{0,120}$|^JavaScript is (?:disabled|required)\b.{0,120}$", Options | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex JavaScriptNotice();

    [GeneratedRegex(@"^(?:(?:Tags|Tagged|Tagged with|Topics|Related topics|Related Topics|Filed under|Categories|Category|Posted in|Keywords)\s*:|Tags|Tagged|Filed under|Posted in)\s+[\p{Lu}\p{N}#][^.!?]{0,250}$|^(?:Tags|Topics|Related Topics|Related topics):?$", Options, 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"^(?:Comments?|COMMENTS|\d+ [Cc]omments?|Comments? \(\d+\)|Comments \d+|Leave a [Rr]eply|Leave a [Cc]omment|(?:Want to )?[Jj]oin the (?:conversation|discussion)\??(?: .{0,100})?|[^.!?]{0,60}\bto comment on this (?:article|story)|Be the first to comment|Comments are (?:closed|now closed|open)|You must be logged in to (?:post a )?comment|(?:Show|View|Hide|Read all|Read) (?:\d+ )?comments|Add a comment|Post a comment|Share what you think|The comments below have not been moderated|Comments have been disabled for this article|\d+ (?:thoughts|responses|replies) (?:on|to) .{1,200}|Reply)[.!]?$", Options, 1000)]
    private static partial Regex Comments();

    [GeneratedRegex(@"^(?:This (?:article|story|content) is (?:for|only available to|available to|exclusive to) (?:paid )?(?:subscribers|members)(?: only)?|Already a (?:subscriber|member)\?|(?:Subscribe|Log in|Sign in|Register) (?:now |today )?to (?:continue reading|read (?:the full|this) (?:article|story)|keep reading|unlock this article)|(?:To continue reading|Continue reading),? (?:subscribe|log in|sign in|register).{0,80}|Get (?:full|unlimited|digital) access\b.{0,120}\b(?:subscri\w*|month|year|trial|offer|for just|for only)\b.{0,120}|You have reached (?:your|the) (?:limit|maximum) of (?:free )?(?:articles|stories).{0,80}|You['’]ve (?:read|reached) .{0,40}free (?:articles|stories).{0,80}|Create a free account to (?:continue|keep) reading.{0,60}|Unlock (?:this article|full access).{0,80}|(?:Did you know|With a|Get|Enjoy|Become a|Support)\b.{0,200}\b(?:[Ss]ubscription|[Ss]ubscriber|[Mm]embership)\b.{0,120}\b(?:unlimited access|ad-free|fewer ads|premium content)\b.{0,200})[.!]?$", Options, 1000)]
    private static partial Regex Paywall();

    [GeneratedRegex(@"^(?:(?:We|This (?:site|website)|Our (?:site|website)|[A-Z][\w ]{0,30} and (?:our|its) partners) (?:use|uses) cookies\b.{0,250}|By (?:continuing|using|clicking)\b.{0,120}\bcookies\b.{0,120}|We value your privacy\b.{0,200})$", Options, 1000)]
    private static partial Regex CookieNotice();

    [GeneratedRegex(@"^(?:Have you been affected by (?:this|the issues|any of the issues)[^?]{0,80}\?|Do you have (?:a story|information|a news tip)[^?]{0,80}\?|Got a (?:story|news tip)[^?]{0,60}\?|Share your (?:story|stories|views|experiences?) with us\b[^.?]{0,60}[.?]?)(?:\s+(?:Email|E-mail|Contact|Get in touch|Write to|Tell us)\b.{0,120})?$", Options, 1000)]
    private static partial Regex Callout();

    [GeneratedRegex(@"^(?:Follow|Read|See|Find|Visit|Watch|Listen to|More on|More from|Get)\b[^.!?]{0,160}\s(?:at|on|here:?|:)?\s*https?://\S+\.?$", Options, 1000)]
    private static partial Regex LinkLine();

    [GeneratedRegex(@"^[^\n]{10,500}?(?:\((?:AP Photo|AFP Photo|REUTERS|Reuters|EPA|EPA-EFE|Getty Images|AP|AFP)\s*/\s*[^()]{1,80}\)|\((?:Photo|Photograph|Picture|Credit)(?:\s*:|\s+by)\s*[^()]{1,80}\)|(?<=[.!?]\s)(?:Photograph|Photo|Picture|Photo credit|Image|Credit)\s*:\s*[^.!?]{1,80}\.?)$", Options, 1000)]
    private static partial Regex CaptionWithCredit();

    [GeneratedRegex(@"^(?:Image|Photo|Picture|Video|Media) (?:caption|source)s?\s*[,:]?$|^Caption\s*:?$", Options | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"^(?-i:(?=\p{Lu}))(?:Related|Related articles|Related stories|Related coverage|Related content|Related links|Related topics|Read more|Read also|See also|More on this(?: story)?|More from (?-i:[A-Z])[\w'’.&-]*(?: (?-i:[A-Z])[\w'’.&-]*){0,3}|Recommended|Recommended for you|Most read|Most popular|Most viewed|Most shared|Most watched(?: [\w ]{0,30})?|Trending|Trending now|Top stories|Latest|Latest news|Latest stories|Recent posts|Recent stories|Further reading|More stories|More news|Editor['’]s picks|Don['’]t miss|You may also like|You might also like|You may like|Up next|What to read next|Key events|In case you missed it|Tags|Topics|Read next|Also in (?-i:[A-Z])[\w'’.&-]*(?: (?-i:[A-Z])[\w'’.&-]*){0,3})$", Options | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ListLabel();
}
