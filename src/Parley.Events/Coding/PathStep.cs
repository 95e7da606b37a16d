namespace Parley.Events.Coding;

/// <summary>
/// One step of a <see cref="PatternPath"/>: a Universal Dependencies relation, with a subtype that is either
/// a UD subtype (<c>nmod:poss</c>, <c>compound:prt</c>) or, on <c>obl</c>, <c>nmod</c>, <c>advcl</c> and
/// <c>acl</c>, the lemma of the case marker or subordinator (<c>obl:with</c>, <c>obl:on_behalf_of</c>).
/// </summary>
/// <param name="Relation">The relation as written, e.g. <c>obl:with</c>.</param>
/// <param name="Base">The universal part, e.g. <c>obl</c>.</param>
/// <param name="Marker">The case marker or subordinator the subtype names (words joined by a space), or null.</param>
public readonly record struct PathStep(string Relation, string Base, string? Marker)
{
    /// <summary>Reads one step (<c>obl:with</c>, <c>nsubj</c>, <c>nmod:poss</c>).</summary>
    public static PathStep Parse(string relation)
    {
        ArgumentException.ThrowIfNullOrEmpty(relation);
        var colon = relation.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return new PathStep(relation, relation, null);
        }

        var head = relation[..colon];
        var sub = relation[(colon + 1)..];
        var marked = head is "obl" or "nmod" or "advcl" or "acl" && sub is not ("poss" or "tmod" or "npmod" or "unmarked" or "agent" or "arg" or "relcl");
        return new PathStep(relation, head, marked ? sub.Replace('_', ' ') : null);
    }

    /// <inheritdoc/>
    public override string ToString() => Relation;
}
