namespace Parley.Events.Petrarch;

/// <summary>How one record fared: what was expected, what Parley coded, or why it was skipped.</summary>
public sealed record PetrarchRecordOutcome(PetrarchValidationRecord Record, IReadOnlyList<PetrarchEvent> Produced, string? SkipReason)
{
    /// <summary>Scored and exactly right: every expected event and no other.</summary>
    public bool Passed => SkipReason is null && Produced.ToHashSet().SetEquals(Record.Expected);
}
