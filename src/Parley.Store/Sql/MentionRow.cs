using Parley.Core.Records;
using Parley.Store.Merging;

namespace Parley.Store.Sql;

/// <summary>A row of the <c>mentions</c> table: one article's report of an event.</summary>
internal sealed class MentionRow
{
    /// <summary>The columns in the order <see cref="Read"/> and the insert statement use them.</summary>
    public const string Columns =
        "seq, event_id, doc_id, idx, mkey, sentence, paragraph, code, root, name, quad, goldstein, src_code, src_country, src_text, " +
        "tgt_code, tgt_country, tgt_text, trigger_text, date, day_start, day_end, place, place_country, lat, lon, modality, " +
        "plover_event, plover_mode, outlet_key, attr_outlet, attr_speaker, evidence, published, url";

    public long Seq { get; set; }
    public long? EventId { get; set; }
    public required string DocId { get; init; }
    public int Index { get; init; }
    public required string Key { get; init; }
    public int Sentence { get; init; }
    public int Paragraph { get; init; }
    public required string Code { get; init; }
    public required string Root { get; init; }
    public required string Name { get; init; }
    public int Quad { get; init; }
    public double Goldstein { get; init; }
    public required string SourceCode { get; init; }
    public required string SourceCountry { get; init; }
    public string? SourceText { get; init; }
    public string? TargetCode { get; init; }
    public required string TargetCountry { get; init; }
    public string? TargetText { get; init; }
    public string? Trigger { get; init; }
    public string? Date { get; init; }
    public int? DayStart { get; init; }
    public int? DayEnd { get; init; }
    public string? Place { get; init; }
    public string? PlaceCountry { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public required string Modality { get; init; }
    public string? PloverEvent { get; init; }
    public string? PloverMode { get; init; }
    public required string OutletKey { get; init; }
    public string? AttributionOutlet { get; init; }
    public string? AttributionSpeaker { get; init; }
    public string? Evidence { get; init; }
    public string? Published { get; init; }
    public string? Url { get; init; }

    public MentionKey MergeKey => new()
    {
        SourceCountry = SourceCountry,
        TargetCountry = TargetCountry,
        Root = Root,
        Modality = Modality,
        Date = DayStart is { } s && DayEnd is { } e ? new DateInterval(s, e) : null,
        PlaceCountry = PlaceCountry,
        PlaceText = Place,
    };

    /// <summary>Builds the mention of event <paramref name="index"/> of <paramref name="record"/>.</summary>
    public static MentionRow From(DocumentRecord record, int index)
    {
        var ev = record.Events[index];
        var doc = record.Document;
        var date = ev.Date;
        DateInterval? interval = DateInterval.TryParse(date, out var d) ? d : DateInterval.TryParse(doc.Published, out var p) ? p : null;
        var paragraph = ev.Sentence >= 0 && ev.Sentence < record.Sentences.Count ? record.Sentences[ev.Sentence].Paragraph : 0;
        var sourceCode = string.IsNullOrWhiteSpace(ev.Source.Code) ? MentionKey.Unknown : ev.Source.Code.Trim().ToUpperInvariant();
        var targetCode = ev.Target is null || string.IsNullOrWhiteSpace(ev.Target.Code) ? null : ev.Target.Code.Trim().ToUpperInvariant();
        return new MentionRow
        {
            DocId = doc.Id,
            Index = index,
            Key = doc.Id + ":" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Sentence = ev.Sentence,
            Paragraph = paragraph,
            Code = ev.Code,
            Root = string.IsNullOrEmpty(ev.Root) && ev.Code.Length >= 2 ? ev.Code[..2] : ev.Root,
            Name = ev.Name,
            Quad = ev.QuadClass,
            Goldstein = ev.Goldstein,
            SourceCode = sourceCode,
            SourceCountry = MentionKey.CountryOf(sourceCode),
            SourceText = ev.Source.Text,
            TargetCode = targetCode,
            TargetCountry = MentionKey.CountryOf(targetCode),
            TargetText = ev.Target?.Text,
            Trigger = ev.Trigger.Text,
            Date = date,
            DayStart = interval?.Start,
            DayEnd = interval?.End,
            Place = ev.Location?.Text,
            PlaceCountry = ev.Location?.Country,
            Lat = ev.Location?.Lat,
            Lon = ev.Location?.Lon,
            Modality = string.IsNullOrEmpty(ev.Modality) ? "asserted" : ev.Modality,
            PloverEvent = ev.Plover?.Event,
            PloverMode = ev.Plover?.Mode,
            OutletKey = OutletKeyOf(doc),
            AttributionOutlet = ev.Attribution?.Outlet,
            AttributionSpeaker = ev.Attribution?.Speaker,
            Evidence = ev.Evidence,
            Published = doc.Published,
            Url = doc.Url ?? doc.Path,
        };
    }

    /// <summary>The publishing outlet, or the URL's host, or the document itself when neither is known.</summary>
    public static string OutletKeyOf(DocumentHeader doc)
    {
        if (!string.IsNullOrWhiteSpace(doc.Outlet))
        {
            return doc.Outlet.Trim();
        }

        if (Uri.TryCreate(doc.Url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host))
        {
            var host = uri.Host;
            return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
        }

        return "doc:" + doc.Id;
    }

    /// <summary>The values in <see cref="Columns"/> order, without <c>seq</c>.</summary>
    public object?[] Values() =>
    [
        EventId, DocId, Index, Key, Sentence, Paragraph, Code, Root, Name, Quad, Goldstein, SourceCode, SourceCountry, SourceText,
        TargetCode, TargetCountry, TargetText, Trigger, Date, DayStart, DayEnd, Place, PlaceCountry, Lat, Lon, Modality,
        PloverEvent, PloverMode, OutletKey, AttributionOutlet, AttributionSpeaker, Evidence, Published, Url,
    ];

    /// <summary>Reads a row selected with <see cref="Columns"/>.</summary>
    public static MentionRow Read(IRow r) => new()
    {
        Seq = r.Long(0),
        EventId = r.IsNull(1) ? null : r.Long(1),
        DocId = r.Str(2)!,
        Index = (int)r.Long(3),
        Key = r.Str(4)!,
        Sentence = (int)r.Long(5),
        Paragraph = (int)r.Long(6),
        Code = r.Str(7)!,
        Root = r.Str(8)!,
        Name = r.Str(9)!,
        Quad = (int)r.Long(10),
        Goldstein = r.Double(11),
        SourceCode = r.Str(12)!,
        SourceCountry = r.Str(13)!,
        SourceText = r.Str(14),
        TargetCode = r.Str(15),
        TargetCountry = r.Str(16) ?? string.Empty,
        TargetText = r.Str(17),
        Trigger = r.Str(18),
        Date = r.Str(19),
        DayStart = r.IsNull(20) ? null : (int)r.Long(20),
        DayEnd = r.IsNull(21) ? null : (int)r.Long(21),
        Place = r.Str(22),
        PlaceCountry = r.Str(23),
        Lat = r.IsNull(24) ? null : r.Double(24),
        Lon = r.IsNull(25) ? null : r.Double(25),
        Modality = r.Str(26)!,
        PloverEvent = r.Str(27),
        PloverMode = r.Str(28),
        OutletKey = r.Str(29)!,
        AttributionOutlet = r.Str(30),
        AttributionSpeaker = r.Str(31),
        Evidence = r.Str(32),
        Published = r.Str(33),
        Url = r.Str(34),
    };

    public StoredMention ToStored() => new()
    {
        Key = Key,
        DocumentId = DocId,
        Index = Index,
        Sentence = Sentence,
        Code = Code,
        SourceCode = SourceCode,
        SourceText = SourceText,
        TargetCode = TargetCode,
        TargetText = TargetText,
        Trigger = Trigger,
        Date = Date,
        Published = Published,
        Outlet = OutletKey,
        AttributionOutlet = AttributionOutlet,
        AttributionSpeaker = AttributionSpeaker,
        Evidence = Evidence,
        Url = Url,
    };
}
