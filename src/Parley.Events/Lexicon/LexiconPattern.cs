namespace Parley.Events.Lexicon;

/// <summary>
/// One lexicon line mapping a trigger word in a dependency configuration to a CAMEO code, with the
/// relations that lead to the source and target actors. Immutable.
/// </summary>
public sealed record LexiconPattern
{
    /// <summary>CAMEO code with leading zeros.</summary>
    public required string Code { get; init; }

    public required TriggerKind Kind { get; init; }

    /// <summary>The trigger's lemma (a phrase such as <c>air_strike</c> needs its modifiers present).</summary>
    public required LemmaPhrase Lemma { get; init; }

    /// <summary>Particle lemma that must hang from the trigger as <c>compound:prt</c> ("call <i>off</i>"), or null.</summary>
    public string? Particle { get; init; }

    public IReadOnlyList<Requirement> Requirements { get; init; } = [];

    /// <summary>Paths to the source actor, tried in order. Empty when the pattern names no source.</summary>
    public IReadOnlyList<DependencyPath> Source { get; init; } = [];

    /// <summary>Paths to the target actor, tried in order. Empty when the event has no target.</summary>
    public IReadOnlyList<DependencyPath> Target { get; init; } = [];

    /// <summary>Lexicon file name the line came from.</summary>
    public required string SourceName { get; init; }

    /// <summary>1-based line number in <see cref="SourceName"/>.</summary>
    public int Line { get; init; }

    /// <summary>How specific the pattern is: one point per requirement and for a particle or phrase head.
    /// Among patterns that match, coders prefer the most specific.</summary>
    public int Specificity => Requirements.Count + (Particle is null ? 0 : 1) + Lemma.Modifiers.Count;

    /// <summary>The record's <c>evidence</c> string: <c>file:line</c>.</summary>
    public string Evidence => $"{SourceName}:{Line}";

    /// <summary>The two-digit CAMEO root.</summary>
    public string Root => Code[..2];
}
