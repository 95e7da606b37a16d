namespace Parley.Cli;

/// <summary>A user mistake reported as one line, without a stack trace.</summary>
public sealed class CliException : Exception
{
    public CliException()
    {
    }

    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliException(string message, int exitCode)
        : base(message) => ExitCode = exitCode;

    /// <summary>The process exit code to return.</summary>
    public int ExitCode { get; } = Program.UsageError;
}
