namespace Parley.Events.Ontology;

/// <summary>
/// A Parley data file (ontology, gazetteer, lexicon) is malformed. The message names the input and the
/// 1-based line, says what is wrong and what to do, so a user can fix the file without a stack trace.
/// </summary>
public sealed class DataFormatException : FormatException
{
    public DataFormatException()
    {
        SourceName = "";
    }

    public DataFormatException(string message)
        : base(message)
    {
        SourceName = "";
    }

    public DataFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        SourceName = "";
    }

    public DataFormatException(string sourceName, int line, string problem)
        : base($"{sourceName}:{line}: {problem}")
    {
        SourceName = sourceName;
        Line = line;
    }

    /// <summary>The input's name as given to the loader (a path or a resource name).</summary>
    public string SourceName { get; }

    /// <summary>1-based line number, or 0 when the problem is not tied to one line.</summary>
    public int Line { get; }
}
