namespace Parley.Events.Coding;

/// <summary>Which actor a <see cref="PatternTerm"/> marks.</summary>
public enum PatternRole
{
    /// <summary>No actor: the term only constrains words.</summary>
    None,

    /// <summary>The source actor stands here.</summary>
    Source,

    /// <summary>The target actor stands here.</summary>
    Target,

    /// <summary>Any one noun phrase stands here (PETRARCH <c>^</c>); it is not an actor of the event.</summary>
    Skip,
}
