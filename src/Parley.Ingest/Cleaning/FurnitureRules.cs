using System.Buffers;
using System.Text.RegularExpressions;

namespace Parley.Ingest.Cleaning;

/// <summary>
/// The line rules behind <see cref="Cleaner"/>. Each rule looks at one whole line (or one sentence of a line made
/// only of furniture) whose whitespace is already collapsed, and answers conservatively: a rule matches only text
/// whose every word is accounted for, so a story sentence that merely mentions Twitter or a newsletter never matches.
/// </summary>
internal static partial class FurnitureRules
{
    /// <summary>Longest line (in words) any rule looks at; longer lines are prose.</summary>
    public const int MaxFurnitureWords = 40;

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly HashSet<string> ShareStrong = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "shared", "tweet", "pin", "pinit", "email", "e-mail", "mail", "facebook", "twitter", "linkedin",
        "whatsapp", "reddit", "print", "flipboard", "pinterest", "messenger", "telegram", "tumblr", "sms", "bluesky",
        "submit", "copy", "mastodon", "threads", "x",
    };

    private static readonly HashSet<string> ShareWeak = new(StringComparer.OrdinalIgnoreCase)
    {
        "this", "the", "article", "story", "page", "link", "url", "on", "via", "with", "to", "your", "friends", "a", "it",
        "post", "comment", "comments", "save", "gift", "send", "copied", "and", "or", "share:", "options", "icon", "button",
    };

    private static readonly HashSet<string> Sections = new(StringComparer.Ordinal)
    {
        "Home", "News", "Politics", "Political", "World", "US", "U.S.", "UK", "U.K.", "EU", "Business", "Opinion", "Opinions",
        "Features", "Feature", "Analysis", "Commentary", "Editorial", "Editorials", "Columns", "Column", "Columnists", "Sport",
        "Sports", "Culture", "Arts", "Science", "Tech", "Technology", "Health", "Europe", "Asia", "Africa", "Americas",
        "America", "Middle", "East", "Latin", "Asia-Pacific", "Pacific", "Economy", "Markets", "Elections", "Election",
        "Local", "National", "International", "Global", "Nation", "Region", "Regions", "Investigations", "Environment",
        "Climate", "Breaking", "Latest", "Video", "Videos", "Live", "Defense", "Defence", "Diplomacy", "Security", "Foreign",
        "Policy", "Government", "Congress", "Parliament", "Blogs", "Blog", "Topics", "Topic", "Explainer", "Explained",
        "Perspective", "Perspectives", "Ideas", "Voices", "Newsletter", "Podcasts", "Photos", "Long", "Reads", "Top",
        "Stories", "Insight", "Insights", "Briefing", "Special", "Report", "Reports", "White", "House", "Supreme", "Court",
        "Travel", "Lifestyle", "Entertainment", "Showbiz", "Money", "Weather", "Innovation", "Food", "Style", "Books", "Music",
        "Film", "TV", "Media", "Obituaries", "Sci-Tech", "Earth", "Crime", "Justice", "Education", "Religion", "Military",
        "&", "and",
    };

    private static readonly char[] CrumbSeparators = ['>', '»', '›', '/', '|', '→', '•', '·'];
    private static readonly SearchValues<char> CrumbSeparatorValues = SearchValues.Create(CrumbSeparators);
    private static readonly SearchValues<char> HeadlinePunctuation = SearchValues.Create(",;:\"“”");

    /// <summary>Counts space-separated words of a collapsed line.</summary>
    public static int WordCount(string line)
    {
        if (line.Length == 0)
        {
            return 0;
        }

        var count = 1;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A line that reads as running text: long enough and ending like a sentence, or simply long.</summary>
    public static bool IsProse(string line)
    {
        var words = WordCount(line);
        if (words >= 25)
        {
            return true;
        }

        if (words < 10)
        {
            return false;
        }

        var last = line[^1];
        return last is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or '…' or ':';
    }

    /// <summary>Rules that apply anywhere in a document; returns the reason or null.</summary>
    public static string? MatchAnywhere(string line, int words)
    {
        if (words > MaxFurnitureWords)
        {
            return null;
        }

        if (IsShareWidget(line))
        {
            return RemovalReasons.ShareWidget;
        }

        if (words <= 25 && line.Contains("ollow", StringComparison.Ordinal) && (Matches(FollowLine(), line) || Matches(FollowHandle(), line)))
        {
            return RemovalReasons.Follow;
        }

        if (words <= 35 && Matches(Newsletter(), line))
        {
            return RemovalReasons.Newsletter;
        }

        if (words <= 30 && Matches(Related(), line))
        {
            return RemovalReasons.RelatedLinks;
        }

        if (words <= 25 && (Matches(PhotoLabel(), line) || (words <= 12 && line.Contains('/') && (Matches(PhotoAgencySuffix(), line) || Matches(PhotoAgencyPrefix(), line)))))
        {
            return RemovalReasons.PhotoCredit;
        }

        if (words <= 40 && (Matches(Credits(), line) || (line.Contains("contributed", StringComparison.Ordinal) && Matches(Contributed(), line))))
        {
            return RemovalReasons.Credits;
        }

        if (words <= 40 && Matches(Copyright(), line))
        {
            return RemovalReasons.Copyright;
        }

        if (words <= 6 && Matches(Advertisement(), line))
        {
            return RemovalReasons.Advertisement;
        }

        return MatchChrome(line, words);
    }

    /// <summary>An author biography ("Jane Doe is a staff writer for The Ledger."); only asked about the last lines of a document.</summary>
    public static bool IsAuthorBio(string line, int words) =>
        words <= MaxFurnitureWords && (Matches(AuthorBio(), line) || Matches(AuthorNote(), line) || IsAuthorContact(line, words));

    /// <summary>A share widget: every word is a share verb, a platform, a count or a filler word, and at least one is a share word.</summary>
    public static bool IsShareWidget(string line)
    {
        var strong = 0;
        var total = 0;
        var counts = 0;
        var firstStrong = false;
        foreach (var raw in line.Split([' ', '|', '•', '·', ',', '/', '(', ')', '[', ']'], StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.TrimEnd(':', '.', '!');
            if (token.Length == 0)
            {
                continue;
            }

            total++;
            if (total > 16)
            {
                return false;
            }

            if (ShareStrong.Contains(token))
            {
                strong++;
                firstStrong |= total == 1;
            }
            else if (IsCount(token))
            {
                counts++;
            }
            else if (!ShareWeak.Contains(token))
            {
                return false;
            }
        }

        // "12 3 Share": like and comment counts beside one share button.
        return strong >= 2 || (strong == 1 && (firstStrong || counts == total - 1));
    }

    /// <summary>A breadcrumb or section label in the header: "Home > World > Asia", "Politics Features Donald Trump".</summary>
    public static bool IsBreadcrumb(string line, int words)
    {
        if (words > 40 || line.Length == 0)
        {
            return false;
        }

        if (line.AsSpan().IndexOfAny(CrumbSeparatorValues) >= 0)
        {
            // Up to 15 short capitalised segments: "Home > World > Asia", "Africa | Asia | Latin America | US & Canada".
            var segments = line.Split(CrumbSeparators, StringSplitOptions.TrimEntries);
            var good = 0;
            foreach (var segment in segments)
            {
                if (segment.Length == 0)
                {
                    continue;
                }

                if (WordCount(segment) > 5 || !char.IsUpper(segment[0]) || EndsLikeSentence(segment))
                {
                    return false;
                }

                good++;
            }

            return good is >= 2 and <= 15;
        }

        if (EndsLikeSentence(line) || line.AsSpan().IndexOfAny(HeadlinePunctuation) >= 0)
        {
            return false;
        }

        var tokens = line.Split(' ');
        var allSections = true;
        var sections = 0;
        foreach (var token in tokens)
        {
            if (!char.IsUpper(token[0]) && token is not ("&" or "and"))
            {
                return false;
            }

            var section = IsSection(token);
            allSections &= section;
            sections += section ? 1 : 0;
        }

        // A menu bar: "Home News Sport Business Innovation Culture Travel Earth Video Live" (mostly section names).
        if (tokens.Length >= 5 && tokens.Length <= 16 && sections * 5 >= tokens.Length * 4)
        {
            return true;
        }

        return words <= 8 && (allSections || (tokens.Length >= 2 && IsSection(tokens[0]) && IsSection(tokens[1]) && tokens[0] != "&"));
    }

    /// <summary>A section name as written ("World") or in capitals ("WORLD", "DEFENCE").</summary>
    private static bool IsSection(string token)
    {
        if (Sections.Contains(token))
        {
            return true;
        }

        if (token.Length < 2 || token.Any(char.IsLower))
        {
            return false;
        }

        var titleCase = string.Concat(token[..1], token[1..].ToLowerInvariant());
        return Sections.Contains(titleCase);
    }

    /// <summary>A "By Jane Doe" line; <paramref name="names"/> gets the names.</summary>
    public static bool IsByline(string line, int words, out string names)
    {
        names = "";
        if (words > 14)
        {
            return false;
        }

        var m = Match(Byline(), line);
        if (!m.Success)
        {
            return false;
        }

        names = m.Groups["names"].Value.Trim();
        return true;
    }

    /// <summary>A "Published …"/"Updated …" line or a bare date line; <paramref name="iso"/> gets the date when one is readable.</summary>
    public static bool IsTimestamp(string line, int words, out string? iso)
    {
        iso = null;
        if (words > 14)
        {
            return false;
        }

        var labelled = Matches(TimestampLabel(), line);
        if (!labelled && !Matches(BareDate(), line))
        {
            return false;
        }

        if (DateText.TryParse(line, out var date))
        {
            iso = date;
        }

        return labelled || iso is not null;
    }

    /// <summary>A line that can be a headline: short, not ending like a sentence.</summary>
    public static bool LooksLikeTitle(string line, int words)
    {
        if (words is < 2 or > 30 || line.Length > 250)
        {
            return false;
        }

        var last = line[^1];
        return last is not ('.' or ',' or ';' or ':') && (char.IsLetterOrDigit(line[0]) || line[0] is '"' or '“' or '‘' or '\'');
    }

    /// <summary>A dateline at the start of the first paragraph; returns its length or 0.</summary>
    public static int MatchDateline(string line, out string? place, out string? agency)
    {
        place = null;
        agency = null;
        var m = Match(Dateline(), line);
        if (!m.Success || m.Length >= line.Length)
        {
            return 0;
        }

        place = m.Groups["place"].Success && m.Groups["place"].Length > 0 ? m.Groups["place"].Value.Trim() : null;
        agency = m.Groups["agency"].Success ? m.Groups["agency"].Value.Trim() : null;
        return place is null && agency is null ? 0 : m.Length;
    }

    /// <summary>
    /// The end of the sentence starting at <paramref name="start"/>: the index after ".", "!" or "?" followed by
    /// whitespace and a capital, a quote, "(" or "@"; or the line's length.
    /// </summary>
    public static int SentenceEnd(string line, int start)
    {
        for (var i = start; i < line.Length - 2; i++)
        {
            if (line[i] is '.' or '!' or '?' && line[i + 1] == ' ' && (char.IsUpper(line[i + 2]) || line[i + 2] is '@' or '"' or '“' or '('))
            {
                return i + 1;
            }
        }

        return line.Length;
    }

    /// <summary>A rule that runs out of time (pathological input) simply does not match: cleaning never throws.</summary>
    private static bool Matches(Regex regex, string line)
    {
        try
        {
            return regex.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Match Match(Regex regex, string line)
    {
        try
        {
            return regex.Match(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    private static bool EndsLikeSentence(string text) => text[^1] is '.' or '!' or '?';

    private static bool IsCount(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or 'k' or 'K' or 'm' or 'M'))
            {
                return false;
            }
        }

        return char.IsAsciiDigit(token[0]);
    }

    private const string Name = @"[A-Z][\p{L}'’.\-]*";
    private const string Names = Name + @"(?:(?:\s+|,\s*|\s+and\s+|\s+&\s+|\s+(?:de|van|von|al|bin|da|del|la|le)\s+)" + Name + ")*";
    private const string CreditNames = Name + @"(?:(?:\s+|,\s*|\s+and\s+|\s+&\s+|\s+in\s+|\s+(?:de|van|von|al|bin|da|del|la|le)\s+)" + Name + ")*";
    private const string Platform = @"(?:Twitter|X|Facebook|Instagram|Bluesky|Threads|Mastodon|LinkedIn|TikTok|YouTube|Substack)";

    [GeneratedRegex(@"^(?:You can\s+)?(?:Follow|follow|Find|Connect with)\s+(?:him|her|them|us|me|the author|@[\w.]+|" + Name + @"(?:\s+" + Name + @"){0,3})(?:\s+\S+){0,4}?\s+(?:on|at|via)\s+" + Platform + @"(?:\s+and\s+" + Platform + @")?(?:\s*(?:at|:)?\s*@[\w.]+)?\s*[.!]?$", Options, 1000)]
    private static partial Regex FollowLine();

    [GeneratedRegex(@"^(?:Follow|follow)\s+(?:him|her|them|us|me|" + Name + @")(?:\s+" + Name + @")?\s*:?\s*@[\w.]+[.!]?$", Options, 1000)]
    private static partial Regex FollowHandle();

    [GeneratedRegex(@"^(?:(?:Sign up|Signup|Subscribe|Register|Get|Receive|Want|Don['’]t miss|Click here|Enter your email|Never miss)\b.{0,160}\b(?:newsletters?|inbox|briefings?|digest|email updates|e-mail updates|email alerts|news alerts|new posts|new issues)\b.{0,80}|(?:Subscribe|Sign up|Sign in|Log in)(?: now| today| here| for free)?[.!]?|Thanks? (?:you )?for (?:signing up|subscribing)[.!]?|Thanks? (?:you )?for reading(?: [A-Z][^.!?]{0,60})?[.!]?)$", Options, 1000)]
    private static partial Regex Newsletter();

    [GeneratedRegex(@"^(?-i:(?=\p{Lu}))(?:Related|Read more|Read also|Also read|See also|More on this(?: story)?|More from (?-i:[A-Z])[\w'’.&-]*(?: (?-i:[A-Z])[\w'’.&-]*){0,3}|Recommended|Recommended for you|Most read|Most popular|Most viewed|Most shared|Most watched(?: [\w ]{0,30})?|Trending|Trending now|Top stories|Latest news|Recent posts|Further reading|Read next|More stories|More news|Related articles|Related stories|Related coverage|Related content|Related links|Editor['’]s picks|Don['’]t miss|Watch|Listen|Explore more|You may also like|You might also like|You may like|Up next|What to read next|Key events|In case you missed it)(?:\s*[:|»›>–—-]\s*.*)?$", Options | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Related();

    [GeneratedRegex(@"^\(?(?:Top |Main |Lead |Header |Cover )?(?:Photo|Photos|Photograph|Image|Picture|Photo credit|Image credit|Credit|Photo illustration)(?:\s*:\s*|\s+by\s+|\s+courtesy\s+of\s+).{1,200}$", Options, 1000)]
    private static partial Regex PhotoLabel();

    [GeneratedRegex(@"^[^.!?]{0,80}/\s*(?:Getty Images|Getty|AFP|Reuters|REUTERS|AP|AP Photo|EPA|EPA-EFE|Shutterstock|Bloomberg|Alamy|Pool|POOL|Sipa|Anadolu|NurPhoto|Xinhua|TASS|Sputnik)(?:\s+via\s+Getty Images)?\)?\.?$", Options, 1000)]
    private static partial Regex PhotoAgencySuffix();

    [GeneratedRegex(@"^\(?(?:REUTERS|Reuters|AP Photo|AFP|EPA|EPA-EFE|Getty Images)\s*/\s*[A-Z][\p{L} .'’\-]{1,60}\)?$", Options, 1000)]
    private static partial Regex PhotoAgencyPrefix();

    [GeneratedRegex(@"^\(?(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled|[Rr]esearch|[Gg]raphics|[Ff]act-checking)\s+by\s+" + CreditNames + @"(?:\s*[;,]\s*(?:and\s+)?(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled|[Rr]esearch|[Gg]raphics|[Ff]act-checking)\s+by\s+" + CreditNames + @")*\s*\.?\)?\.?$", Options, 1000)]
    private static partial Regex Credits();

    [GeneratedRegex(@"^(?:[\p{L}'’.\-]+,?\s+){1,14}contributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?(?:\s+from\s+[A-Z][\p{L} ,.]{1,60})?\.$", Options, 1000)]
    private static partial Regex Contributed();

    [GeneratedRegex(@"^(?:(?:©|\(c\)|Copyright|COPYRIGHT)\s*(?:©\s*)?(?:\d{4}\b.{0,300}|[A-Z].{0,80})|All [Rr]ights [Rr]eserved\b.{0,120}|This material may not be published, broadcast, rewritten,? or redistributed\.?|Reproduction (?:prohibited|is prohibited|without permission is prohibited)\.?)$", Options, 1000)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(?:Advertisement|ADVERTISEMENT|Sponsored|Sponsored content|Skip Advertisement|Story continues below(?: advertisement)?|Continue reading(?: the main story| below)?|Scroll to continue(?: reading)?|Article continues below(?: advertisement)?|Skip to (?:main )?content|Hide Ads?|Skip Ad|Close Ad|Remove Ads|Report this ad|Ad Feedback)\.?$", Options | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Advertisement();

    [GeneratedRegex(@"^(?:(?!(?:He|She|They|It|I|We|You|This|That|There)\s)(?:[A-Z][\p{L}'’.\-]*\s+){2,4}|The author\s+)(?:is|was|has been|serves as|works as)\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,4}?(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|bureau chief|producer|blogger|freelancer|critic|intern|fellow|host)\b.{0,200}[.!]$", Options, 1000)]
    private static partial Regex AuthorBio();

    /// <summary>"The author is a former Indian diplomat …": a note on the author, whatever the role.</summary>
    [GeneratedRegex(@"^The (?:author|writer)s?\s+(?:is|are|was|were)\s+(?:a|an|the)\s+.{3,250}[.!]$", Options, 1000)]
    private static partial Regex AuthorNote();

    [GeneratedRegex(@"^(?:By|BY|by)\s+(?<names>" + Names + @")(?:\s*(?:,|\||—|–|-)\s*[A-Z][\p{L}&.'’ ]{1,40})?\.?$", Options, 1000)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:Published|Updated|Posted|Last updated|Last Updated|First published|First Published|Originally published)\b", Options, 1000)]
    private static partial Regex TimestampLabel();

    [GeneratedRegex(@"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*(?:,|\||at|-|—|–)?\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?$", Options, 1000)]
    private static partial Regex BareDate();

    // Capitals ("KYIV, Ukraine (AP) —") or, in title case, a place only before a known agency or a full date
    // ("Kyiv (AFP) -", "Brussels, 30 April 2024 —"): a title-case name before a dash is otherwise a sentence.
    [GeneratedRegex(@"^(?:(?:(?<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}(?:,\s+[A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+){0,2})?)(?:,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s*)?(?:\((?<agency>[A-Z][\w .&'’-]{0,30})\)\s*)?|(?<place>[A-Z]\p{Ll}[\p{L}.'’\-]*(?:\s+[A-Z][\p{L}.'’\-]+){0,2}(?:,\s+[A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+){0,2})?)(?:(?:,\s+(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?))\s*(?:\((?<agency>AFP|AP|Reuters|dpa|DPA|UPI|Xinhua|TASS|Anadolu|ANSA|EFE|Kyodo|Yonhap|PTI|IANS|Bernama|Antara|Interfax|CNN|BBC|Bloomberg|WAFA|IRNA|KUNA|MENA|Lusa|ANI|NHK)\)\s*)?|\s*\((?<agency>AFP|AP|Reuters|dpa|DPA|UPI|Xinhua|TASS|Anadolu|ANSA|EFE|Kyodo|Yonhap|PTI|IANS|Bernama|Antara|Interfax|CNN|BBC|Bloomberg|WAFA|IRNA|KUNA|MENA|Lusa|ANI|NHK)\)\s*))(?:—|–|--|-)\s+(?=[\p{Lu}\p{N}""“‘'])", Options, 1000)]
    private static partial Regex Dateline();
}
