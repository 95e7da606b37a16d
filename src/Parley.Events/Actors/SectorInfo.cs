namespace Parley.Events.Actors;

/// <summary>
/// A CAMEO sector block (<c>GOV</c>, <c>MIL</c>, <c>SPY</c>…). When a phrase names several sectors the
/// one with the highest <see cref="Priority"/> wins: "intelligence official" is SPY, not GOV.
/// </summary>
/// <param name="Code">Three upper-case letters.</param>
/// <param name="Priority">Larger wins.</param>
/// <param name="Description">What the sector covers.</param>
public sealed record SectorInfo(string Code, int Priority, string Description);
