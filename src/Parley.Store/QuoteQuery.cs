namespace Parley.Store;

/// <summary>Filters for <see cref="IEventStore.Quotes"/>.</summary>
public sealed record QuoteQuery
{
    /// <summary>Case-insensitive substring of the speaker's name or code.</summary>
    public string? Speaker { get; init; }

    /// <summary>Full-text query over the quotation text.</summary>
    public string? Text { get; init; }

    /// <summary>Only quotes from this document.</summary>
    public string? DocumentId { get; init; }
    public int? Limit { get; init; }
}
