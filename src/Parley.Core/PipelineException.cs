namespace Parley.Core;

/// <summary>A pipeline was assembled in an order that cannot work, or a component failed on a document.</summary>
public sealed class PipelineException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PipelineException()
    {
    }

    /// <summary>Creates the exception with a message that says what to do.</summary>
    public PipelineException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public PipelineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
