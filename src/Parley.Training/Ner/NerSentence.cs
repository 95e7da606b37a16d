namespace Parley.Training.Ner;

/// <summary>One gold sentence for named-entity recognition: tokens and their IOB2 tags (<c>O</c>, <c>B-PER</c>, <c>I-PER</c>, …).</summary>
/// <param name="Id">The sentence id (<c># sent_id</c>), or a position-based id when the file has none.</param>
/// <param name="Tokens">Token forms, gold tokenization.</param>
/// <param name="Tags">One IOB2 tag per token.</param>
/// <param name="Pos">Optional Penn Treebank tags from Parley's tagger, one per token, read by the NER features.</param>
public sealed record NerSentence(string Id, IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags, IReadOnlyList<string>? Pos = null);
