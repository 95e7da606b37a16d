namespace Parley.Core.Records;

/// <summary>A coded event with its evidence.</summary>
public sealed record EventRecord
{
    public int Sentence { get; init; }

    /// <summary>CAMEO code with leading zeros (<c>"042"</c>).</summary>
    public required string Code { get; init; }
    public required string Root { get; init; }
    public required string Name { get; init; }
    public int QuadClass { get; init; }
    public double Goldstein { get; init; }
    public PloverRecord? Plover { get; init; }
    public required ActorRef Source { get; init; }
    public ActorRef? Target { get; init; }
    public required TextSpan Trigger { get; init; }
    public string? Date { get; init; }
    public LocationRecord? Location { get; init; }

    /// <summary><c>asserted</c>, <c>negated</c>, <c>future</c>, <c>hypothetical</c> or <c>cancelled</c>.</summary>
    public string Modality { get; init; } = "asserted";
    public AttributionRecord? Attribution { get; init; }
    public string? Evidence { get; init; }

    /// <summary>Every mention of this event in the article (the first is the one described above).</summary>
    public IReadOnlyList<EventMention> Mentions { get; init; } = [];
}

/// <summary>The PLOVER event and mode an event maps to.</summary>
public sealed record PloverRecord
{
    public required string Event { get; init; }
    public string? Mode { get; init; }
    public IReadOnlyList<string> Context { get; init; } = [];
}

/// <summary>A geocoded place.</summary>
public sealed record LocationRecord
{
    public required string Text { get; init; }
    public string? Country { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
}

/// <summary>Who reports an event: the outlet the article cites and/or the speaker.</summary>
public sealed record AttributionRecord
{
    public string? Outlet { get; init; }
    public string? Speaker { get; init; }
}
