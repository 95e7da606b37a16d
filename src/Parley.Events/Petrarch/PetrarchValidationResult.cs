namespace Parley.Events.Petrarch;

/// <summary>Scores of a validation run (see <c>docs/formats/petrarch.md</c> for how records are scored).</summary>
public sealed record PetrarchValidationResult(IReadOnlyList<PetrarchRecordOutcome> Outcomes)
{
    /// <summary>Records scored.</summary>
    public int Evaluated => Outcomes.Count(o => o.SkipReason is null);

    /// <summary>Records skipped (evaluate="false", category not included, PETRARCH error records, no parse).</summary>
    public int Skipped => Outcomes.Count(o => o.SkipReason is not null);

    /// <summary>Records whose events match exactly.</summary>
    public int Passed => Outcomes.Count(o => o.Passed);

    /// <summary>Expected events found (set semantics per record).</summary>
    public int TruePositives => Scored().Sum(o => o.Produced.Distinct().Count(o.Record.Expected.Contains));

    /// <summary>Events produced that were not expected.</summary>
    public int FalsePositives => Scored().Sum(o => o.Produced.Distinct().Count(e => !o.Record.Expected.Contains(e)));

    /// <summary>Expected events not produced.</summary>
    public int FalseNegatives => Scored().Sum(o => o.Record.Expected.Distinct().Count(e => !o.Produced.Contains(e)));

    /// <summary>Share of evaluated records that pass exactly.</summary>
    public double PassRate => Evaluated == 0 ? 0 : (double)Passed / Evaluated;

    /// <summary>Event precision.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Event recall.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Event F1.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    private IEnumerable<PetrarchRecordOutcome> Scored() => Outcomes.Where(o => o.SkipReason is null);
}
