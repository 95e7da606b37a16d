namespace Parley.Training.Evaluation;

/// <summary>
/// CoNLL 2018 shared-task scores, in percent. With gold tokenization they are accuracies over words; from
/// raw text they are F1 over aligned words (system words, gold words, and words correct on both sides).
/// LAS compares only the universal part of the relation (<c>nsubj:pass</c> counts as <c>nsubj</c>).
/// </summary>
/// <param name="GoldWords">Words in the gold file.</param>
/// <param name="SystemWords">Words the system produced.</param>
/// <param name="Tokens">Tokenization F1 (100 with gold tokenization).</param>
/// <param name="Sentences">Sentence-boundary F1 (100 with gold tokenization).</param>
/// <param name="Upos">UPOS.</param>
/// <param name="Xpos">XPOS.</param>
/// <param name="Lemma">Lemma.</param>
/// <param name="Uas">Unlabelled attachment.</param>
/// <param name="Las">Labelled attachment.</param>
public sealed record UdScores(int GoldWords, int SystemWords, double Tokens, double Sentences, double Upos, double Xpos, double Lemma, double Uas, double Las);
