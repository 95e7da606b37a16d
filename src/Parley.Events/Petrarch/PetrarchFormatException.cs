namespace Parley.Events.Petrarch;

/// <summary>A PETRARCH dictionary or validation file that cannot be read; the message names the input and line.</summary>
public sealed class PetrarchFormatException : Exception
{
    public PetrarchFormatException()
    {
    }

    public PetrarchFormatException(string message)
        : base(message)
    {
    }

    public PetrarchFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
