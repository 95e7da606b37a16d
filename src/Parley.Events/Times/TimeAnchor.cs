using System.Globalization;

namespace Parley.Events.Times;

/// <summary>Parses the reference date relative expressions are resolved against.</summary>
internal static class TimeAnchor
{
    /// <summary>
    /// Reads an ISO date (<c>2018-08-29</c>, optionally followed by a time). Coarser values (<c>2018-08</c>)
    /// give the first day of the period, which keeps years and months right and days approximate.
    /// </summary>
    public static DateOnly? Parse(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso))
        {
            return null;
        }

        var span = iso.AsSpan().Trim();
        if (span.Length >= 10 && DateOnly.TryParseExact(span[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (span.Length == 7 && DateOnly.TryParseExact(span, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        if (span.Length == 4 && int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 0 and < 10000)
        {
            return new DateOnly(year, 1, 1);
        }

        return null;
    }
}
