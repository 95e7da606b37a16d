using System.Globalization;

namespace Parley.Store.Merging;

/// <summary>
/// An ISO 8601 date at the precision the text supports (<c>2018</c>, <c>2018-07</c>, <c>2018-07-15</c>)
/// as a closed interval of day numbers (<see cref="DateOnly.DayNumber"/>).
/// </summary>
public readonly record struct DateInterval(int Start, int End)
{
    /// <summary>Whether the interval is a single day.</summary>
    public bool IsDay => Start == End;

    /// <summary>Length in days (1 for a day).</summary>
    public int Days => End - Start + 1;

    /// <summary>Whether this interval contains <paramref name="other"/>.</summary>
    public bool Contains(DateInterval other) => Start <= other.Start && other.End <= End;

    /// <summary>
    /// Two report dates are compatible when they are equal, one contains the other, or both are days at
    /// most one day apart (time zones and "yesterday" in late-night copy).
    /// </summary>
    public bool IsCompatibleWith(DateInterval other) =>
        Contains(other) || other.Contains(this) || (IsDay && other.IsDay && Math.Abs(Start - other.Start) <= 1);

    /// <summary>The first day as a date.</summary>
    public DateOnly StartDate => DateOnly.FromDayNumber(Start);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (a longer value is cut to its date part).</summary>
    public static bool TryParse(string? value, out DateInterval interval)
    {
        interval = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        if (text.Length > 10 && (text[10] == 'T' || text[10] == ' '))
        {
            text = text[..10];
        }

        var culture = CultureInfo.InvariantCulture;
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day))
        {
            interval = new DateInterval(day.DayNumber, day.DayNumber);
            return true;
        }

        if (text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", culture, DateTimeStyles.None, out var month))
        {
            interval = new DateInterval(month.DayNumber, month.AddMonths(1).DayNumber - 1);
            return true;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, culture, out var year) && year >= 1)
        {
            var first = new DateOnly(year, 1, 1);
            interval = new DateInterval(first.DayNumber, first.AddYears(1).DayNumber - 1);
            return true;
        }

        return false;
    }
}
