namespace Parley.Training.Conllu;

/// <summary>A multiword token line <c>first-last</c>: one surface token spanning several syntactic words.</summary>
/// <param name="First">Id of the first word.</param>
/// <param name="Last">Id of the last word (inclusive).</param>
/// <param name="Form">The surface form.</param>
/// <param name="Misc">The MISC column.</param>
public sealed record ConlluMultiwordToken(int First, int Last, string Form, string Misc)
{
    /// <summary>Whether MISC says no space follows this token.</summary>
    public bool NoSpaceAfter => Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}
