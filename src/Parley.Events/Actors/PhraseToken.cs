namespace Parley.Events.Actors;

/// <summary>
/// One token of a phrase: its span in the original text and in the normalised text
/// (lower-cased, diacritics folded, tokens joined by single spaces).
/// </summary>
internal readonly record struct PhraseToken(int Start, int End, int NormStart, int NormEnd, bool IsPunctuation)
{
    public int NormLength => NormEnd - NormStart;
}
