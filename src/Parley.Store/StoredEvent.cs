namespace Parley.Store;

/// <summary>
/// One real-world event: the merge of every stored mention that reports it (same directed country dyad,
/// root code and modality; compatible dates and places). See <c>docs/formats/database.md</c>.
/// </summary>
public sealed record StoredEvent
{
    /// <summary>Stable key: the smallest mention key (<c>documentId:eventIndex</c>) of the event.</summary>
    public required string Key { get; init; }

    /// <summary>A stable 53-bit number derived from <see cref="Key"/> (GDELT's GlobalEventID).</summary>
    public long GlobalId { get; init; }
    public required string SourceCode { get; init; }
    public string? SourceName { get; init; }
    public required string SourceCountry { get; init; }
    public string? TargetCode { get; init; }
    public string? TargetName { get; init; }

    /// <summary>Target country; empty when the event has no target.</summary>
    public required string TargetCountry { get; init; }
    public required string Code { get; init; }
    public required string Root { get; init; }
    public required string Name { get; init; }
    public int QuadClass { get; init; }
    public double Goldstein { get; init; }
    public required string Modality { get; init; }

    /// <summary>ISO 8601 date at the precision of the best report (or the publication date when none gave one).</summary>
    public string? Date { get; init; }

    /// <summary>First day of <see cref="Date"/>.</summary>
    public DateOnly? Day { get; init; }
    public string? Place { get; init; }
    public string? PlaceCountry { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public string? PloverEvent { get; init; }
    public string? PloverMode { get; init; }

    /// <summary>Whether the representative report has the event in its first paragraph (GDELT's IsRootEvent).</summary>
    public bool IsRootEvent { get; init; }

    /// <summary>Earliest publication date among the reporting articles.</summary>
    public string? FirstSeen { get; init; }

    /// <summary>URL (or path) of the earliest reporting article.</summary>
    public string? SourceUrl { get; init; }
    public int Mentions { get; init; }
    public int Articles { get; init; }

    /// <summary>Distinct outlets (an article without a known outlet counts as its own).</summary>
    public int Outlets { get; init; }

    /// <summary><c>1 − 0.5^Outlets</c>: each independent outlet halves the doubt.</summary>
    public double Confidence { get; init; }

    /// <summary>The reports, when asked for (<see cref="EventQuery.IncludeMentions"/>); ordered by key.</summary>
    public IReadOnlyList<StoredMention> MentionList { get; init; } = [];
}
