namespace Parley.Nlp.Models;

/// <summary>One evaluation result of a model.</summary>
/// <param name="Set">The evaluation file, e.g. <c>en_ewt-ud-test.conllu</c>.</param>
/// <param name="Metric">Metric name: <c>upos</c>, <c>xpos</c>, <c>lemma</c>, <c>uas</c>, <c>las</c>.</param>
/// <param name="Value">Percentage.</param>
/// <param name="Condition">How it was measured, e.g. <c>gold tokenization, predicted tags</c>.</param>
public sealed record MetricInfo(string Set, string Metric, double Value, string Condition);
