using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Parley.Core;
using Parley.Core.Records;
using Parley.Store;

namespace Parley.Benchmarks;

/// <summary>
/// The event database on SQLite: storing full article records. Records are synthetic: ~700 invented
/// words, 20 sentences, 10 entities, 5 quotes and 8 events each (see also <see cref="StoreTimelineBenchmarks"/>).
/// <c>dotnet run -c Release --project bench/Parley.Benchmarks -- --filter '*Store*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private const int Batch = 1000;
    private static readonly string[] Countries =
    [
        "USA", "CHN", "RUS", "JPN", "PRK", "KOR", "GBR", "FRA", "DEU", "IND", "PAK", "IRN", "ISR", "PSE", "SYR", "TUR", "UKR", "BRA",
        "MEX", "VEN", "COL", "EGY", "SAU", "IRQ", "AFG", "NGA", "ZAF", "ETH", "KEN", "VNM", "PHL", "IDN", "AUS", "CAN", "ITA", "ESP",
        "POL", "SWE", "NOR", "LBY",
    ];

    private static readonly string[] Sectors = ["GOV", "MIL", "COP", "OPP", "BUS", "MED", string.Empty];

    private static readonly string[] Words =
    [
        "the", "minister", "said", "talks", "would", "continue", "after", "officials", "from", "both", "sides", "met", "in", "capital",
        "on", "tuesday", "agreement", "sanctions", "border", "troops", "envoy", "delegation", "press", "conference", "statement",
        "government", "opposition", "protest", "election", "president", "visit", "summit", "trade", "deal", "weapons", "missile",
        "nuclear", "program", "regional", "security", "council", "vote", "resolution", "aid", "humanitarian", "ceasefire", "violence",
        "reported", "according", "to", "a", "spokesman", "who", "declined", "be", "named", "and", "of", "for", "with", "its",
    ];

    private DocumentRecord[] _articles = [];
    private string _folder = string.Empty;
    private IEventStore? _store;

    /// <summary>Documents per commit: 1 = one transaction per document; 100 = savepoint per document, commit per 100 (what <c>parley ingest</c> does).</summary>
    [Params(1, 100)]
    public int CommitEvery { get; set; }

    [GlobalSetup(Target = nameof(StoreArticles))]
    public void SetupStore()
    {
        var random = new Random(42);
        _articles = [.. Enumerable.Range(0, Batch).Select(i => Article(random, i, fullText: true))];
        _folder = Path.Combine(Path.GetTempPath(), "parley-bench-store-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(_folder);
    }

    [IterationSetup(Target = nameof(StoreArticles))]
    public void NewDatabase()
    {
        _store = EventStore.Open(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));
        _store.CommitEvery = CommitEvery;
    }

    [IterationCleanup(Target = nameof(StoreArticles))]
    public void DropDatabase()
    {
        _store?.Dispose();
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            File.Delete(file);
        }
    }

    [GlobalCleanup(Target = nameof(StoreArticles))]
    public void CleanupStore() => Directory.Delete(_folder, recursive: true);

    /// <summary>Stores 1,000 full article records into an empty SQLite database (time per article).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int StoreArticles()
    {
        var stored = 0;
        foreach (var article in _articles)
        {
            stored += _store!.Store(article) == StoreOutcome.Stored ? 1 : 0;
        }

        _store!.Flush();
        return stored;
    }

    internal static DocumentRecord Article(Random random, int n, bool fullText)
    {
        var text = new StringBuilder();
        var sentences = new List<SentenceRecord>();
        var sentenceCount = fullText ? 20 : 2;
        for (var s = 0; s < sentenceCount; s++)
        {
            var start = text.Length;
            text.Append(s == 0 ? "Report " + n.ToString(CultureInfo.InvariantCulture) + ": " : string.Empty);
            var words = fullText ? 35 : 6;
            for (var w = 0; w < words; w++)
            {
                text.Append(w == 0 ? char.ToUpperInvariant(Words[random.Next(Words.Length)][0]) + Words[random.Next(Words.Length)][1..] : Words[random.Next(Words.Length)]);
                text.Append(w == words - 1 ? ". " : " ");
            }

            sentences.Add(new SentenceRecord(start, text.Length - 1, s / 4));
        }

        var body = text.ToString().TrimEnd();
        var published = new DateOnly(2010, 1, 1).AddDays(random.Next(3650));
        var entities = Enumerable.Range(0, fullText ? 10 : 0).Select(i => new EntityRecord
        {
            Start = i * 10,
            End = (i * 10) + 6,
            Text = body.Substring(i * 10, 6),
            Type = i % 2 == 0 ? "PER" : "GPE",
            Sentence = i,
            Cluster = i,
        }).ToList();
        var quotes = Enumerable.Range(0, fullText ? 5 : 0).Select(i => new QuoteRecord
        {
            Start = sentences[i * 3].Start,
            End = sentences[i * 3].End,
            Text = body[sentences[i * 3].Start..sentences[i * 3].End],
            Sentence = i * 3,
            Kind = "direct",
            Cue = "said",
            Speaker = new SpeakerRecord { Text = "Speaker " + random.Next(500).ToString(CultureInfo.InvariantCulture), Code = Countries[random.Next(Countries.Length)] + "GOV" },
        }).ToList();
        var events = Enumerable.Range(0, 8).Select(i =>
        {
            var (source, target) = random.Next(100) switch
            {
                < 2 => ("USA", "CHN"),
                < 4 => ("RUS", "UKR"),
                < 6 => ("ISR", "PSE"),
                _ => (Countries[random.Next(Countries.Length)], Countries[random.Next(Countries.Length)]),
            };
            var root = random.Next(1, 21);
            var code = root.ToString("00", CultureInfo.InvariantCulture) + random.Next(0, 6).ToString(CultureInfo.InvariantCulture);
            var quad = root switch { <= 5 => 1, <= 9 => 2, <= 14 => 3, _ => 4 };
            var date = published.AddDays(-random.Next(0, 3));
            return new EventRecord
            {
                Sentence = i,
                Code = code,
                Root = code[..2],
                Name = "Event " + code,
                QuadClass = quad,
                Goldstein = Math.Round((random.NextDouble() * 20) - 10, 1),
                Source = new ActorRef { Code = source + Sectors[random.Next(Sectors.Length)], Text = source, Start = 0, End = 3 },
                Target = new ActorRef { Code = target + Sectors[random.Next(Sectors.Length)], Text = target, Start = 4, End = 7 },
                Trigger = new TextSpan { Text = "met", Start = 8, End = 11 },
                Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Attribution = new AttributionRecord { Outlet = null, Speaker = null },
                Evidence = "bench",
            };
        }).ToList();
        return new DocumentRecord
        {
            Document = new DocumentHeader
            {
                Id = new Document(body).Id,
                Path = "bench/" + n.ToString(CultureInfo.InvariantCulture) + ".txt",
                Title = "Report " + n.ToString(CultureInfo.InvariantCulture),
                Published = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Outlet = "Outlet " + random.Next(200).ToString(CultureInfo.InvariantCulture),
                Text = body,
            },
            Sentences = sentences,
            Entities = entities,
            Quotes = quotes,
            Events = events,
        };
    }
}
