namespace Parley.Events.Petrarch;

/// <summary>One <c>&lt;Sentence&gt;</c> of a PETRARCH validation suite.</summary>
public sealed record PetrarchValidationRecord
{
    /// <summary>Record id ("DEMO-01"); ids are not unique in every suite.</summary>
    public required string Id { get; init; }

    /// <summary>Category ("DEMO", "SYNSET").</summary>
    public required string Category { get; init; }

    /// <summary>The <c>date</c> attribute, or null.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>False when the record says <c>evaluate="false"</c>.</summary>
    public bool Evaluate { get; init; } = true;

    /// <summary>The sentence text, whitespace collapsed.</summary>
    public required string Text { get; init; }

    /// <summary>The gold parse the record carries (UD v1 relations), empty when none.</summary>
    public IReadOnlyList<PetrarchParseRow> Parse { get; init; } = [];

    /// <summary>Expected events; empty with <see cref="ExpectsNoEvents"/> or <see cref="ExpectedError"/>.</summary>
    public IReadOnlyList<PetrarchEvent> Expected { get; init; } = [];

    /// <summary>The record says <c>noevents="True"</c>.</summary>
    public bool ExpectsNoEvents { get; init; }

    /// <summary>The error PETRARCH is expected to raise (<c>error="storydiscard"</c>), or null.</summary>
    public string? ExpectedError { get; init; }

    /// <summary>The options in force (from the <c>&lt;Config&gt;</c> elements before the record).</summary>
    public PetrarchSuiteOptions Options { get; init; } = new();

    /// <summary>1-based line of the <c>&lt;Sentence&gt;</c> element.</summary>
    public int Line { get; init; }
}
