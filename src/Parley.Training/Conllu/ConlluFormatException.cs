namespace Parley.Training.Conllu;

/// <summary>A CoNLL-U file is malformed; the message names the source and line.</summary>
public sealed class ConlluFormatException : Exception
{
    public ConlluFormatException()
    {
    }

    public ConlluFormatException(string message)
        : base(message)
    {
    }

    public ConlluFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
