namespace Parley.Events.Petrarch;

/// <summary>
/// A member verb of a verb block: its lemma, the words it needs before and after it for a multi-word verb
/// (<c>+BREAK_DOWN</c> → "break" then "down"; <c>WIRE_+TAP</c> → "wire" before "tap"), its irregular
/// forms, and its own code when it overrides the block's.
/// </summary>
public sealed record PetrarchVerb
{
    /// <summary>Lemma, lower case.</summary>
    public required string Lemma { get; init; }

    /// <summary>Words right after the verb (particles), lower case.</summary>
    public IReadOnlyList<string> WordsAfter { get; init; } = [];

    /// <summary>Words right before the verb, lower case.</summary>
    public IReadOnlyList<string> WordsBefore { get; init; } = [];

    /// <summary>Inflected forms given in braces, lower case (verb word only).</summary>
    public IReadOnlyList<string> Forms { get; init; } = [];

    /// <summary>Code for this verb when it differs from the block's, or null.</summary>
    public string? Code { get; init; }

    /// <summary>Code of the mirrored event when the verb has its own code with a colon, or null.</summary>
    public string? ReverseCode { get; init; }

    /// <summary>1-based line in the dictionary.</summary>
    public int Line { get; init; }
}
