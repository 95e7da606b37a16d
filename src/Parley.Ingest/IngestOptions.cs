namespace Parley.Ingest;

/// <summary>Options for reading and cleaning inputs.</summary>
public sealed record IngestOptions
{
    /// <summary>
    /// Largest accepted document, in characters of text (default 5,000,000). Applies to each document's text before
    /// cleaning (for HTML, the extracted text); a file is refused unread when it has more than 4 bytes per allowed character.
    /// </summary>
    public int MaxChars { get; init; } = 5_000_000;

    /// <summary>Publication date to use when the input gives none (ISO 8601), or null.</summary>
    public string? Published { get; init; }

    /// <summary>Whether to remove page furniture (breadcrumbs, share widgets, bios, …). When false only whitespace is normalised.</summary>
    public bool Clean { get; init; } = true;

    /// <summary>Whether to refuse text that is not English (mostly another script, or too few common English words).</summary>
    public bool RequireEnglish { get; init; } = true;

    /// <summary>The largest file, in bytes, read at all: 4 bytes per allowed character.</summary>
    public long MaxBytes => 4L * MaxChars;
}
