namespace Parley.Events.Petrarch;

/// <summary>A malformed line of a PETRARCH file: the input name, the 1-based line number and what is wrong.</summary>
public sealed record PetrarchLineError(string Source, int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Source}:{Line}: {Message}";
}
