using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Ingest.Cleaning;

/// <summary>Reads the publication dates that pages and header lines carry into ISO 8601 (<c>yyyy-MM-dd</c>).</summary>
public static partial class DateText
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// Finds a date in <paramref name="text"/>: ISO (<c>2018-08-29</c>, <c>2018-08-29T10:00:00Z</c>),
    /// <c>August 29, 2018</c>, <c>Aug. 29 2018</c> or <c>29 August 2018</c>. Returns false when there is none
    /// or it is not a real calendar date.
    /// </summary>
    public static bool TryParse(string? text, out string iso)
    {
        iso = "";
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return false;
        }

        var m = IsoDate().Match(text);
        if (m.Success)
        {
            return Make(m.Groups["y"].Value, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), m.Groups["d"].Value, out iso);
        }

        m = MonthFirst().Match(text);
        if (m.Success)
        {
            return Make(m.Groups["y"].Value, MonthNumber(m.Groups["mon"].Value), m.Groups["d"].Value, out iso);
        }

        m = DayFirst().Match(text);
        return m.Success && Make(m.Groups["y"].Value, MonthNumber(m.Groups["mon"].Value), m.Groups["d"].Value, out iso);
    }

    /// <summary>Whether <paramref name="text"/> is already an ISO 8601 date at year, month or day precision.</summary>
    public static bool IsIso(string text) => IsoPrecision().IsMatch(text);

    private static int MonthNumber(string name)
    {
        var key = name.ToLowerInvariant();
        for (var i = 0; i < Months.Length; i++)
        {
            if (key.StartsWith(Months[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool Make(string year, int month, string day, out string iso)
    {
        iso = "";
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y < 1800 || y > 2200 || month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return false;
        }

        iso = string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{month:D2}-{d:D2}");
        return true;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IsoPrecision();

    [GeneratedRegex(@"\b(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex DayFirst();
}
