namespace Parley.Store;

/// <summary>A document that matches a full-text query, best first.</summary>
public sealed record SearchHit
{
    public required string DocumentId { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
    public string? Path { get; init; }

    /// <summary>A short excerpt with the matched terms in [brackets].</summary>
    public string? Snippet { get; init; }
}
