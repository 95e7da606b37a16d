namespace Parley.Events.Lexicon;

/// <summary>
/// A condition on the parse around a trigger: a dependent reached by <see cref="Path"/> must exist and,
/// unless <see cref="AnyLemma"/>, its lemma must be one of <see cref="Lemmas"/>. Written <c>path=a|b|c</c> or <c>path=*</c>.
/// </summary>
public sealed record Requirement
{
    public required DependencyPath Path { get; init; }

    /// <summary>Accepted lemmas; empty when any dependent will do (<c>*</c>).</summary>
    public IReadOnlyList<LemmaPhrase> Lemmas { get; init; } = [];

    public bool AnyLemma => Lemmas.Count == 0;

    /// <summary>Whether <paramref name="lemma"/> is the head of one of the accepted lemmas (case-insensitive).</summary>
    public bool AcceptsHead(ReadOnlySpan<char> lemma)
    {
        if (AnyLemma)
        {
            return true;
        }

        foreach (var phrase in Lemmas)
        {
            if (lemma.Equals(phrase.Head, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => AnyLemma ? $"{Path}=*" : $"{Path}={string.Join('|', Lemmas)}";
}
