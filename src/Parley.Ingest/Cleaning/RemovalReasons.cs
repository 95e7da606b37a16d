namespace Parley.Ingest.Cleaning;

/// <summary>The kebab-case reasons <see cref="Cleaner"/> gives for a <see cref="Parley.Core.Removal"/>.</summary>
public static class RemovalReasons
{
    public const string Breadcrumb = "breadcrumb";
    public const string Title = "title";
    public const string Byline = "byline";
    public const string Timestamp = "timestamp";
    public const string ShareWidget = "share-widget";
    public const string AuthorBio = "author-bio";
    public const string Follow = "follow";
    public const string Newsletter = "newsletter";
    public const string RelatedLinks = "related-links";
    public const string PhotoCredit = "photo-credit";
    public const string Credits = "credits";
    public const string Copyright = "copyright";
    public const string Advertisement = "advertisement";
    public const string Dateline = "dateline";
    public const string Navigation = "navigation";
    public const string Separator = "separator";
    public const string Tags = "tags";
    public const string Comments = "comments";
    public const string Paywall = "paywall";
    public const string CookieNotice = "cookie-notice";
    public const string Callout = "callout";
}
