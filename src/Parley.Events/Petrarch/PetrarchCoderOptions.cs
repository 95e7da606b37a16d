namespace Parley.Events.Petrarch;

/// <summary>What a <see cref="PetrarchCoder"/> codes with.</summary>
public sealed record PetrarchCoderOptions
{
    /// <summary>The imported verb patterns.</summary>
    public required PetrarchPatternSet Patterns { get; init; }

    /// <summary>
    /// Resolves a noun phrase (text, head word, date) to actor codes; an empty list (or only codes starting
    /// with <c>---</c>) means no known actor.
    /// </summary>
    public required Func<string, string, DateOnly?, IReadOnlyList<string>> ResolveActor { get; init; }

    /// <summary>
    /// The code a negated verb ("did not clash") yields instead of its own, or null to keep it (see
    /// <see cref="PetrarchNegations"/>); null (the default) ignores negation.
    /// </summary>
    public Func<string, string?>? Negate { get; init; }
}
