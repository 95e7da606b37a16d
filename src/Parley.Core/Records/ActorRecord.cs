namespace Parley.Core.Records;

/// <summary>One coreference cluster that resolves to an actor code.</summary>
public sealed record ActorRecord
{
    public int Cluster { get; init; }
    public required string Name { get; init; }
    public required string Code { get; init; }
    public string? Country { get; init; }
    public string? Sector { get; init; }

    /// <summary>Mentions as <c>[start, end)</c> pairs.</summary>
    public IReadOnlyList<int[]> Mentions { get; init; } = [];
}
