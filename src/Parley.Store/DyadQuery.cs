namespace Parley.Store;

/// <summary>A directed dyad timeline request: events from <see cref="Source"/> toward <see cref="Target"/>.</summary>
public sealed record DyadQuery
{
    /// <summary>Source country code (<c>JPN</c>).</summary>
    public required string Source { get; init; }

    /// <summary>Target country code (<c>PRK</c>).</summary>
    public required string Target { get; init; }
    public TimeBucket By { get; init; } = TimeBucket.Month;
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}
