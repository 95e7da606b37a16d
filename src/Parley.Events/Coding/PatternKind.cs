namespace Parley.Events.Coding;

/// <summary>What kind of word triggers a pattern.</summary>
public enum PatternKind
{
    /// <summary>A verb ("meet", "call off").</summary>
    Verb,

    /// <summary>A noun ("summit", "sanctions").</summary>
    Noun,

    /// <summary>An adjective, usually a predicate ("was skeptical", "is ready to help").</summary>
    Adjective,
}
