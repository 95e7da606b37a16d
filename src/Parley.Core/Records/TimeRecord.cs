namespace Parley.Core.Records;

/// <summary>A time expression normalised to an ISO 8601 value at the precision the text supports.</summary>
public sealed record TimeRecord
{
    public int Start { get; init; }
    public int End { get; init; }
    public required string Text { get; init; }
    public string? Value { get; init; }
}
