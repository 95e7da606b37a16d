namespace Parley.Events.Coding;

/// <summary>
/// A condition of an <see cref="EventPattern"/>: some dependent reached from the trigger by <see cref="Path"/>
/// must exist and, unless <see cref="Lemmas"/> is empty, have one of the lemmas. Each lemma is written as
/// words joined by <c>_</c> (<c>economic_aid</c>): the last is the dependent's lemma, the earlier ones must
/// hang from it.
/// </summary>
public sealed record PathRequirement
{
    /// <summary>Where the dependent is.</summary>
    public required PatternPath Path { get; init; }

    /// <summary>Accepted lemmas or <c>_</c>-joined phrases; empty when any dependent will do.</summary>
    public IReadOnlyList<string> Lemmas { get; init; } = [];

    /// <summary>Whether any dependent will do.</summary>
    public bool AnyLemma => Lemmas.Count == 0;

    /// <inheritdoc/>
    public override string ToString() => AnyLemma ? $"{Path}=*" : $"{Path}={string.Join('|', Lemmas)}";
}
