using Parley.Core;

namespace Parley.Events.Petrarch;

/// <summary>
/// Runs a validation suite: every record that is scored (<see cref="PetrarchValidationSuite.SkipReason"/>)
/// is parsed by <c>parse</c> (Parley's pipeline over the raw text, or the record's gold parse), coded with
/// the options in force for it, and compared with its expected events as sets of (code, source, target).
/// </summary>
public static class PetrarchValidationRunner
{
    /// <summary>Runs the suite. <paramref name="parse"/> returns null when it cannot parse a record (the record is then skipped).</summary>
    public static PetrarchValidationResult Run(PetrarchValidationSuite suite, PetrarchCoder coder, Func<PetrarchValidationRecord, Document?> parse)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(coder);
        ArgumentNullException.ThrowIfNull(parse);
        var outcomes = new List<PetrarchRecordOutcome>(suite.Records.Count);
        foreach (var record in suite.Records)
        {
            var skip = suite.SkipReason(record);
            if (skip is not null)
            {
                outcomes.Add(new PetrarchRecordOutcome(record, [], skip));
                continue;
            }

            var document = parse(record);
            if (document is null)
            {
                outcomes.Add(new PetrarchRecordOutcome(record, [], "no parse"));
                continue;
            }

            outcomes.Add(new PetrarchRecordOutcome(record, coder.Code(document, record.Date, record.Options.RequireDyad), null));
        }

        return new PetrarchValidationResult(outcomes);
    }
}
