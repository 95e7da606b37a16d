namespace Parley.Events.Coding;

/// <summary>
/// One extra constraint of an <see cref="EventPattern"/>: words that must stand before or after the
/// trigger (each slot a set of lower-case alternatives, matched as consecutive tokens; an alternative may
/// be several words, and a trailing <c>_</c> asks for the exact form rather than a form starting with it),
/// optionally inside a prepositional phrase, optionally marking where the source or target stands.
/// </summary>
public sealed record PatternTerm
{
    /// <summary>Consecutive word slots; empty for a bare actor marker or a bare preposition.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Slots { get; init; } = [];

    /// <summary>Preposition that introduces the words ("with"), or null.</summary>
    public string? Preposition { get; init; }

    /// <summary>Whether the source or target actor stands at this place.</summary>
    public PatternRole Role { get; init; }

    /// <summary>Words the term requires (used for specificity).</summary>
    public int WordCount => Slots.Count + (Preposition is null ? 0 : 1);
}
