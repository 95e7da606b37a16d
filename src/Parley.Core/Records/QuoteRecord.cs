namespace Parley.Core.Records;

/// <summary>A quotation and who said it.</summary>
public sealed record QuoteRecord
{
    public int Start { get; init; }
    public int End { get; init; }
    public required string Text { get; init; }
    public int Sentence { get; init; }

    /// <summary><c>direct</c>, <c>indirect</c>, <c>fragment</c> or <c>scare</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The reporting verb or phrase, null if none.</summary>
    public string? Cue { get; init; }

    /// <summary>The speaker, null when unattributed.</summary>
    public SpeakerRecord? Speaker { get; init; }
}

/// <summary>The speaker of a quote.</summary>
public sealed record SpeakerRecord
{
    public required string Text { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public string? Code { get; init; }
    public int? Cluster { get; init; }
}
