namespace Parley.Core.Records;

/// <summary>A named mention (PER, ORG, LOC, …).</summary>
public sealed record EntityRecord
{
    public int Start { get; init; }
    public int End { get; init; }
    public required string Text { get; init; }
    public required string Type { get; init; }
    public int Sentence { get; init; }

    /// <summary>Coreference cluster id, or null when the mention is in no cluster.</summary>
    public int? Cluster { get; init; }
}
