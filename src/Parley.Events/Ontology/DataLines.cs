namespace Parley.Events.Ontology;

/// <summary>
/// Reads Parley's tab-separated data files: UTF-8, <c>#</c> starts a comment line, blank lines are
/// ignored, fields are separated by one tab. Yields the 1-based line number with the fields.
/// </summary>
internal static class DataLines
{
    public static IEnumerable<(int Line, string[] Fields)> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return (number, line.Split('\t'));
        }
    }

    /// <summary>Splits a <c>;</c>-separated list field; <c>-</c> or empty means none.</summary>
    public static string[] List(string field) =>
        field.Length == 0 || field == "-"
            ? []
            : field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>An optional field: <c>-</c> or empty means absent.</summary>
    public static string? Optional(string field) => field.Length == 0 || field == "-" ? null : field;

    /// <summary>Opens a data file embedded in this assembly (see <c>Parley.Events.csproj</c>).</summary>
    public static Stream OpenBuiltIn(string logicalName) =>
        typeof(DataLines).Assembly.GetManifestResourceStream(logicalName)
        ?? throw new InvalidOperationException(
            $"The built-in data file '{logicalName}' is missing from Parley.Events; rebuild the assembly from a complete checkout.");
}
