namespace Parley.Training.Scoring;

/// <summary>Counts of gold, system and correct items, with precision, recall and F1 as percentages.</summary>
public sealed record F1Score(int Gold, int System, int Correct)
{
    public double Precision => System == 0 ? 0 : 100.0 * Correct / System;

    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Exact-match F1 of two span lists (each counted as a multiset).</summary>
    public static F1Score FromSpans(IReadOnlyList<(int Start, int End)> gold, IReadOnlyList<(int Start, int End)> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var counts = new Dictionary<(int, int), int>();
        foreach (var span in gold)
        {
            counts[span] = counts.GetValueOrDefault(span) + 1;
        }

        var correct = 0;
        foreach (var span in system)
        {
            if (counts.TryGetValue(span, out var n) && n > 0)
            {
                counts[span] = n - 1;
                correct++;
            }
        }

        return new F1Score(gold.Count, system.Count, correct);
    }
}
