using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Parley.Ingest.Cleaning;

namespace Parley.Ingest.Html;

/// <summary>
/// Extracts an article's main text and metadata from an HTML page with AngleSharp (which accepts any markup, however
/// broken, the way browsers do). The main text comes from the first of <c>[itemprop=articleBody]</c>, the <c>article</c>
/// with the most paragraph text, <c>main</c>/<c>[role=main]</c> or <c>body</c>, skipping navigation, headers, footers,
/// asides, forms, figures, scripts and elements whose role, class or id marks them as share bars, newsletters, related
/// links, comments, ads or breadcrumbs. Thread-safe.
/// </summary>
public static class HtmlArticleExtractor
{
    private const int MaxDepth = 400;

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "iframe", "svg",
        "figure", "figcaption", "select", "input", "textarea", "object", "embed", "video", "audio", "canvas", "menu",
        "dialog", "head", "title", "meta", "link", "picture", "amp-ad", "amp-embed", "amp-sticky-ad", "amp-sidebar",
        "amp-social-share", "amp-user-notification", "amp-consent", "amp-analytics", "amp-iframe", "amp-video", "amp-youtube",
        "amp-img", "amp-carousel", "amp-lightbox",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "ul", "ol", "dl",
        "dt", "dd", "pre", "table", "tr", "td", "th", "hr", "address", "center", "details", "summary",
    };

    private static readonly HashSet<string> SkippedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert", "toolbar",
    };

    private static readonly string[] SkippedClassWords =
    [
        "share", "social", "newsletter", "related", "promo", "advert", "breadcrumb", "subscribe", "cookie", "sidebar",
        "popup", "modal", "outbrain", "taboola", "recirc", "signup", "paywall", "most-read", "mostread", "trending",
        "subscription",
        "byline", "caption", "credit",
    ];

    /// <summary>
    /// Whole words of a class or id (split at spaces, <c>-</c>, <c>_</c> and lower-to-upper case changes, so
    /// <c>Page-authorBio</c> is "page", "author", "bio") that mark page furniture. Words, not substrings: "header" has no
    /// "ad", "commentary" is no "comment", "update" no "date".
    /// </summary>
    private static readonly HashSet<string> FurnitureClassTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "adslot", "adblk", "advertisement", "dfp", "gpt", "comment", "comments", "cmts", "tags", "tagz",
        "consent", "cmp", "gdpr",
    };

    /// <summary>
    /// Class words that usually mark furniture but sometimes sit on the story's own wrapper ("video-story-body",
    /// "post-meta-wrap"); an element so named is still read when it holds most of the container's paragraphs.
    /// </summary>
    private static readonly HashSet<string> WeakFurnitureClassTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "author", "authors", "bio", "footer", "menu", "nav", "navbar", "leftnav", "rightnav", "topnav", "subnav", "sidenav",
        "navigation", "masthead", "kicker", "eyebrow", "date", "timestamp", "meta", "figure", "gallery", "carousel",
        "slideshow", "lightbox", "video", "player", "badge", "pagination", "pager", "toolbar", "tools", "search", "login",
        "gift", "print", "skip", "teaser", "popular", "recommended", "recommendations", "rail", "sr", "screen", "loading",
        "spinner", "links", "likes",
    };

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "WebPage",
    };

    /// <summary>Parses <paramref name="html"/> and extracts the article; never throws for malformed markup.</summary>
    public static HtmlArticle Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var ld = FindJsonLdArticle(document);

        var outlet = Meta(document, "og:site_name") ?? LdString(ld, "publisher", "name") ?? Meta(document, "application-name");
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? LdString(ld, "headline")
            ?? Collapse(document.QuerySelector("h1")?.TextContent) ?? PageTitle(document, outlet);
        var published = Date(Meta(document, "article:published_time")) ?? Date(ItemProp(document, "datePublished"))
            ?? Date(LdString(ld, "datePublished")) ?? Date(Meta(document, "date", "pubdate", "publishdate", "publish-date",
                "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date", "og:published_time"))
            ?? Date(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var byline = NotUrl(Meta(document, "author")) ?? LdAuthors(ld) ?? NotUrl(Meta(document, "article:author"))
            ?? Collapse(document.QuerySelector("[rel=author]")?.TextContent) ?? Collapse(document.QuerySelector("[itemprop=author]")?.TextContent)
            ?? BylineElement(document);
        var url = Meta(document, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")?.Trim() ?? LdString(ld, "url");

        var text = "";
        foreach (var container in Containers(document))
        {
            text = BlockText(container);
            if (text.Length > 0)
            {
                break;
            }
        }

        // Pages rendered by script carry the story only in JSON-LD; prefer it when the markup holds far less text.
        if (LdRawString(ld, "articleBody") is { } body && FurnitureRules.WordCount(Cleaner.NormalizeWhitespace(text).Replace('\n', ' ')) * 2 < FurnitureRules.WordCount(Cleaner.NormalizeWhitespace(body).Replace('\n', ' ')))
        {
            text = body.Contains('<', StringComparison.Ordinal) && new HtmlParser().ParseDocument(body).Body is { } fragment && BlockText(fragment) is { Length: > 0 } markup
                ? markup
                : body;
        }

        return new HtmlArticle(text, title, published, outlet, byline, string.IsNullOrEmpty(url) ? null : url);
    }

    private static IEnumerable<IElement> Containers(IDocument document)
    {
        if (document.QuerySelector("[itemprop=articleBody]") is { } articleBody)
        {
            yield return articleBody;
        }

        IElement? best = null;
        var bestLength = 0;
        foreach (var article in document.QuerySelectorAll("article"))
        {
            var length = 0;
            foreach (var p in article.QuerySelectorAll("p"))
            {
                length += p.TextContent.Length;
            }

            if (length > bestLength)
            {
                best = article;
                bestLength = length;
            }
        }

        if (best is not null)
        {
            yield return best;
        }

        if (document.QuerySelector("main, [role=main]") is { } main)
        {
            yield return main;
        }

        if (document.Body is { } bodyElement)
        {
            yield return bodyElement;
        }
    }

    private static string BlockText(IElement container)
    {
        var state = new WalkState(ParagraphTextLength(container));
        Walk(container, state, depth: 0);
        Flush(state.Current, state.Paragraphs);
        return state.Paragraphs.ToString();
    }

    private static void Walk(INode node, WalkState state, int depth)
    {
        var current = state.Current;
        if (node is IText text)
        {
            // Inline elements printed side by side without a space ("April 30, 2024<span>7:21 AM</span>",
            // "Northern Standard<span>Menu</span>") are separate words; a drop cap ("<span>T</span>he") is not.
            if (state.Boundary && current.Length > 0 && text.Data.Length > 0)
            {
                var before = current[^1];
                var after = text.Data[0];
                if ((char.IsDigit(before) && char.IsDigit(after)) || ((char.IsLower(before) || char.IsDigit(before)) && char.IsUpper(after)))
                {
                    current.Append(' ');
                }
            }

            state.Boundary = false;
            foreach (var c in text.Data)
            {
                current.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
            }

            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        // Depth is capped so that pathologically nested markup cannot exhaust the stack.
        if (depth > MaxDepth || (depth > 0 && IsSkipped(element, state.ContainerText)))
        {
            state.Boundary = true;
            return;
        }

        if (element.LocalName == "br")
        {
            current.Append('\n');
            return;
        }

        var block = BlockElements.Contains(element.LocalName);
        if (block)
        {
            Flush(current, state.Paragraphs);
        }

        state.Boundary = true;
        foreach (var child in element.ChildNodes)
        {
            Walk(child, state, depth + 1);
        }

        state.Boundary = true;
        if (block)
        {
            Flush(current, state.Paragraphs);
        }
    }

    private static void Flush(StringBuilder current, StringBuilder paragraphs)
    {
        var paragraph = Cleaner.NormalizeWhitespace(current.ToString());
        current.Clear();
        if (paragraph.Length == 0)
        {
            return;
        }

        if (paragraphs.Length > 0)
        {
            paragraphs.Append("\n\n");
        }

        // Line breaks from <br> stay single newlines inside the paragraph.
        paragraphs.Append(paragraph.Replace("\n\n", "\n", StringComparison.Ordinal));
    }

    private static bool IsSkipped(IElement element, int containerText)
    {
        // An article's own header holds its headline, standfirst and byline (the cleaner sorts those out); the site's does not.
        if (element.LocalName == "header" && element.Closest("article") is not null)
        {
            return Hint(element) > 0;
        }

        if (SkippedElements.Contains(element.LocalName) || element.HasAttribute("hidden") ||
            element.GetAttribute("aria-hidden") == "true" ||
            (element.GetAttribute("role") is { } role && SkippedRoles.Contains(role)))
        {
            return true;
        }

        if (element.GetAttribute("style") is { } style && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var hint = Hint(element);
        if (hint == 2)
        {
            return true;
        }

        if (hint == 1)
        {
            // A weak hint is no proof: an element holding most of the container's paragraphs is the story itself.
            return containerText == 0 || ParagraphTextLength(element) * 2 < containerText;
        }

        return IsLabelledList(element);
    }

    /// <summary>
    /// A block that opens with a bare list label ("Most read", "Related", "Key events") and holds no prose: a box of links.
    /// </summary>
    private static bool IsLabelledList(IElement element)
    {
        if (!BlockElements.Contains(element.LocalName) || element.LocalName is "p" or "li" || element.ChildElementCount < 2)
        {
            return false;
        }

        string? first = null;
        foreach (var child in element.ChildNodes)
        {
            var text = Collapse(child.TextContent);
            if (text is not null)
            {
                first = text;
                break;
            }
        }

        if (first is null || !FurnitureRules.IsListLabel(first))
        {
            return false;
        }

        foreach (var p in element.QuerySelectorAll("p"))
        {
            if (Collapse(p.TextContent) is { } text && FurnitureRules.IsProse(text))
            {
                return false;
            }
        }

        return true;
    }

    private static int ParagraphTextLength(IElement element)
    {
        var length = 0;
        foreach (var p in element.QuerySelectorAll("p"))
        {
            length += p.TextContent.Length;
        }

        return length;
    }

    /// <summary>The furniture hint of an element's class, id and the component names that script-built pages put in
    /// <c>data-component</c>, <c>data-module</c> or <c>data-testid</c> ("byline-block", "links-block", "tag-list").</summary>
    private static int Hint(IElement element) => Math.Max(
        Math.Max(FurnitureHint(element.ClassName), FurnitureHint(element.Id)),
        Math.Max(FurnitureHint(element.GetAttribute("data-component")), Math.Max(FurnitureHint(element.GetAttribute("data-module")), FurnitureHint(element.GetAttribute("data-testid")))));

    /// <summary>How strongly a class or id marks furniture: 2 for sure ("share-tools", "comments"), 1 for a hint ("meta", "video"), else 0.</summary>
    private static int FurnitureHint(string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            return 0;
        }

        foreach (var word in SkippedClassWords)
        {
            if (names.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return 2;
            }
        }

        var hint = 0;
        foreach (var token in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // "comment-" and "ad-" prefixes as before; then every word of the name.
            if (token.StartsWith("ad-", StringComparison.OrdinalIgnoreCase) || token.StartsWith("ads-", StringComparison.OrdinalIgnoreCase) ||
                token.StartsWith("comment-", StringComparison.OrdinalIgnoreCase) || token.StartsWith("comments-", StringComparison.OrdinalIgnoreCase))
            {
                return 2;
            }

            var start = 0;
            for (var i = 1; i <= token.Length; i++)
            {
                if (i == token.Length || token[i] is '-' or '_' || (char.IsUpper(token[i]) && char.IsLower(token[i - 1])))
                {
                    if (i > start)
                    {
                        var word = token[start..i];
                        if (FurnitureClassTokens.Contains(word))
                        {
                            return 2;
                        }

                        hint = WeakFurnitureClassTokens.Contains(word) ? 1 : hint;
                    }

                    start = i < token.Length && token[i] is '-' or '_' ? i + 1 : i;
                }
            }
        }

        return hint;
    }

    private static string? Meta(IDocument document, params string[] names)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is null)
            {
                continue;
            }

            foreach (var name in names)
            {
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && Collapse(meta.GetAttribute("content")) is { } value)
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>The short text of the first element classed as a byline or author ("by Tomas Mercer" → "Tomas Mercer").</summary>
    private static string? BylineElement(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[class*=byline], [class*=author], [class*=Byline], [class*=Author]"))
        {
            if (Collapse(element.TextContent) is not { } text || FurnitureRules.WordCount(text) > 8)
            {
                continue;
            }

            if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
            {
                text = text[3..].TrimStart();
            }

            var comma = text.IndexOf(',', StringComparison.Ordinal);
            text = comma > 0 ? text[..comma] : text;
            if (FurnitureRules.IsPersonName(text, FurnitureRules.WordCount(text)) || FurnitureRules.IsByline("By " + text, FurnitureRules.WordCount(text) + 1, out _))
            {
                return text;
            }
        }

        return null;
    }

    private static string? ItemProp(IDocument document, string name)
    {
        var element = document.QuerySelector($"[itemprop={name}]");
        return element is null ? null : Collapse(element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent);
    }

    private static string? PageTitle(IDocument document, string? outlet)
    {
        var title = Collapse(document.Title);
        if (title is null)
        {
            return title;
        }

        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            if (outlet is not null)
            {
                var suffix = separator + outlet;
                if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && title.Length > suffix.Length)
                {
                    return title[..^suffix.Length];
                }
            }

            // Without a known outlet, "Headline - Some Outlet" loses its suffix when the page prints the headline alone.
            var cut = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (cut > 0 && PrintsLine(document, title[..cut]))
            {
                return title[..cut];
            }
        }

        return title;
    }

    private static bool PrintsLine(IDocument document, string line)
    {
        if (document.Body is not { } body)
        {
            return false;
        }

        foreach (var element in body.QuerySelectorAll("*"))
        {
            var content = element.TextContent;
            if (content.Length >= line.Length && content.Length <= line.Length + 40 &&
                string.Equals(Collapse(content), line, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Date(string? value)
    {
        // Some pages write the date compactly ("20240427").
        if (value is { Length: 8 } && value.All(char.IsAsciiDigit))
        {
            value = $"{value[..4]}-{value[4..6]}-{value[6..]}";
        }

        return DateText.TryParse(value, out var iso) ? iso : null;
    }

    private static string? NotUrl(string? value) =>
        value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : value;

    private static string? Collapse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var collapsed = Cleaner.NormalizeWhitespace(value).Replace('\n', ' ');
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static JsonElement? FindJsonLdArticle(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                if (FindArticle(json.RootElement) is { } found)
                {
                    return found.Clone();
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages; the meta tags still apply.
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@type", out var type) && IsArticleType(type))
        {
            return element;
        }

        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
    }

    private static bool IsArticleType(JsonElement type)
    {
        if (type.ValueKind == JsonValueKind.String)
        {
            return ArticleTypes.Contains(type.GetString() ?? "");
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && ArticleTypes.Contains(item.GetString() ?? ""))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? LdString(JsonElement? ld, string property, string? inner = null)
    {
        if (ld is not { } element || !element.TryGetProperty(property, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
        {
            value = value[0];
        }

        if (inner is not null && value.ValueKind == JsonValueKind.Object && value.TryGetProperty(inner, out var innerValue))
        {
            value = innerValue;
        }

        return value.ValueKind == JsonValueKind.String ? Collapse(value.GetString()) : null;
    }

    private static string? LdRawString(JsonElement? ld, string property) =>
        ld is { } element && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String &&
        !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;

    private static string? LdAuthors(JsonElement? ld)
    {
        if (ld is not { } element || !element.TryGetProperty("author", out var author))
        {
            return null;
        }

        var names = new List<string>();
        foreach (var item in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToArray() : [author])
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object when item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            };
            if (Collapse(name) is { } clean && !clean.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(clean);
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private sealed class WalkState(int containerText)
    {
        public StringBuilder Current { get; } = new();

        public StringBuilder Paragraphs { get; } = new();

        /// <summary>Characters of paragraph text in the container, to tell the story from furniture that shares its class words.</summary>
        public int ContainerText { get; } = containerText;

        /// <summary>Whether an element started or ended since the last text.</summary>
        public bool Boundary { get; set; }
    }
}
