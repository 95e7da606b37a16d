namespace Parley.Core;

/// <summary>Metadata about a document that is not part of its cleaned text.</summary>
public sealed record DocumentInfo
{
    /// <summary>An empty set of metadata.</summary>
    public static DocumentInfo Empty { get; } = new();

    /// <summary>The input path or URL, if any.</summary>
    public string? Path { get; init; }

    /// <summary>The article's title, when one was found.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date as an ISO 8601 string (<c>2018-08-29</c>, or coarser), if known.</summary>
    public string? Published { get; init; }

    /// <summary>The outlet that published the article, if known.</summary>
    public string? Outlet { get; init; }

    /// <summary>The byline, if known.</summary>
    public string? Byline { get; init; }

    /// <summary>The place named in a dateline ("BRUSSELS —"), kept as metadata instead of text.</summary>
    public string? Dateline { get; init; }

    /// <summary>The URL of the page, if known.</summary>
    public string? Url { get; init; }

    /// <summary>Page furniture removed from the input, in input order.</summary>
    public IReadOnlyList<Removal> Removed { get; init; } = [];
}
