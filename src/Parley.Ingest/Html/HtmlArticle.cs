namespace Parley.Ingest.Html;

/// <summary>What <see cref="HtmlArticleExtractor"/> found in a page: the main text and the page's metadata.</summary>
/// <param name="Text">Main text, one paragraph per block element, paragraphs separated by a blank line; not yet cleaned.</param>
/// <param name="Title">og:title, twitter:title, JSON-LD headline, the first h1 or the title element, in that order.</param>
/// <param name="Published">The publication date as ISO 8601 (<c>yyyy-MM-dd</c>), or null.</param>
/// <param name="Outlet">og:site_name or the JSON-LD publisher, or null.</param>
/// <param name="Byline">meta author or the JSON-LD author(s), or null.</param>
/// <param name="Url">og:url, the canonical link or the JSON-LD url, or null.</param>
public sealed record HtmlArticle(string Text, string? Title, string? Published, string? Outlet, string? Byline, string? Url);
