namespace Parley.Training.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence (a line whose ID is an integer).</summary>
/// <param name="Id">1-based word index.</param>
/// <param name="Form">Word form.</param>
/// <param name="Lemma">Lemma, or "_".</param>
/// <param name="Upos">Universal POS tag.</param>
/// <param name="Xpos">Language-specific (here Penn Treebank) tag, or "_".</param>
/// <param name="Feats">Morphological features, or "_".</param>
/// <param name="Head">Head word id (0 = root), or -1 when the column is "_".</param>
/// <param name="Deprel">Dependency relation, or "_".</param>
/// <param name="Misc">The MISC column.</param>
public sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Misc)
{
    /// <summary>Whether MISC says no space follows this word (<c>SpaceAfter=No</c>).</summary>
    public bool NoSpaceAfter => Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}
