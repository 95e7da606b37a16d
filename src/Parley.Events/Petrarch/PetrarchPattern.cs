namespace Parley.Events.Petrarch;

/// <summary>
/// One pattern line of a verb block (<c>- $ * (WITH +) {PEACE TALKS} [036:036]</c>): the elements before
/// and after the verb (<c>*</c>), the code of the event, and the code of the mirrored event in which the
/// target acts on the source (after the colon; null when none).
/// </summary>
public sealed record PetrarchPattern
{
    /// <summary>1-based line in the dictionary.</summary>
    public required int Line { get; init; }

    /// <summary>The pattern text as written, without comment.</summary>
    public required string Text { get; init; }

    /// <summary>Elements before the verb, in reading order.</summary>
    public IReadOnlyList<PetrarchPatternElement> Before { get; init; } = [];

    /// <summary>Elements after the verb, in reading order.</summary>
    public IReadOnlyList<PetrarchPatternElement> After { get; init; } = [];

    /// <summary>CAMEO code of the event; <c>---</c> means "matched, but no event".</summary>
    public required string Code { get; init; }

    /// <summary>Code of the mirrored event (target → source), or null.</summary>
    public string? ReverseCode { get; init; }

    /// <summary><c>%</c>: coordinated actors act on each other.</summary>
    public bool Compound { get; init; }

    /// <summary>Number of words the pattern requires (more is more specific).</summary>
    public int WordCount => Before.Sum(e => e.WordCount) + After.Sum(e => e.WordCount);
}
