namespace Parley.Events.Actors;

/// <summary>A syntax or consistency error in actor data, naming the file and line.</summary>
public sealed class ActorDataException : Exception
{
    public ActorDataException()
    {
    }

    public ActorDataException(string message)
        : base(message)
    {
    }

    public ActorDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ActorDataException(string file, int line, string message)
        : base($"{file}:{line}: {message}")
    {
        File = file;
        Line = line;
    }

    /// <summary>Name of the input that holds the error (as given to the loader).</summary>
    public string? File { get; }

    /// <summary>1-based line number, or 0 when the error is not tied to a line.</summary>
    public int Line { get; }
}
