namespace Parley.Training.Ner;

/// <summary>An IOB2 file is malformed; the message names the file and line.</summary>
public sealed class Iob2FormatException : FormatException
{
    public Iob2FormatException()
    {
    }

    public Iob2FormatException(string message)
        : base(message)
    {
    }

    public Iob2FormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
