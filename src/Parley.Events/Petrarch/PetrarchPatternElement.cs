namespace Parley.Events.Petrarch;

/// <summary>
/// One element of a PETRARCH verb pattern. A <see cref="PetrarchElementKind.Words"/> element is a sequence of
/// slots, each a set of lower-case alternatives (an alternative may be several words, "cease fire");
/// a <see cref="PetrarchElementKind.Phrase"/> has a preposition and the elements inside it.
/// </summary>
public sealed record PetrarchPatternElement
{
    /// <summary>What the element stands for.</summary>
    public required PetrarchElementKind Kind { get; init; }

    /// <summary>For words: the slots in order; each slot lists its alternatives (synonym sets expanded).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Slots { get; init; } = [];

    /// <summary>For a phrase: the preposition, lower case ("with", "out of").</summary>
    public string? Preposition { get; init; }

    /// <summary>For a phrase: the elements after the preposition.</summary>
    public IReadOnlyList<PetrarchPatternElement> Inner { get; init; } = [];

    /// <summary>Number of words the element requires (its specificity).</summary>
    public int WordCount => Kind switch
    {
        PetrarchElementKind.Words => Slots.Count,
        PetrarchElementKind.Phrase => 1 + Inner.Sum(e => e.WordCount),
        _ => 0,
    };
}
