namespace Parley.Events.Petrarch;

/// <summary>
/// The <c>&lt;Config option=… value=…/&gt;</c> settings in force for a record. Only <see cref="RequireDyad"/>
/// changes Parley's coding; the others (PETRARCH's comma and new-actor heuristics, which exist to repair
/// constituency parses) are kept for the report.
/// </summary>
public sealed record PetrarchSuiteOptions
{
    /// <summary>Events need both a source and a target (default); when false a known source with no target is coded with target <c>---</c>.</summary>
    public bool RequireDyad { get; init; } = true;

    /// <summary>Every option seen so far, by name, lower case.</summary>
    public IReadOnlyDictionary<string, string> All { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The options after one <c>&lt;Config&gt;</c> element.</summary>
    public PetrarchSuiteOptions With(string option, string value)
    {
        var all = new Dictionary<string, string>(All, StringComparer.Ordinal) { [option.ToLowerInvariant()] = value };
        var requireDyad = option.Equals("require_dyad", StringComparison.OrdinalIgnoreCase) ? !value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase) : RequireDyad;
        return this with { All = all, RequireDyad = requireDyad };
    }
}
