using System.Globalization;

namespace Parley.Events.Actors;

/// <summary>Parses the ISO 8601 dates of the actor data: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>.</summary>
internal static class DateBound
{
    /// <summary>
    /// Parses <paramref name="text"/>; a start bound written to the month is its first day, an end bound
    /// its last day. Returns false when the text is not an ISO date.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, bool isEnd, out DateOnly date, out bool approximate)
    {
        date = default;
        approximate = false;
        text = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (text.Length == 7 && int.TryParse(text[..4], NumberStyles.None, inv, out var y) && text[4] == '-'
            && int.TryParse(text[5..], NumberStyles.None, inv, out var m) && m is >= 1 and <= 12 && y >= 1)
        {
            approximate = true;
            date = isEnd ? new DateOnly(y, m, DateTime.DaysInMonth(y, m)) : new DateOnly(y, m, 1);
            return true;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, inv, out y) && y >= 1)
        {
            approximate = true;
            date = isEnd ? new DateOnly(y, 12, 31) : new DateOnly(y, 1, 1);
            return true;
        }

        return false;
    }
}
