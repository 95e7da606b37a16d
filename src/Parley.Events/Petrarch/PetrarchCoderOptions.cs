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
}
