using System.Globalization;
using Parley.Core;
using Parley.Core.Records;
using Parley.Events.Quotes;

namespace Parley.Events.Times;

/// <summary>
/// Finds time expressions and normalises them to TIMEX-like ISO values at the precision the text
/// supports: dates (<c>2018-08-29</c>), months (<c>2018-07</c>), years, ISO weeks (<c>2018-W35</c>,
/// weekends <c>2018-W35-WE</c>), seasons (<c>2018-SU</c>), decades (<c>199</c>) and the vague
/// <c>PAST_REF</c> / <c>FUTURE_REF</c>. Durations ("for three years") and clock times are not tagged.
/// </summary>
/// <remarks>
/// Relative expressions are resolved against the anchor: the publication date in
/// <see cref="DocumentInfo.Published"/>, else the first full absolute date in the text; without one
/// they are still found but get a null value. Weekdays, bare months and month–day dates without a year
/// take their direction from the nearest tense cue in the sentence ("will … on Friday" looks forward,
/// "said on Friday" back; a weekday equal to the anchor's is the anchor day itself); with no cue
/// they look back, as news usually reports what has happened. The clock is never read.
/// Stateless and thread-safe.
/// </remarks>
public sealed class TimeTagger : IPipe
{
    /// <inheritdoc/>
    public string Name => "times";

    /// <inheritdoc/>
    public IReadOnlyList<string> Requires { get; } = [Annotations.Tokens, Annotations.Sentences];

    /// <inheritdoc/>
    public IReadOnlyList<string> Assigns { get; } = [Annotations.Times];

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Times.AddRange(Find(document));
        document.MarkAssigned(Annotations.Times);
    }

    /// <summary>The time expressions of <paramref name="document"/>, in text order, without writing them to it.</summary>
    public static List<TimeRecord> Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Find(TextWords.Scan(document), document.Info.Published);
    }

    internal static List<TimeRecord> Find(TextWords words, string? published)
    {
        var anchor = TimeAnchor.Parse(published);
        if (anchor is null)
        {
            var first = new Scanner(words, null).Run(firstAbsoluteDate: true);
            if (first.Count > 0)
            {
                anchor = TimeAnchor.Parse(first[0].Value);
            }
        }

        return new Scanner(words, anchor).Run(firstAbsoluteDate: false);
    }

    private sealed class Scanner(TextWords w, DateOnly? anchor)
    {
        private const string PastRef = "PAST_REF";
        private const string FutureRef = "FUTURE_REF";

        public List<TimeRecord> Run(bool firstAbsoluteDate)
        {
            var list = new List<TimeRecord>();
            for (var i = 0; i < w.Count; i++)
            {
                if (!w.IsWord(i) || !Match(i, out var first, out var end, out var value, out var absolute))
                {
                    continue;
                }

                if (firstAbsoluteDate)
                {
                    if (absolute && value is { Length: 10 })
                    {
                        list.Add(Record(first, end, value));
                        return list;
                    }
                }
                else
                {
                    list.Add(Record(first, end, value));
                }

                i = end - 1;
            }

            return list;
        }

        private TimeRecord Record(int first, int end, string? value)
        {
            var start = w.Start(first);
            var stop = w.End(end - 1);
            return new TimeRecord { Start = start, End = stop, Text = w.Text[start..stop], Value = value };
        }

        private bool Match(int i, out int first, out int end, out string? value, out bool absolute)
        {
            first = i;
            end = i + 1;
            value = null;
            absolute = false;
            var s = w.Span(i);

            if (char.IsDigit(s[0]))
            {
                return MatchNumber(i, ref end, ref value, ref absolute);
            }

            if (!TimeWords.IsOpener(s))
            {
                return false;
            }

            if (w.Is(i, "yesterday") || w.Is(i, "today") || w.Is(i, "tomorrow") || w.Is(i, "tonight"))
            {
                var offset = w.Is(i, "yesterday") ? -1 : w.Is(i, "tomorrow") ? 1 : 0;
                value = anchor is { } a ? Date(a.AddDays(offset)) : null;
                return true;
            }

            if (w.Is(i, "earlier") || w.Is(i, "later"))
            {
                if (w.Is(i + 1, "this") && TimeWords.Unit(Get(i + 2)) is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year)
                {
                    end = i + 3;
                    value = Relative(TimeWords.Unit(Get(i + 2)), 0);
                    return true;
                }

                if (w.Is(i + 1, "in") && w.Is(i + 2, "the") && w.Is(i + 3, "day"))
                {
                    end = i + 4;
                    value = Relative(TimeUnit.Day, 0);
                    return true;
                }

                return false;
            }

            if (w.Is(i, "last") || w.Is(i, "this") || w.Is(i, "next") || w.Is(i, "coming") || w.Is(i, "past"))
            {
                return MatchModified(i, ref end, ref value);
            }

            if (w.Is(i, "the"))
            {
                return MatchThe(i, ref end, ref value, ref absolute);
            }

            if (w.Is(i, "early") || w.Is(i, "late") || w.Is(i, "mid"))
            {
                var j = w.IsChar(i + 1, '-') ? i + 2 : i + 1;
                if (w.IsCapitalized(j) && TimeWords.Month(Get(j)) > 0 && Get(j).Length > 3 && MatchMonth(j, ref end, ref value, ref absolute, true))
                {
                    return true;
                }

                if (w.IsCapitalized(j) && TimeWords.TryWeekday(Get(j), out var day))
                {
                    end = PartOfDayEnd(j + 1);
                    value = WeekdayValue(day, Tense(i, end), 0);
                    return true;
                }

                return false;
            }

            if (s.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) && TimeWords.Month(s[4..]) is > 0 and var mid)
            {
                value = MonthValue(mid, Tense(i, end), 0);
                return true;
            }

            if (w.IsCapitalized(i) && TimeWords.TryWeekday(s, out var weekday))
            {
                end = PartOfDayEnd(i + 1);
                value = WeekdayValue(weekday, Tense(i, end), 0);
                return true;
            }

            if (w.IsCapitalized(i) && TimeWords.Month(s) > 0)
            {
                return MatchMonth(i, ref end, ref value, ref absolute, false);
            }

            if (w.Is(i, "within") && TimeWords.Unit(Get(i + 1)) is not TimeUnit.None && Get(i + 1).EndsWith('s') && !w.Is(i + 2, "of") && Tense(i, i + 2) >= 0)
            {
                end = i + 2;
                value = FutureRef;
                return true;
            }

            if (TimeWords.Unit(s) is not TimeUnit.None && s.EndsWith('s') && w.Is(i + 1, "ago"))
            {
                end = i + 2;
                value = PastRef;
                return true;
            }

            if ((w.Is(i, "several") || w.Is(i, "few") || w.Is(i, "many")) && TimeWords.Unit(Get(i + 1)) is not TimeUnit.None && w.Is(i + 2, "ago"))
            {
                end = i + 3;
                value = PastRef;
                return true;
            }

            var count = TimeWords.Number(s);
            if (count > 0 && TimeWords.Unit(Get(i + 1)) is not TimeUnit.None and var unit && w.Is(i + 2, "ago"))
            {
                end = i + 3;
                value = Ago(count, unit);
                return true;
            }

            if (w.IsCapitalized(i) && w.Is(i, "Christmas"))
            {
                if (w.Is(i + 1, "Day") || w.Is(i + 1, "Eve"))
                {
                    end = i + 2;
                }

                value = MonthDayValue(12, w.Is(i + 1, "Eve") ? 24 : 25, Tense(i, end));
                return true;
            }

            return false;
        }

        private bool MatchNumber(int i, ref int end, ref string? value, ref bool absolute)
        {
            var s = w.Span(i);
            if (s.Length == 10 && s[4] == '-' && s[7] == '-' &&
                DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            {
                value = Date(iso);
                absolute = true;
                return true;
            }

            if (s.Length == 7 && s[4] == '-' && DateOnly.TryParseExact(s, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoMonth))
            {
                value = isoMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                absolute = true;
                return true;
            }

            if (s.Length == 5 && s[4] == 's' && Year(s[..4]) > 0 && s[3] == '0')
            {
                value = s[..3].ToString();
                absolute = true;
                return true;
            }

            var year = Year(s);
            if (year > 0)
            {
                if (w.IsChar(i + 1, '%') || w.Is(i + 1, "percent") || (i > 0 && w.IsChar(i - 1, '$')))
                {
                    return false;
                }

                value = year.ToString("D4", CultureInfo.InvariantCulture);
                absolute = true;
                return true;
            }

            var day = DayNumber(s);
            if (day > 0 && w.IsCapitalized(i + 1) && TimeWords.Month(Get(i + 1)) is > 0 and var month && Get(i + 1).Length > 3)
            {
                end = i + 2;
                var y = Year(Get(i + 2));
                if (y > 0)
                {
                    end = i + 3;
                    value = TryDate(y, month, day);
                    absolute = true;
                    return value is not null;
                }

                value = MonthDayValue(month, day, Tense(i, end));
                return true;
            }

            var count = TimeWords.Number(s);
            if (count > 0 && TimeWords.Unit(Get(i + 1)) is not TimeUnit.None and var unit && w.Is(i + 2, "ago"))
            {
                end = i + 3;
                value = Ago(count, unit);
                return true;
            }

            return false;
        }

        private bool MatchModified(int i, ref int end, ref string? value)
        {
            var direction = w.Is(i, "last") || w.Is(i, "past") ? -1 : w.Is(i, "this") ? 0 : 1;
            var j = i + 1;
            var next = Get(j);
            if (next.IsEmpty)
            {
                return false;
            }

            if ((w.Is(j, "few") || w.Is(j, "couple")) && !w.Is(i, "this"))
            {
                var k = w.Is(j + 1, "of") ? j + 2 : j + 1;
                if (TimeWords.Unit(Get(k)) is not TimeUnit.None)
                {
                    end = k + 1;
                    value = direction < 0 ? PastRef : FutureRef;
                    return true;
                }

                return false;
            }

            var unit = TimeWords.Unit(next);
            if (unit is TimeUnit.Day)
            {
                return false; // "the next day" counts from the story's last date, not from the anchor
            }

            if (unit is not TimeUnit.None)
            {
                if (next.EndsWith('s'))
                {
                    // "the coming weeks", "the past months": vague references, not a calendar period.
                    if (w.Is(i, "this") || w.Is(i, "next"))
                    {
                        return false;
                    }

                    end = j + 1;
                    value = direction < 0 ? PastRef : FutureRef;
                    return true;
                }

                if (w.Is(i, "past") || w.Is(i, "coming"))
                {
                    return false;
                }

                end = j + 1;
                value = Relative(unit, direction);
                return true;
            }

            if (w.Is(i, "past") || w.Is(i, "coming"))
            {
                return false;
            }

            if (w.IsCapitalized(j) && TimeWords.TryWeekday(next, out var day))
            {
                end = PartOfDayEnd(j + 1);
                value = WeekdayValue(day, Tense(i, end), w.Is(i, "this") ? 2 : direction);
                return true;
            }

            if (TimeWords.Season(next) is { } season)
            {
                end = j + 1;
                value = SeasonValue(season, direction, explicitModifier: true);
                return true;
            }

            if (w.IsCapitalized(j) && TimeWords.Month(next) is > 0 and var month && next.Length > 3)
            {
                end = j + 1;
                value = MonthValue(month, 0, w.Is(i, "this") ? 2 : direction);
                return true;
            }

            if (TimeWords.IsPartOfDay(next))
            {
                if (w.Is(i, "this") && !w.Is(j, "night"))
                {
                    end = j + 1;
                    value = Relative(TimeUnit.Day, 0);
                    return true;
                }

                if (w.Is(i, "last") && w.Is(j, "night"))
                {
                    end = j + 1;
                    value = Relative(TimeUnit.Day, -1);
                    return true;
                }
            }

            return false;
        }

        private bool MatchThe(int i, ref int end, ref string? value, ref bool absolute)
        {
            if (w.Is(i + 1, "week") && w.Is(i + 2, "of") && w.IsCapitalized(i + 3) && TimeWords.Month(Get(i + 3)) > 0)
            {
                var monthEnd = i + 4;
                string? date = null;
                if (MatchMonth(i + 3, ref monthEnd, ref date, ref absolute, true) && date is { Length: 10 } &&
                    DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    end = monthEnd;
                    value = Week(d);
                    return true;
                }

                return false;
            }

            var s = Get(i + 1);
            if (s.Length == 5 && s[4] == 's' && Year(s[..4]) > 0 && s[3] == '0')
            {
                end = i + 2;
                value = s[..3].ToString();
                absolute = true;
                return true;
            }

            if (TimeWords.Season(s) is { } season)
            {
                end = i + 2;
                value = SeasonValue(season, Tense(i, end), explicitModifier: false);
                return true;
            }

            if ((w.Is(i + 1, "coming") || w.Is(i + 1, "past") || w.Is(i + 1, "next")) && TimeWords.Unit(Get(i + 2)) is not TimeUnit.None && Get(i + 2).EndsWith('s'))
            {
                end = i + 3;
                value = w.Is(i + 1, "past") ? PastRef : FutureRef;
                return true;
            }

            return false;
        }

        /// <summary>Month name at <paramref name="i"/>: "Aug. 29, 2018", "August 2018", "Sept. 6", "July".</summary>
        private bool MatchMonth(int i, ref int end, ref string? value, ref bool absolute, bool modified)
        {
            var name = Get(i);
            var month = TimeWords.Month(name);
            var j = i + 1;
            var abbreviated = name.Length <= 4 && !name.Equals("June", StringComparison.OrdinalIgnoreCase) && !name.Equals("July", StringComparison.OrdinalIgnoreCase) && !name.Equals("May", StringComparison.OrdinalIgnoreCase);
            if (abbreviated && w.IsChar(j, '.'))
            {
                j++;
            }

            var day = DayNumber(Get(j));
            if (day > 0)
            {
                var k = j + 1;
                var y = Year(Get(w.IsChar(k, ',') ? k + 1 : k));
                if (y > 0)
                {
                    end = w.IsChar(k, ',') ? k + 2 : k + 1;
                    value = TryDate(y, month, day);
                    absolute = true;
                    return value is not null;
                }

                end = j + 1;
                value = MonthDayValue(month, day, Tense(i, end));
                return true;
            }

            var year = Year(Get(j));
            if (year > 0)
            {
                end = j + 1;
                value = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
                absolute = true;
                return true;
            }

            if (abbreviated)
            {
                return false;
            }

            // "May" and "March" are also a name, a verb and a noun: alone they need a leading preposition.
            if (!modified && (month is 5 or 3) && !IsMonthContext(i - 1))
            {
                return false;
            }

            end = i + 1;
            value = MonthValue(month, Tense(i, end), 0);
            return true;
        }

        private bool IsMonthContext(int i) =>
            w.Is(i, "in") || w.Is(i, "since") || w.Is(i, "by") || w.Is(i, "until") || w.Is(i, "from") || w.Is(i, "of") ||
            w.Is(i, "during") || w.Is(i, "before") || w.Is(i, "after") || w.Is(i, "through") || w.Is(i, "early") ||
            w.Is(i, "late") || w.Is(i, "mid") || w.Is(i, "last") || w.Is(i, "next") || w.Is(i, "this") || w.Is(i, "till");

        private int PartOfDayEnd(int j) => TimeWords.IsPartOfDay(Get(j)) ? j + 1 : j;

        private ReadOnlySpan<char> Get(int i) => i >= 0 && i < w.Count ? w.Span(i) : [];

        /// <summary>
        /// Tense of the clause around words [i, end): the nearest cue to the left within the sentence,
        /// else to the right up to the second comma. +1 future, -1 past, 0 unknown.
        /// </summary>
        private int Tense(int i, int end)
        {
            var sentence = i < w.Count ? w.SentenceOf(i) : -1;
            for (var k = i - 1; k >= 0 && k >= i - 14 && w.SentenceOf(k) == sentence; k--)
            {
                if (w.IsWord(k) && TimeWords.Tense(w.Span(k)) is not 0 and var t)
                {
                    // A participle after "be" ("will be held") takes its tense from the auxiliary.
                    if (t < 0 && (w.Is(k - 1, "be") || w.Is(k - 1, "being")))
                    {
                        continue;
                    }

                    return t;
                }
            }

            var commas = 0;
            for (var k = end; k < w.Count && k < end + 12 && w.SentenceOf(k) == sentence; k++)
            {
                if (w.IsChar(k, ',') || w.IsChar(k, ';'))
                {
                    if (++commas == 2)
                    {
                        break;
                    }

                    continue;
                }

                if (w.IsWord(k) && TimeWords.Tense(w.Span(k)) is not 0 and var t)
                {
                    return t;
                }
            }

            return 0;
        }

        /// <param name="day">The weekday named.</param>
        /// <param name="tense">Direction from context when no modifier applies.</param>
        /// <param name="modifier">-1 "last", +1 "next", 2 "this", 0 none.</param>
        private string? WeekdayValue(DayOfWeek day, int tense, int modifier)
        {
            if (anchor is not { } a)
            {
                return null;
            }

            var back = ((int)a.DayOfWeek - (int)day + 7) % 7;
            var forward = ((int)day - (int)a.DayOfWeek + 7) % 7;
            return modifier switch
            {
                -1 => Date(a.AddDays(-(back == 0 ? 7 : back))),
                1 => Date(a.AddDays(forward == 0 ? 7 : forward)),
                2 => Date(tense < 0 ? a.AddDays(-back) : a.AddDays(forward)),
                _ => Date(tense > 0 ? a.AddDays(forward) : a.AddDays(-back)),
            };
        }

        private string? MonthValue(int month, int tense, int modifier)
        {
            if (anchor is not { } a)
            {
                return null;
            }

            var year = modifier switch
            {
                -1 => month < a.Month ? a.Year : a.Year - 1,
                1 => month > a.Month ? a.Year : a.Year + 1,
                2 => a.Year,
                _ => tense > 0 ? (month >= a.Month ? a.Year : a.Year + 1) : (month <= a.Month ? a.Year : a.Year - 1),
            };
            return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
        }

        private string? MonthDayValue(int month, int day, int tense)
        {
            if (anchor is not { } a)
            {
                return null;
            }

            DateOnly? best = null;
            for (var y = a.Year - 1; y <= a.Year + 1; y++)
            {
                if (day > DateTime.DaysInMonth(y, month))
                {
                    continue;
                }

                var d = new DateOnly(y, month, day);
                if ((tense < 0 && d > a) || (tense > 0 && d < a))
                {
                    continue;
                }

                if (best is null || Math.Abs(d.DayNumber - a.DayNumber) < Math.Abs(best.Value.DayNumber - a.DayNumber))
                {
                    best = d;
                }
            }

            return best is { } b ? Date(b) : null;
        }

        private string? SeasonValue(string season, int direction, bool explicitModifier)
        {
            if (anchor is not { } a)
            {
                return null;
            }

            var (startMonth, endMonth) = season switch
            {
                "SP" => (3, 5),
                "SU" => (6, 8),
                "FA" => (9, 11),
                _ => (12, 14),
            };
            int year;
            if (explicitModifier)
            {
                year = direction switch
                {
                    < 0 => a.Month > endMonth ? a.Year : a.Year - 1,
                    > 0 => a.Month < startMonth ? a.Year : a.Year + 1,
                    _ => a.Year,
                };
            }
            else
            {
                year = direction switch
                {
                    < 0 => a.Month >= startMonth ? a.Year : a.Year - 1,
                    > 0 => a.Month <= endMonth ? a.Year : a.Year + 1,
                    _ => a.Year,
                };
            }

            return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{season}");
        }

        private string? Relative(TimeUnit unit, int direction)
        {
            if (anchor is not { } a)
            {
                return null;
            }

            return unit switch
            {
                TimeUnit.Day => Date(a.AddDays(direction)),
                TimeUnit.Week => Week(a.AddDays(7 * direction)),
                TimeUnit.Weekend => Week(a.AddDays(7 * direction)) + "-WE",
                TimeUnit.Month => a.AddMonths(direction).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                TimeUnit.Year => (a.Year + direction).ToString("D4", CultureInfo.InvariantCulture),
                TimeUnit.Decade => ((a.Year / 10) + direction).ToString(CultureInfo.InvariantCulture),
                TimeUnit.Century => ((a.Year / 100) + direction).ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
        }

        private string? Ago(int count, TimeUnit unit)
        {
            if (anchor is not { } a)
            {
                return null;
            }

            return unit switch
            {
                TimeUnit.Day => Date(a.AddDays(-count)),
                TimeUnit.Week or TimeUnit.Weekend => Week(a.AddDays(-7 * count)),
                TimeUnit.Month => a.AddMonths(-count).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                TimeUnit.Year => (a.Year - count).ToString("D4", CultureInfo.InvariantCulture),
                TimeUnit.Decade => ((a.Year - (10 * count)) / 10).ToString(CultureInfo.InvariantCulture),
                TimeUnit.Century => ((a.Year - (100 * count)) / 100).ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
        }

        private static int Year(ReadOnlySpan<char> s) =>
            s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1800 and <= 2100 ? y : 0;

        /// <summary>A day of the month: "29", "29th", "1st".</summary>
        private static int DayNumber(ReadOnlySpan<char> s)
        {
            if (s.Length >= 3 && (s.EndsWith("st", StringComparison.OrdinalIgnoreCase) || s.EndsWith("nd", StringComparison.OrdinalIgnoreCase) ||
                                  s.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || s.EndsWith("th", StringComparison.OrdinalIgnoreCase)))
            {
                s = s[..^2];
            }

            return s.Length is 1 or 2 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : 0;
        }

        private static string? TryDate(int year, int month, int day) =>
            day <= DateTime.DaysInMonth(year, month) ? Date(new DateOnly(year, month, day)) : null;

        private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string Week(DateOnly d)
        {
            var dt = d.ToDateTime(TimeOnly.MinValue);
            return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
        }
    }
}
