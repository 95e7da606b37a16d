using Parley.Core.Records;

namespace Parley.Events.Coding;

/// <summary>The knowledge an <see cref="EventCoder"/> works from.</summary>
public sealed record EventCoderOptions
{
    /// <summary>The coding rules.</summary>
    public required IReadOnlyList<EventPattern> Patterns { get; init; }

    /// <summary>Looks a CAMEO code up; null for an unknown code (the pattern is then ignored).</summary>
    public required Func<string, CodeInfo?> DescribeCode { get; init; }

    /// <summary>
    /// Resolves an actor phrase (its text, its head word and the article date) to one actor, or to
    /// several for a coordination ("North and South Korea"); never empty (<see cref="ActorMatch.Unknown"/>).
    /// </summary>
    public required Func<string, string, DateOnly?, IReadOnlyList<ActorMatch>> ResolveActor { get; init; }

    /// <summary>Finds a place by name; null when the name is not a known place.</summary>
    public Func<string, LocationRecord?> FindPlace { get; init; } = _ => null;
}
