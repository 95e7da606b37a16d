namespace Parley.Core.Records;

/// <summary>A mention of an actor in the text, with its actor code (<c>---</c> when unknown).</summary>
public sealed record ActorRef
{
    public required string Code { get; init; }
    public required string Text { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
}

/// <summary>A span of text: <c>[Start, End)</c> into the document text.</summary>
public sealed record TextSpan
{
    public required string Text { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
}
