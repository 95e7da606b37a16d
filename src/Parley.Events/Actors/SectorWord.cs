namespace Parley.Events.Actors;

/// <summary>
/// A word or phrase of the sector vocabulary. <see cref="Code"/> is one or more sector blocks
/// (<c>GOV</c>, <c>GOVMED</c>); when <see cref="IsPrefix"/> the code goes before the country (a
/// PETRARCH <c>XXX~</c> agent), otherwise after it (<c>~XXX</c>).
/// </summary>
public sealed record SectorWord(string Phrase, SectorWordRole Role, string? Code, bool IsPrefix, string Source);
