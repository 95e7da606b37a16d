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

    /// <summary>
    /// Lemma of a required infinitival complement (<c>xcomp</c>) of the verb ("cooperate" in "urged Uganda
    /// to cooperate"), or null.
    /// </summary>
    public string? Complement { get; init; }

    /// <summary>Whether the target is an argument of the complement ("pledged to help Ukraine") rather than of the verb.</summary>
    public bool TargetInComplement { get; init; }

    /// <summary>
    /// Dependents the trigger must have (lexicon patterns): each requirement's path must reach a dependent
    /// with one of its lemmas. <see cref="Object"/> and <see cref="Complement"/> are shorthands for
    /// <c>obj=…</c> and <c>xcomp=…</c>.
    /// </summary>
    public IReadOnlyList<PathRequirement> Requirements { get; init; } = [];

    /// <summary>Lemmas that must hang from the trigger (the modifiers of a phrase trigger: "air" of "air strike").</summary>
    public IReadOnlyList<string> Modifiers { get; init; } = [];

    /// <summary>Paths to the source actor, tried in order; null for the default (the subject of a verb or adjective, the possessor of a noun).</summary>
    public IReadOnlyList<PatternPath>? SourcePaths { get; init; }

    /// <summary>
    /// Paths to the target actor, tried in order; empty when the event has no target; null to derive them from
    /// <see cref="TargetPreposition"/> (or the direct object of a verb).
    /// </summary>
    public IReadOnlyList<PatternPath>? TargetPaths { get; init; }

    /// <summary>The CAMEO code the pattern yields.</summary>
    public required string Code { get; init; }

    /// <summary>Words required before the trigger, in reading order (imported PETRARCH patterns), or null.</summary>
    public IReadOnlyList<PatternTerm>? Before { get; init; }

    /// <summary>Words required after the trigger, in reading order (imported PETRARCH patterns), or null.</summary>
    public IReadOnlyList<PatternTerm>? After { get; init; }

    /// <summary>Code of the mirrored event in which the target acts on the source ("arrive" 042 → host 043), or null.</summary>
    public string? ReverseCode { get; init; }

    /// <summary>Coordinated subjects act on each other when there is no target ("X and Y agree").</summary>
    public bool Reciprocal { get; init; }

    /// <summary>How specific the pattern is; the most specific match wins.</summary>
    /// <remarks>Four points per word the pattern requires (particle, object, complement, phrase modifier, required
    /// dependent with a given lemma), two per required dependent of any lemma and for a target preposition.</remarks>
    public int Specificity => (Particle is null ? 0 : 4) + (Object is null ? 0 : 4) + (Complement is null ? 0 : 4) + (TargetPreposition is null ? 0 : 2) +
                              (Modifiers.Count * 4) + RequirementPoints() + (TermWords(Before) * 4) + (TermWords(After) * 4);

    private int RequirementPoints()
    {
        var points = 0;
        foreach (var r in Requirements)
        {
            points += r.AnyLemma ? 2 : 4;
        }

        return points;
    }

    private static int TermWords(IReadOnlyList<PatternTerm>? terms)
    {
        if (terms is null)
        {
            return 0;
        }

        var count = 0;
        foreach (var term in terms)
        {
            count += term.WordCount;
        }

        return count;
    }
}
