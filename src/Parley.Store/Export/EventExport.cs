using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Parley.Store.Export;

/// <summary>Writes merged events in the export layouts. Output is deterministic for a given list of events.</summary>
public static class EventExport
{
    /// <summary>The flat columns of CSV and TSV, in order.</summary>
    public static readonly IReadOnlyList<string> FlatColumns =
    [
        "key", "global_id", "date", "day", "source_code", "source_name", "source_country", "target_code", "target_name", "target_country",
        "code", "root", "name", "quad_class", "goldstein", "modality", "place", "place_country", "lat", "lon", "plover_event", "plover_mode",
        "mentions", "articles", "outlets", "confidence", "first_seen", "source_url",
    ];

    /// <summary>The 61 columns of the GDELT 2.0 event table, in GDELT order.</summary>
    public static readonly IReadOnlyList<string> GdeltColumns = BuildGdeltColumns();

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly HashSet<string> GroupPrefixes = new(StringComparer.Ordinal) { "IGO", "NGO", "NGM", "MNC" };

    /// <summary>Writes <paramref name="events"/> to <paramref name="writer"/> in <paramref name="format"/>.</summary>
    public static void Write(TextWriter writer, IEnumerable<StoredEvent> events, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(events);
        switch (format)
        {
            case ExportFormat.Csv:
                writer.Write(string.Join(",", FlatColumns) + "\n");
                foreach (var e in events)
                {
                    writer.Write(string.Join(",", Flat(e).Select(CsvField)) + "\n");
                }

                break;
            case ExportFormat.Tsv:
                writer.Write(string.Join("\t", FlatColumns) + "\n");
                foreach (var e in events)
                {
                    writer.Write(string.Join("\t", Flat(e).Select(TsvField)) + "\n");
                }

                break;
            case ExportFormat.Jsonl:
                foreach (var e in events)
                {
                    writer.Write(JsonSerializer.Serialize(e, Json) + "\n");
                }

                break;
            case ExportFormat.Gdelt:
                foreach (var e in events)
                {
                    writer.Write(string.Join("\t", Gdelt(e).Select(TsvField)) + "\n");
                }

                break;
            case ExportFormat.Plover:
                foreach (var e in events)
                {
                    writer.Write(JsonSerializer.Serialize(Plover(e), Json) + "\n");
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "unknown export format");
        }
    }

    /// <summary>The CSV/TSV values of an event, in <see cref="FlatColumns"/> order.</summary>
    public static string?[] Flat(StoredEvent e) =>
    [
        e.Key, Num(e.GlobalId), e.Date, e.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.SourceCode, e.SourceName, e.SourceCountry,
        e.TargetCode, e.TargetName, e.TargetCountry, e.Code, e.Root, e.Name, Num(e.QuadClass), Num(e.Goldstein), e.Modality, e.Place,
        e.PlaceCountry, Num(e.Lat), Num(e.Lon), e.PloverEvent, e.PloverMode, Num(e.Mentions), Num(e.Articles), Num(e.Outlets),
        Num(e.Confidence), e.FirstSeen, e.SourceUrl,
    ];

    /// <summary>The 61 GDELT 2.0 values of an event (see <c>docs/formats/database.md</c> for Parley's stand-ins).</summary>
    public static string?[] Gdelt(StoredEvent e)
    {
        var values = new List<string?>(61);
        var day = e.Day;
        values.Add(Num(e.GlobalId));
        values.Add(day?.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        values.Add(day?.ToString("yyyyMM", CultureInfo.InvariantCulture));
        values.Add(day?.ToString("yyyy", CultureInfo.InvariantCulture));
        values.Add(day is { } d ? (d.Year + ((d.DayOfYear - 1) / 365.0)).ToString("F4", CultureInfo.InvariantCulture) : null);
        AddActor(values, e.SourceCode, e.SourceName);
        AddActor(values, e.TargetCode, e.TargetName);
        values.Add(e.IsRootEvent ? "1" : "0");
        values.Add(e.Code);
        values.Add(e.Code.Length > 3 ? e.Code[..3] : e.Code);
        values.Add(e.Root);
        values.Add(Num(e.QuadClass));
        values.Add(Num(e.Goldstein));
        values.Add(Num(e.Mentions));
        values.Add(Num(e.Outlets));
        values.Add(Num(e.Articles));
        values.Add("0");
        AddGeo(values, null, null, null, null);
        AddGeo(values, null, null, null, null);
        AddGeo(values, e.Place, e.PlaceCountry, e.Lat, e.Lon);
        values.Add(DateAdded(e.FirstSeen));
        values.Add(e.SourceUrl);
        return [.. values];
    }

    private static void AddActor(List<string?> values, string? code, string? name)
    {
        if (string.IsNullOrEmpty(code) || code == "---")
        {
            values.AddRange(Enumerable.Repeat<string?>(null, 10));
            return;
        }

        var head = code.Length >= 3 ? code[..3] : code;
        var isGroup = GroupPrefixes.Contains(head);
        var noCountry = head == "---"; // a role without a country ("---REB"): no country code, the role is the type
        string? Block(int i) => code.Length >= i + 3 ? code.Substring(i, 3) : null;
        values.Add(code);
        values.Add(name?.ToUpperInvariant());
        values.Add(isGroup || noCountry ? null : head);
        values.Add(isGroup ? Block(3) : null);
        values.Add(null);
        values.Add(null);
        values.Add(null);
        values.Add(isGroup ? Block(6) : Block(3));
        values.Add(isGroup ? Block(9) : Block(6));
        values.Add(isGroup ? Block(12) : Block(9));
    }

    private static void AddGeo(List<string?> values, string? name, string? country, double? lat, double? lon)
    {
        var type = lat is not null && lon is not null ? 4 : !string.IsNullOrEmpty(country) ? 1 : 0;
        values.Add(Num(type));
        values.Add(name);
        values.Add(country);
        values.Add(null);
        values.Add(null);
        values.Add(Num(lat));
        values.Add(Num(lon));
        values.Add(null);
    }

    private static string? DateAdded(string? firstSeen)
    {
        if (firstSeen is null || !Merging.DateInterval.TryParse(firstSeen, out var interval))
        {
            return null;
        }

        return interval.StartDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000";
    }

    private static object Plover(StoredEvent e) => new
    {
        id = e.Key,
        eventDate = e.Date,
        eventType = e.PloverEvent,
        mode = e.PloverMode,
        cameo = e.Code,
        actor = e.SourceName,
        actorCode = e.SourceCode,
        actorCountry = e.SourceCountry,
        actorSector = Sector(e.SourceCode),
        recipient = e.TargetName,
        recipientCode = e.TargetCode,
        recipientCountry = string.IsNullOrEmpty(e.TargetCountry) ? null : e.TargetCountry,
        recipientSector = Sector(e.TargetCode),
        modality = e.Modality,
        location = e.Place is null && e.PlaceCountry is null ? null : new { name = e.Place, country = e.PlaceCountry, lat = e.Lat, lon = e.Lon },
        numMentions = e.Mentions,
        numArticles = e.Articles,
        numOutlets = e.Outlets,
        confidence = e.Confidence,
        firstSeen = e.FirstSeen,
        sourceUrl = e.SourceUrl,
    };

    private static string? Sector(string? code) => code is { Length: >= 6 } && code != "---" ? code[3..6] : null;

    private static string? Num(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string CsvField(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string TsvField(string? value) =>
        value is null ? string.Empty : new StringBuilder(value).Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').ToString();

    private static List<string> BuildGdeltColumns()
    {
        var columns = new List<string> { "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate" };
        foreach (var actor in new[] { "Actor1", "Actor2" })
        {
            columns.AddRange(new[] { "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code" }
                .Select(c => actor + c));
        }

        columns.AddRange(["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]);
        foreach (var geo in new[] { "Actor1Geo", "Actor2Geo", "ActionGeo" })
        {
            columns.AddRange(new[] { "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID" }.Select(c => geo + "_" + c));
        }

        columns.AddRange(["DATEADDED", "SOURCEURL"]);
        return columns;
    }
}
