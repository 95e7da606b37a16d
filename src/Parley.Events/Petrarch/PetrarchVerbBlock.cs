namespace Parley.Events.Petrarch;

/// <summary>A <c>--- NAME [code] ---</c> block: its member verbs share its patterns.</summary>
public sealed record PetrarchVerbBlock
{
    /// <summary>Block name as written ("ABANDON").</summary>
    public required string Name { get; init; }

    /// <summary>Default code for a member verb that no pattern matches beyond the verb itself (<c>---</c> for none).</summary>
    public required string Code { get; init; }

    /// <summary>Code of the mirrored event for the bare verb (<c>[042:043]</c>), or null.</summary>
    public string? ReverseCode { get; init; }

    /// <summary>1-based line of the header.</summary>
    public int Line { get; init; }

    /// <summary>The member verbs.</summary>
    public IReadOnlyList<PetrarchVerb> Verbs { get; init; } = [];

    /// <summary>The patterns, in file order.</summary>
    public IReadOnlyList<PetrarchPattern> Patterns { get; init; } = [];
}
