namespace Parley.Core.Records;

/// <summary>An outlet the article itself cites, and the sentences that citation backs.</summary>
public sealed record CitationRecord
{
    public required string Outlet { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public IReadOnlyList<int> Sentences { get; init; } = [];
}
