namespace Parley.Events.Actors;

/// <summary>
/// The actors a phrase stands for: usually one, several for coordinations ("North and South Korea",
/// "Japanese and Chinese officials") and groups ("the Koreas"). Never empty: an unresolved phrase
/// holds <see cref="ResolvedActor.Unknown"/>.
/// </summary>
public sealed class ActorResolution
{
    internal static readonly ActorResolution None = new([ResolvedActor.Unknown]);

    internal ActorResolution(IReadOnlyList<ResolvedActor> actors) => Actors = actors;

    /// <summary>The actors, in the order the phrase names them.</summary>
    public IReadOnlyList<ResolvedActor> Actors { get; }

    /// <summary>The first actor.</summary>
    public ResolvedActor Primary => Actors[0];

    /// <summary>Code of the first actor.</summary>
    public string Code => Actors[0].Code;

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Actors.Select(a => a.Code));
}
