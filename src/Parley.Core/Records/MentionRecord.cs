namespace Parley.Core.Records;

/// <summary>
/// One mention in a coreference cluster: a name, a pronoun, an appositive or a definite description.
/// The actor layer groups mentions by <see cref="Cluster"/> and codes each cluster from its names and
/// <see cref="Descriptor"/>s.
/// </summary>
public sealed record MentionRecord
{
    /// <summary>Start offset in the document text.</summary>
    public int Start { get; init; }

    /// <summary>End offset (exclusive).</summary>
    public int End { get; init; }

    /// <summary>The mention's text.</summary>
    public required string Text { get; init; }

    /// <summary><c>name</c>, <c>pronoun</c>, <c>appositive</c> or <c>description</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The sentence holding the mention.</summary>
    public int Sentence { get; init; }

    /// <summary>The cluster (shared with <see cref="EntityRecord.Cluster"/>).</summary>
    public int Cluster { get; init; }

    /// <summary>The entity type of the cluster (<c>PER</c>, <c>ORG</c>, <c>LOC</c>).</summary>
    public string? Type { get; init; }

    /// <summary>
    /// A descriptive phrase the actor resolver can code the cluster from: the title before a name
    /// ("South Korean President"), or the core of an appositive ("Japanese intelligence official"); null if none.
    /// </summary>
    public TextSpan? Descriptor { get; init; }
}
