namespace Parley.Store;

/// <summary>Filters for <see cref="IEventStore.Events"/>; every filter is optional and they combine with AND.</summary>
public sealed record EventQuery
{
    /// <summary>An actor code prefix matched against source or target (<c>JPN</c>, <c>USAGOV</c>).</summary>
    public string? Actor { get; init; }

    /// <summary>Source country of a directed dyad (with <see cref="TargetCountry"/>).</summary>
    public string? SourceCountry { get; init; }

    /// <summary>Target country of a directed dyad; empty string for events without a target.</summary>
    public string? TargetCountry { get; init; }

    /// <summary>CAMEO root code (<c>04</c>).</summary>
    public string? Root { get; init; }

    /// <summary>First event day included.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last event day included.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Largest number of events returned; null for all.</summary>
    public int? Limit { get; init; }

    /// <summary>Whether to load each event's mentions (with their evidence).</summary>
    public bool IncludeMentions { get; init; }
}
