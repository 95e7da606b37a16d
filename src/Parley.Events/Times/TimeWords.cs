using System.Collections.Frozen;

namespace Parley.Events.Times;

/// <summary>The closed word lists the time tagger matches (month and weekday names, units, numbers, tense cues).</summary>
internal static class TimeWords
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sep"] = 9,
        ["sept"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["fifteen"] = 15,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["hundred"] = 100,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, TimeUnit> Units = new Dictionary<string, TimeUnit>(StringComparer.OrdinalIgnoreCase)
    {
        ["day"] = TimeUnit.Day,
        ["days"] = TimeUnit.Day,
        ["week"] = TimeUnit.Week,
        ["weeks"] = TimeUnit.Week,
        ["month"] = TimeUnit.Month,
        ["months"] = TimeUnit.Month,
        ["year"] = TimeUnit.Year,
        ["years"] = TimeUnit.Year,
        ["decade"] = TimeUnit.Decade,
        ["decades"] = TimeUnit.Decade,
        ["century"] = TimeUnit.Century,
        ["centuries"] = TimeUnit.Century,
        ["weekend"] = TimeUnit.Weekend,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Seasons = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["spring"] = "SP",
        ["summer"] = "SU",
        ["fall"] = "FA",
        ["autumn"] = "FA",
        ["winter"] = "WI",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PartsOfDay = new[] { "morning", "afternoon", "evening", "night" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FutureCues = new[]
    {
        "will", "shall", "would", "gonna", "going", "plan", "plans", "planned", "planning", "scheduled", "expected", "expects",
        "due", "upcoming", "hope", "hopes", "hoped", "hoping", "aims", "intend", "intends", "intended", "next", "coming",
        "tomorrow", "expires", "expire", "begins", "starts", "opens", "closes", "takes", "meets", "arrives", "travels",
        "visits", "hosts", "resumes", "later", "until",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PastCues = new[]
    {
        "was", "were", "had", "did", "said", "told", "ago", "last", "yesterday", "earlier", "since", "won", "lost", "met",
        "held", "took", "made", "went", "came", "gave", "began", "spoke", "wrote", "left", "sent", "saw", "brought", "fell",
        "rose", "became", "struck", "fought", "led", "got", "shut", "broke", "ran", "hit", "knew", "thought", "stood", "sat",
        "flew", "drove", "paid", "sold", "bought", "built", "kept", "felt", "found", "heard", "meant", "cut", "put", "set",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word a time expression can start with, apart from numbers.</summary>
    private static readonly FrozenSet<string> Openers = Months.Keys.Concat(Weekdays.Keys).Concat(Numbers.Keys).Concat(Units.Keys).Concat(
        ["yesterday", "today", "tomorrow", "tonight", "earlier", "later", "last", "this", "next", "coming", "past", "the", "early",
         "late", "mid", "within", "several", "few", "many", "christmas"]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberLookup = Numbers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, TimeUnit>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SeasonLookup = Seasons.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartOfDayLookup = PartsOfDay.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureLookup = FutureCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastLookup = PastCues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a time expression can start with <paramref name="word"/> (numbers aside).</summary>
    public static bool IsOpener(ReadOnlySpan<char> word) => OpenerLookup.Contains(word) || word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase);

    /// <summary>1–12 for a month name or abbreviation, else 0.</summary>
    public static int Month(ReadOnlySpan<char> word) => MonthLookup.TryGetValue(word, out var m) ? m : 0;

    public static bool TryWeekday(ReadOnlySpan<char> word, out DayOfWeek day) => WeekdayLookup.TryGetValue(word, out day);

    /// <summary>A small cardinal (digits or a number word), else -1.</summary>
    public static int Number(ReadOnlySpan<char> word)
    {
        if (word.Length is > 0 and <= 4 && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return NumberLookup.TryGetValue(word, out var v) ? v : -1;
    }

    public static TimeUnit Unit(ReadOnlySpan<char> word) => UnitLookup.TryGetValue(word, out var u) ? u : TimeUnit.None;

    public static string? Season(ReadOnlySpan<char> word) => SeasonLookup.TryGetValue(word, out var s) ? s : null;

    public static bool IsPartOfDay(ReadOnlySpan<char> word) => PartOfDayLookup.Contains(word);

    /// <summary>+1 for a word that marks future reference, -1 for past, 0 otherwise.</summary>
    public static int Tense(ReadOnlySpan<char> word)
    {
        if (FutureLookup.Contains(word) || word.EndsWith("'ll", StringComparison.Ordinal) || word.EndsWith("\u2019ll", StringComparison.Ordinal))
        {
            return 1;
        }

        if (PastLookup.Contains(word))
        {
            return -1;
        }

        // A regular past form ("announced", "rejected"); capitalised words are names, not verbs.
        if (word.Length >= 5 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return -1;
        }

        return 0;
    }
}
