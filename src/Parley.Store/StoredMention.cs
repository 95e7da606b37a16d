namespace Parley.Store;

/// <summary>One article's report of an event, with its evidence.</summary>
public sealed record StoredMention
{
    /// <summary><c>documentId:eventIndex</c>.</summary>
    public required string Key { get; init; }
    public required string DocumentId { get; init; }

    /// <summary>Index of the event in the document record's <c>events</c>.</summary>
    public int Index { get; init; }
    public int Sentence { get; init; }
    public required string Code { get; init; }
    public required string SourceCode { get; init; }
    public string? SourceText { get; init; }
    public string? TargetCode { get; init; }
    public string? TargetText { get; init; }
    public string? Trigger { get; init; }

    /// <summary>The date as the report gives it (null when it gives none).</summary>
    public string? Date { get; init; }
    public string? Published { get; init; }

    /// <summary>The outlet that published the article (or its URL host, or <c>doc:ID</c>).</summary>
    public required string Outlet { get; init; }
    public string? AttributionOutlet { get; init; }
    public string? AttributionSpeaker { get; init; }

    /// <summary>Which lexicon entry or rule produced the event.</summary>
    public string? Evidence { get; init; }
    public string? Url { get; init; }
}
