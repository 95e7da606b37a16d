namespace Parley.Events.Actors;

/// <summary>
/// One actor a phrase resolves to.
/// </summary>
/// <param name="Code">CAMEO code (<c>JPNGOV</c>, <c>IGOUNO</c>, <c>---GOV</c> for a sector without country, <c>---</c> unknown).</param>
/// <param name="Country">ISO alpha-3 country, or null (organisations, unknown).</param>
/// <param name="Sector">First sector block, or null.</param>
/// <param name="Name">The knowledge-base entry that decided the code (a person, country, organisation), or null.</param>
/// <param name="Start">Start of the deciding words in the phrase (UTF-16 offset), or -1.</param>
/// <param name="End">End (exclusive) of the deciding words, or -1.</param>
/// <param name="IsFormer">True when the phrase or the dates say the person no longer holds the role.</param>
public sealed record ResolvedActor(string Code, string? Country, string? Sector, string? Name, int Start, int End, bool IsFormer)
{
    /// <summary>The unknown actor.</summary>
    public static ResolvedActor Unknown { get; } = new(ActorCode.Unknown, null, null, null, -1, -1, false);

    /// <summary>True unless the code is <c>---</c>.</summary>
    public bool IsKnown => Code != ActorCode.Unknown;
}
