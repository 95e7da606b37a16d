using System.Globalization;
using Parley.Core;
using Parley.Core.Records;

namespace Parley.Store.Tests;

/// <summary>Hand-built document records (invented text) for the store tests.</summary>
internal static class Records
{
    /// <summary>An event spec: source code, target code, CAMEO code, date, place country.</summary>
    public sealed record Ev(string Source, string? Target, string Code, string? Date, string? Place = null, string Modality = "asserted", double Goldstein = 1.0, int Quad = 1);

    public static DocumentRecord Article(string text, string? published, string? outlet, params Ev[] events)
    {
        var id = new Document(text).Id;
        var sentences = new List<SentenceRecord>();
        var start = 0;
        var paragraph = 0;
        foreach (var part in text.Split(". "))
        {
            var end = Math.Min(text.Length, start + part.Length + 1);
            sentences.Add(new SentenceRecord(start, end, paragraph++ / 2));
            start = Math.Min(text.Length, end + 1);
        }

        var records = events.Select((e, i) => new EventRecord
        {
            Sentence = Math.Min(i, sentences.Count - 1),
            Code = e.Code,
            Root = e.Code[..2],
            Name = "Event " + e.Code,
            QuadClass = e.Quad,
            Goldstein = e.Goldstein,
            Plover = new PloverRecord { Event = "CONSULT", Mode = "in-person" },
            Source = new ActorRef { Code = e.Source, Text = "Source " + e.Source, Start = 0, End = 4 },
            Target = e.Target is null ? null : new ActorRef { Code = e.Target, Text = "Target " + e.Target, Start = 5, End = 9 },
            Trigger = new TextSpan { Text = "met", Start = 10, End = 13 },
            Date = e.Date,
            Location = e.Place is null ? null : new LocationRecord { Text = "Place " + e.Place, Country = e.Place, Lat = 16.0, Lon = 106.0 },
            Modality = e.Modality,
            Attribution = new AttributionRecord { Outlet = "The Daily Planet", Speaker = null },
            Evidence = "test:" + e.Code,
        }).ToList();

        return new DocumentRecord
        {
            Document = new DocumentHeader
            {
                Id = id,
                Path = "articles/" + id + ".txt",
                Title = "Title " + text[..Math.Min(20, text.Length)],
                Published = published,
                Outlet = outlet,
                Url = outlet is null ? null : "https://" + outlet.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant() + ".example/" + id,
                Text = text,
            },
            Removed = [new Removal("Share Tweet", "share-widget")],
            Sentences = sentences,
            Entities = [new EntityRecord { Start = 0, End = 5, Text = text[..Math.Min(5, text.Length)], Type = "GPE", Sentence = 0, Cluster = 1 }],
            Actors = [new ActorRecord { Cluster = 1, Name = "Japan", Code = "JPN", Country = "JPN", Mentions = [[0, 5]] }],
            Quotes =
            [
                new QuoteRecord
                {
                    Start = 0,
                    End = Math.Min(10, text.Length),
                    Text = "We will keep talking to Pyongyang",
                    Sentence = 0,
                    Kind = "direct",
                    Cue = "said",
                    Speaker = new SpeakerRecord { Text = "Taro Kono", Code = "JPNGOV", Start = 0, End = 4 },
                },
            ],
            Citations = [new CitationRecord { Outlet = "The Daily Planet", Start = 0, End = 3, Sentences = [0] }],
            Times = [new TimeRecord { Start = 0, End = 4, Text = "July", Value = "2018-07" }],
            Events = records,
        };
    }

    /// <summary>A record with a unique invented text built from <paramref name="n"/>.</summary>
    public static DocumentRecord Numbered(int n, string? published, string? outlet, params Ev[] events) =>
        Article(string.Create(CultureInfo.InvariantCulture, $"Japanese officials met North Korean envoys in report {n}. The talks were described as frank. Officials declined to comment further."), published, outlet, events);
}
