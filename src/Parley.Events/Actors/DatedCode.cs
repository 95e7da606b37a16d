namespace Parley.Events.Actors;

/// <summary>
/// An actor code valid on the days <c>[From, To]</c> (both inclusive; a missing bound is open).
/// A term that ends on the day the next one starts overlaps it by that one day, as handovers do.
/// </summary>
/// <param name="Code">CAMEO actor code, e.g. <c>JPNGOV</c>.</param>
/// <param name="From">First day the code applies, or null when open.</param>
/// <param name="To">Last day the code applies, or null when open.</param>
/// <param name="Office">The office key the term belongs to (<c>head-of-government</c>), or null.</param>
public readonly record struct DatedCode(string Code, DateOnly? From, DateOnly? To, string? Office = null)
{
    /// <summary>True when <paramref name="day"/> lies within the range.</summary>
    public bool Covers(DateOnly day) => (From is null || From.Value <= day) && (To is null || day <= To.Value);

    /// <summary>True when the code has a bound on either side.</summary>
    public bool IsRestricted => From is not null || To is not null;
}
