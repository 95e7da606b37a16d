namespace Parley.Ingest;

/// <summary>Options for reading and cleaning inputs.</summary>
public sealed record IngestOptions
{
    /// <summary>Largest accepted document, in characters of text (default 5 MB).</summary>
    public int MaxChars { get; init; } = 5_000_000;

    /// <summary>Publication date to use when the input gives none (ISO 8601), or null.</summary>
    public string? Published { get; init; }

    /// <summary>Whether to remove page furniture (breadcrumbs, share widgets, bios, …).</summary>
    public bool Clean { get; init; } = true;
}
