namespace Parley.Events.Lexicon;

/// <summary>
/// A word that changes the modality of an event it governs or modifies: "call off" (cancelled),
/// "plan to" (future), "could" (hypothetical), "not" (negated). Immutable.
/// </summary>
public sealed record ModalityMarker
{
    public required EventModality Modality { get; init; }

    public required TriggerKind Kind { get; init; }

    public required LemmaPhrase Lemma { get; init; }

    /// <summary>Particle lemma (<c>compound:prt</c>) the marker needs, or null.</summary>
    public string? Particle { get; init; }

    public IReadOnlyList<Requirement> Requirements { get; init; } = [];

    /// <summary>
    /// For markers that govern the event (verbs, nouns): the relations from the marker to the event trigger
    /// (<c>xcomp</c> for "plan to visit", <c>obj</c> for "call off the trip"). For markers that depend on the
    /// trigger (aux, adv, det, amod): the relation from the trigger to the marker. Empty for <c>aux</c>.
    /// </summary>
    public IReadOnlyList<DependencyPath> Via { get; init; } = [];

    public required string SourceName { get; init; }

    public int Line { get; init; }

    public string Evidence => $"{SourceName}:{Line}";
}
