namespace Parley.Events.Petrarch;

/// <summary>A PETRARCH validation suite: its records, the categories it includes, the dictionary files it names.</summary>
public sealed record PetrarchValidationSuite
{
    /// <summary>The records, in file order.</summary>
    public required IReadOnlyList<PetrarchValidationRecord> Records { get; init; }

    /// <summary>Categories listed in <c>&lt;Include&gt;</c> (upper case); empty means all.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Files named in <c>&lt;Environment&gt;</c> by element name (<c>Verbfile</c>, <c>Actorfile</c>, <c>Agentfile</c>, <c>Discardfile</c>).</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Why a record is not scored, or null when it is.</summary>
    public string? SkipReason(PetrarchValidationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!record.Evaluate)
        {
            return "evaluate=\"false\"";
        }

        if (Include.Count > 0 && !Include.Contains(record.Category.ToUpperInvariant()))
        {
            return $"category {record.Category} not in <Include>";
        }

        if (record.ExpectedError is not null)
        {
            return $"expects PETRARCH error '{record.ExpectedError}'";
        }

        return null;
    }
}
