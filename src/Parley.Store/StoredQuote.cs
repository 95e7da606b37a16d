namespace Parley.Store;

/// <summary>A stored quotation with its document.</summary>
public sealed record StoredQuote
{
    public required string DocumentId { get; init; }
    public int Index { get; init; }
    public required string Text { get; init; }
    public required string Kind { get; init; }
    public string? Cue { get; init; }
    public string? Speaker { get; init; }
    public string? SpeakerCode { get; init; }
    public int Sentence { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public string? Published { get; init; }
    public string? Title { get; init; }
}
