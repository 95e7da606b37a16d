namespace Parley.Events.Coding;

/// <summary>
/// One coding rule the <see cref="EventCoder"/> matches against a dependency parse. A verb pattern
/// matches a verb with <see cref="Lemma"/> (and <see cref="Particle"/>, if given, as its
/// <c>compound:prt</c>); a light-verb pattern also needs <see cref="Object"/> as the verb's object
/// ("hold talks", "express irritation"); a noun pattern matches a noun trigger ("summit", "visit").
/// The target is the direct object, or the argument introduced by <see cref="TargetPreposition"/>.
/// </summary>
public sealed record EventPattern
{
    /// <summary>Where the pattern comes from (file and line, or a name), reported as evidence.</summary>
    public required string Id { get; init; }

    /// <summary>Whether the trigger is a verb or a noun.</summary>
    public PatternKind Kind { get; init; } = PatternKind.Verb;

    /// <summary>Lemma of the trigger, lower case.</summary>
    public required string Lemma { get; init; }

    /// <summary>Particle of a phrasal verb ("off" in "call off"), or null for none.</summary>
    public string? Particle { get; init; }

    /// <summary>Lemma of the object noun of a light-verb construction ("talks" in "hold talks"), or null.</summary>
    public string? Object { get; init; }

    /// <summary>Preposition that introduces the target ("with" in "meet with"), or null for the direct object.</summary>
    public string? TargetPreposition { get; init; }

    /// <summary>The CAMEO code the pattern yields.</summary>
    public required string Code { get; init; }

    /// <summary>How specific the pattern is; the most specific match wins.</summary>
    public int Specificity => (Particle is null ? 0 : 4) + (Object is null ? 0 : 4) + (TargetPreposition is null ? 0 : 2);
}
