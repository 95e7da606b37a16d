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
    public static MentionRow Read(System.Data.Common.DbDataReader r) => new()
    {
        Seq = Db.Long(r, 0),
        EventId = Db.NLong(r, 1),
        DocId = Db.Str(r, 2)!,
        Index = Db.Int(r, 3),
        Key = Db.Str(r, 4)!,
        Sentence = Db.Int(r, 5),
        Paragraph = Db.Int(r, 6),
        Code = Db.Str(r, 7)!,
        Root = Db.Str(r, 8)!,
        Name = Db.Str(r, 9)!,
        Quad = Db.Int(r, 10),
        Goldstein = Db.Double(r, 11),
        SourceCode = Db.Str(r, 12)!,
        SourceCountry = Db.Str(r, 13)!,
        SourceText = Db.Str(r, 14),
        TargetCode = Db.Str(r, 15),
        TargetCountry = Db.Str(r, 16) ?? string.Empty,
        TargetText = Db.Str(r, 17),
        Trigger = Db.Str(r, 18),
        Date = Db.Str(r, 19),
        DayStart = Db.NInt(r, 20),
        DayEnd = Db.NInt(r, 21),
        Place = Db.Str(r, 22),
        PlaceCountry = Db.Str(r, 23),
        Lat = Db.NDouble(r, 24),
        Lon = Db.NDouble(r, 25),
        Modality = Db.Str(r, 26)!,
        PloverEvent = Db.Str(r, 27),
        PloverMode = Db.Str(r, 28),
        OutletKey = Db.Str(r, 29)!,
        AttributionOutlet = Db.Str(r, 30),
        AttributionSpeaker = Db.Str(r, 31),
        Evidence = Db.Str(r, 32),
        Published = Db.Str(r, 33),
        Url = Db.Str(r, 34),
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
