using Parley.Core.Records;

namespace Parley.Store;

/// <summary>A stored document: its text (so it can be re-coded) and its record.</summary>
public sealed record StoredDocument
{
    public required string Id { get; init; }
    public string? Path { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public required string Text { get; init; }

    /// <summary>The engine version that coded the stored record.</summary>
    public required string Engine { get; init; }
    public required DocumentRecord Record { get; init; }
}
