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
        "dialog", "head", "title", "meta", "link",
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
        "byline", "caption", "credit",
    ];

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
            ?? Collapse(document.QuerySelector("[rel=author]")?.TextContent) ?? Collapse(document.QuerySelector("[itemprop=author]")?.TextContent);
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

        if (text.Length == 0 && LdString(ld, "articleBody") is { } body)
        {
            text = body;
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
        var paragraphs = new StringBuilder();
        var current = new StringBuilder();
        Walk(container, current, paragraphs, depth: 0);
        Flush(current, paragraphs);
        return paragraphs.ToString();
    }

    private static void Walk(INode node, StringBuilder current, StringBuilder paragraphs, int depth)
    {
        if (node is IText text)
        {
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
        if (depth > MaxDepth || (depth > 0 && IsSkipped(element)))
        {
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
            Flush(current, paragraphs);
        }

        foreach (var child in element.ChildNodes)
        {
            Walk(child, current, paragraphs, depth + 1);
        }

        if (block)
        {
            Flush(current, paragraphs);
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

    private static bool IsSkipped(IElement element)
    {
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

        return HasSkippedWord(element.ClassName) || HasSkippedWord(element.Id);
    }

    private static bool HasSkippedWord(string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            return false;
        }

        foreach (var word in SkippedClassWords)
        {
            if (names.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var token in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // "comment" and "ad" only as whole words or prefixes: "commentary" and "header" are content.
            if (token is "ad" or "ads" or "AD" or "tags" or "comment" or "comments" ||
                token.StartsWith("ad-", StringComparison.OrdinalIgnoreCase) || token.StartsWith("ads-", StringComparison.OrdinalIgnoreCase) ||
                token.StartsWith("comment-", StringComparison.OrdinalIgnoreCase) || token.StartsWith("comments-", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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

    private static string? ItemProp(IDocument document, string name)
    {
        var element = document.QuerySelector($"[itemprop={name}]");
        return element is null ? null : Collapse(element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent);
    }

    private static string? PageTitle(IDocument document, string? outlet)
    {
        var title = Collapse(document.Title);
        if (title is null || outlet is null)
        {
            return title;
        }

        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            var suffix = separator + outlet;
            if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && title.Length > suffix.Length)
            {
                return title[..^suffix.Length];
            }
        }

        return title;
    }

    private static string? Date(string? value) => DateText.TryParse(value, out var iso) ? iso : null;

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
}
