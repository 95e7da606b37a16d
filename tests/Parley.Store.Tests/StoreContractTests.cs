using Parley.Core.Records;
using Parley.Store.Export;
using static Parley.Store.Tests.Records;

namespace Parley.Store.Tests;

/// <summary>
/// The store contract, run against every back end (<see cref="SqliteStoreTests"/>,
/// <see cref="PostgresStoreTests"/>). Each test gets a fresh, empty database.
/// </summary>
public abstract class StoreContractTests : IDisposable
{
    private readonly List<IEventStore> _opened = [];

    /// <summary>Opens a new, empty database; every call in one test returns a different one.</summary>
    protected abstract IEventStore CreateStore();

    /// <summary>Opens the store again on the same database as the last <see cref="CreateStore"/>.</summary>
    protected abstract IEventStore Reopen();

    protected IEventStore Track(IEventStore store)
    {
        _opened.Add(store);
        return store;
    }

    [StoreFact]
    public void Stored_record_round_trips_with_its_text()
    {
        var store = CreateStore();
        var record = Numbered(1, "2018-08-29", "The Daily Planet", new Ev("JPNGOV", "PRKGOV", "044", "2018-07", "VNM"));

        Assert.Equal(StoreOutcome.Stored, store.Store(record));
        Assert.True(store.Contains(record.Document.Id));
        var stored = store.GetDocument(record.Document.Id);
        Assert.NotNull(stored);
        Assert.Equal(record.Document.Text, stored.Text);
        Assert.Equal(RecordJson.ToJson(record, false), RecordJson.ToJson(stored.Record, false));
        Assert.Equal(new StoreStats(1, 1, 1, 1), store.Stats());
        Assert.Equal(EventStore.SchemaVersion, store.SchemaVersion);
    }

    [StoreFact]
    public void Same_content_is_stored_once()
    {
        var store = CreateStore();
        var record = Numbered(1, "2018-08-29", "The Daily Planet", new Ev("JPNGOV", "PRKGOV", "044", "2018-07"));
        store.Store(record);

        Assert.Equal(StoreOutcome.Skipped, store.Store(record with { Document = record.Document with { Path = "elsewhere.txt" } }));
        Assert.Equal(new StoreStats(1, 1, 1, 1), store.Stats());
    }

    [StoreFact]
    public void Replace_recodes_a_stored_document()
    {
        var store = CreateStore();
        var record = Numbered(1, "2018-08-29", "The Daily Planet", new Ev("JPNGOV", "PRKGOV", "044", "2018-07"));
        store.Store(record);
        var recoded = Numbered(1, "2018-08-29", "The Daily Planet", new Ev("JPNGOV", "PRKGOV", "036", "2018-07"), new Ev("USAGOV", "PRKGOV", "111", "2018-08-28"));

        Assert.Equal(StoreOutcome.Replaced, store.Store(recoded, replace: true));
        var events = store.Events(new EventQuery());
        Assert.Equal(["036", "111"], events.Select(e => e.Code).Order(StringComparer.Ordinal));
        Assert.Equal(new StoreStats(1, 2, 2, 1), store.Stats());
        Assert.Single(store.Quotes(new QuoteQuery()));
        Assert.Single(store.Search("frank"));
    }

    [StoreFact]
    public void Reports_of_one_event_merge_into_one_row()
    {
        var store = CreateStore();
        store.Store(Numbered(1, "2018-08-29", "The Daily Planet", new Ev("JPNSPY", "PRKGOV", "044", "2018-07", "VNM")));
        store.Store(Numbered(2, "2018-08-30", "Globe Herald", new Ev("JPNGOV", "PRKGOV", "043", "2018-07-15", "VNM")));
        store.Store(Numbered(3, "2018-08-28", "The Daily Planet", new Ev("JPN", "PRK", "040", "2018-07-16", "VNM")));

        // Different root, place, dyad direction or date: separate events.
        store.Store(Numbered(4, "2018-08-29", "Globe Herald", new Ev("JPNGOV", "PRKGOV", "036", "2018-07-15")));
        store.Store(Numbered(5, "2018-08-29", "Globe Herald", new Ev("JPNGOV", "PRKGOV", "043", "2018-07-15", "CHN")));
        store.Store(Numbered(6, "2018-08-29", "Globe Herald", new Ev("PRKGOV", "JPNGOV", "043", "2018-07-15")));
        store.Store(Numbered(7, "2018-08-29", "Globe Herald", new Ev("JPNGOV", "PRKGOV", "043", "2018-06-01")));

        var events = store.Events(new EventQuery { IncludeMentions = true });
        Assert.Equal(5, events.Count);
        var merged = Assert.Single(events, e => e.Mentions == 3);
        Assert.Equal(3, merged.Articles);
        Assert.Equal(2, merged.Outlets);
        Assert.Equal(0.75, merged.Confidence);
        Assert.Equal("2018-08-28", merged.FirstSeen);
        // The most precise dates are days; the earliest-published of those reports gives the date.
        Assert.Equal("2018-07-16", merged.Date);
        Assert.Equal(new DateOnly(2018, 7, 16), merged.Day);
        Assert.Equal(3, merged.MentionList.Count);
        Assert.All(merged.MentionList, m => Assert.StartsWith("test:04", m.Evidence, StringComparison.Ordinal));
        Assert.Equal(merged.MentionList.Select(m => m.Key).Min(StringComparer.Ordinal), merged.Key);
    }

    [StoreFact]
    public void Merge_does_not_depend_on_ingest_order()
    {
        var records = MergeFixture();
        string? expected = null;
        var random = new Random(7);
        for (var run = 0; run < 4; run++)
        {
            var store = CreateStore();
            foreach (var record in run == 0 ? records : records.OrderBy(_ => random.Next()).ToList())
            {
                store.Store(record);
            }

            var export = Export(store);
            expected ??= export;
            Assert.Equal(expected, export);
        }

        // The month-level report contains every March day, so it bridges all USA→CHN consultations.
        var check = Reopen();
        Assert.Equal(7, Assert.Single(check.Events(new EventQuery { SourceCountry = "USA", TargetCountry = "CHN" })).Mentions);
    }

    [StoreFact]
    public void Deleting_a_bridging_report_splits_the_event()
    {
        var store = CreateStore();
        var a = Numbered(1, "2018-03-10", "A", new Ev("USAGOV", "CHNGOV", "042", "2018-03-10"));
        var b = Numbered(2, "2018-03-11", "B", new Ev("USAGOV", "CHNGOV", "042", "2018-03-11"));
        var c = Numbered(3, "2018-03-12", "C", new Ev("USAGOV", "CHNGOV", "042", "2018-03-12"));
        store.Store(a);
        store.Store(c);
        Assert.Equal(2, store.Events(new EventQuery()).Count);
        store.Store(b);
        Assert.Single(store.Events(new EventQuery()));

        Assert.True(store.Delete(b.Document.Id));
        var events = store.Events(new EventQuery());
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(1, e.Mentions));
        Assert.False(store.Delete(b.Document.Id));
    }

    [StoreFact]
    public void A_failure_mid_document_leaves_nothing_of_it()
    {
        var store = CreateStore();
        var good = Numbered(1, "2018-08-29", "A", new Ev("JPNGOV", "PRKGOV", "044", "2018-07"));
        var bad = Numbered(2, "2018-08-29", "B", new Ev("JPNGOV", "PRKGOV", "044", "2018-07"), new Ev("USAGOV", "PRKGOV", "111", "2018-07"));

        // The second event violates NOT NULL after the document, quote and first mention were written.
        var broken = bad with { Events = [bad.Events[0], bad.Events[1] with { Name = null! }] };
        store.Store(good);
        Assert.ThrowsAny<Exception>(() => store.Store(broken));

        Assert.False(store.Contains(bad.Document.Id));
        Assert.Equal(new StoreStats(1, 1, 1, 1), store.Stats());
        Assert.Equal(1, Assert.Single(store.Events(new EventQuery())).Mentions);
        Assert.Equal(StoreOutcome.Stored, store.Store(bad));
        Assert.Equal(2, Assert.Single(store.Events(new EventQuery { Root = "04" })).Mentions);
    }

    [StoreFact]
    public void A_failure_mid_batch_rolls_back_only_that_document()
    {
        var store = CreateStore();
        store.CommitEvery = 10;
        var good = Numbered(1, "2018-08-29", "A", new Ev("JPNGOV", "PRKGOV", "044", "2018-07"));
        var bad = Numbered(2, "2018-08-29", "B", new Ev("JPNGOV", "PRKGOV", "044", "2018-07"), new Ev("USAGOV", "PRKGOV", "111", "2018-07"));
        var broken = bad with { Events = [bad.Events[0], bad.Events[1] with { Name = null! }] };
        store.Store(good);
        Assert.ThrowsAny<Exception>(() => store.Store(broken));
        Assert.Equal(StoreOutcome.Stored, store.Store(Numbered(3, "2018-08-30", "C")));
        store.Flush();

        Assert.False(store.Contains(bad.Document.Id));
        Assert.Equal(new StoreStats(2, 1, 1, 2), store.Stats());
        store.Dispose();
        Assert.Equal(new StoreStats(2, 1, 1, 2), Reopen().Stats());
    }

    [StoreFact]
    public void Full_text_inside_a_batch_matches_what_is_stored()
    {
        var store = CreateStore();
        store.CommitEvery = 10;
        var one = Numbered(1, "2018-08-29", "A", new Ev("JPNGOV", "PRKGOV", "044", "2018-07"));
        var two = Numbered(2, "2018-08-29", "B", new Ev("JPNGOV", "PRKGOV", "044", "2018-07"));
        var bad = Numbered(3, "2018-08-29", "C", new Ev("JPNGOV", "PRKGOV", "044", "2018-07"), new Ev("USAGOV", "PRKGOV", "111", "2018-07"));
        store.Store(one);
        store.Store(two);

        // Queried before the batch commits, the full-text indexes already see the batch.
        Assert.Equal(2, store.Search("frank").Count);
        Assert.Equal(2, store.Quotes(new QuoteQuery { Text = "Pyongyang" }).Count);

        Assert.ThrowsAny<Exception>(() => store.Store(bad with { Events = [bad.Events[0], bad.Events[1] with { Name = null! }] }));
        Assert.Equal(StoreOutcome.Replaced, store.Store(one, replace: true));
        var six = Numbered(6, "2018-08-30", "F");
        store.Store(six);
        Assert.True(store.Delete(six.Document.Id));
        Assert.True(store.Delete(two.Document.Id));
        var four = Numbered(4, "2018-08-30", "D");
        store.Store(four);
        Assert.Equal(StoreOutcome.Replaced, store.Store(four with { Document = four.Document with { Title = "Retitled" } }, replace: true));
        store.Store(Numbered(5, "2018-08-30", "E"));
        store.Flush();

        Assert.Equal(3, store.Search("frank").Count);
        Assert.Empty(store.Search("\"report 2\""));
        Assert.Empty(store.Search("\"report 6\""));
        Assert.Single(store.Search("\"report 5\""));
        Assert.Single(store.Search("Retitled"));
        Assert.Equal(3, store.Quotes(new QuoteQuery { Text = "Pyongyang" }).Count);
        store.Dispose();
        var reopened = Reopen();
        Assert.Equal(3, reopened.Search("frank").Count);
        Assert.Equal(3, reopened.Quotes(new QuoteQuery { Text = "Pyongyang" }).Count);
        AssertIndexesConsistent(reopened);
    }

    /// <summary>Back-end checks that the full-text indexes match their tables (SQLite: FTS5 integrity-check).</summary>
    protected virtual void AssertIndexesConsistent(IEventStore store)
    {
    }

    [StoreFact]
    public void Unknown_actors_and_undated_reports_never_merge()
    {
        var store = CreateStore();
        store.Store(Numbered(1, "2018-08-29", "A", new Ev("---", "PRKGOV", "044", "2018-07")));
        store.Store(Numbered(2, "2018-08-29", "B", new Ev("---", "PRKGOV", "044", "2018-07")));
        store.Store(Numbered(3, null, "A", new Ev("JPNGOV", "PRKGOV", "044", null)));
        store.Store(Numbered(4, null, "B", new Ev("JPNGOV", "PRKGOV", "044", null)));

        Assert.Equal(4, store.Events(new EventQuery()).Count);
    }

    [StoreFact]
    public void Events_filter_by_actor_dyad_root_dates_and_limit()
    {
        var store = CreateStore();
        store.Store(Numbered(1, "2018-01-05", "A", new Ev("JPNGOV", "PRKGOV", "044", "2018-01-04")));
        store.Store(Numbered(2, "2018-02-05", "A", new Ev("USAGOV", "PRKGOV", "111", "2018-02-04", Goldstein: -2, Quad: 3)));
        store.Store(Numbered(3, "2018-03-05", "A", new Ev("PRKMIL", "JPNGOV", "190", "2018-03-04", Goldstein: -10, Quad: 4)));
        store.Store(Numbered(4, "2018-04-05", "A", new Ev("CHNGOV", null, "010", "2018-04-04")));

        Assert.Equal(2, store.Events(new EventQuery { Actor = "JPN" }).Count);
        Assert.Equal("044", Assert.Single(store.Events(new EventQuery { SourceCountry = "JPN", TargetCountry = "PRK" })).Code);
        Assert.Equal("190", Assert.Single(store.Events(new EventQuery { Root = "19" })).Code);
        Assert.Equal("010", Assert.Single(store.Events(new EventQuery { Root = "1" })).Code);
        Assert.Equal(["111", "190"], store.Events(new EventQuery { From = new DateOnly(2018, 2, 1), To = new DateOnly(2018, 3, 31) }).Select(e => e.Code));
        Assert.Equal(["044", "111"], store.Events(new EventQuery { Limit = 2 }).Select(e => e.Code));
        Assert.Equal("010", Assert.Single(store.Events(new EventQuery { SourceCountry = "CHN", TargetCountry = string.Empty })).Code);
    }

    [StoreFact]
    public void Quotes_by_speaker_and_text()
    {
        var store = CreateStore();
        var record = Numbered(1, "2018-08-29", "A");
        store.Store(record);
        store.Store(Numbered(2, "2018-08-30", "A") with { Quotes = [new QuoteRecord { Text = "Sanctions must stay", Kind = "direct", Speaker = new SpeakerRecord { Text = "Nikki Haley", Code = "USAGOV" } }] });

        Assert.Equal(2, store.Quotes(new QuoteQuery()).Count);
        var quote = Assert.Single(store.Quotes(new QuoteQuery { Speaker = "kono" }));
        Assert.Equal(record.Document.Id, quote.DocumentId);
        Assert.Equal("said", quote.Cue);
        Assert.Equal("Nikki Haley", Assert.Single(store.Quotes(new QuoteQuery { Text = "sanctions" })).Speaker);
        Assert.Empty(store.Quotes(new QuoteQuery { Speaker = "kono", Text = "sanctions" }));
    }

    [StoreFact]
    public void Search_finds_documents_by_their_text()
    {
        var store = CreateStore();
        var record = Article("Officials in Hanoi held secret talks about abductions. Nobody confirmed the meeting.", "2018-08-29", "A");
        store.Store(record);
        store.Store(Numbered(2, "2018-08-30", "A"));

        var hit = Assert.Single(store.Search("secret talks"));
        Assert.Equal(record.Document.Id, hit.DocumentId);
        Assert.Contains("[", hit.Snippet, StringComparison.Ordinal);
        Assert.Empty(store.Search("zeppelin"));
        Assert.Equal(2, store.Search("officials").Count);
    }

    [StoreFact]
    public void Dyad_timeline_counts_goldstein_and_quad_classes()
    {
        var store = CreateStore();
        store.Store(Numbered(1, "2018-07-02", "A", new Ev("JPNGOV", "PRKGOV", "044", "2018-07-02", Goldstein: 1, Quad: 1)));
        store.Store(Numbered(2, "2018-07-20", "A", new Ev("JPNGOV", "PRKGOV", "111", "2018-07-20", Goldstein: -2, Quad: 3)));
        store.Store(Numbered(3, "2018-08-03", "A", new Ev("JPNGOV", "PRKGOV", "190", "2018-08-03", Goldstein: -10, Quad: 4)));
        store.Store(Numbered(4, "2018-08-03", "A", new Ev("JPNGOV", "PRKGOV", "190", "2018-08-20", Modality: "negated", Goldstein: -10, Quad: 4)));
        store.Store(Numbered(5, "2018-08-03", "A", new Ev("PRKGOV", "JPNGOV", "190", "2018-08-20", Goldstein: -10, Quad: 4)));

        var months = store.Dyad(new DyadQuery { Source = "JPN", Target = "PRK", By = TimeBucket.Month });
        Assert.Equal(2, months.Count);
        Assert.Equal(new DateOnly(2018, 7, 1), months[0].Period);
        Assert.Equal(2, months[0].Events);
        Assert.Equal(-1, months[0].GoldsteinSum);
        Assert.Equal(-0.5, months[0].GoldsteinMean);
        Assert.Equal([1, 0, 1, 0], months[0].QuadClasses);
        Assert.Equal([0, 0, 0, 1], months[1].QuadClasses);

        var weeks = store.Dyad(new DyadQuery { Source = "jpn", Target = "prk", By = TimeBucket.Week });
        Assert.Equal([new DateOnly(2018, 7, 2), new DateOnly(2018, 7, 16), new DateOnly(2018, 7, 30)], weeks.Select(w => w.Period));
        Assert.Single(store.Dyad(new DyadQuery { Source = "JPN", Target = "PRK", From = new DateOnly(2018, 8, 1) }));
    }

    [StoreFact]
    public void Reopening_keeps_everything()
    {
        var store = CreateStore();
        store.Store(Numbered(1, "2018-08-29", "A", new Ev("JPNGOV", "PRKGOV", "044", "2018-07")));
        store.Dispose();

        var again = Reopen();
        Assert.Equal(new StoreStats(1, 1, 1, 1), again.Stats());
        Assert.Single(again.DocumentIds());
    }

    [StoreFact]
    public void Exports_have_the_documented_layouts()
    {
        var store = CreateStore();
        store.Store(Numbered(1, "2018-08-29", "A", new Ev("JPNGOVSPY", "IGOUNO", "044", "2018-07-15", "VNM")));
        var events = store.Events(new EventQuery { IncludeMentions = true });

        var gdelt = Write(events, ExportFormat.Gdelt).TrimEnd('\n').Split('\t');
        Assert.Equal(61, gdelt.Length);
        Assert.Equal(61, EventExport.GdeltColumns.Count);
        var column = (string name) => gdelt[EventExport.GdeltColumns.ToList().IndexOf(name)];
        Assert.Equal("20180715", column("Day"));
        Assert.Equal("JPNGOVSPY", column("Actor1Code"));
        Assert.Equal("JPN", column("Actor1CountryCode"));
        Assert.Equal("GOV", column("Actor1Type1Code"));
        Assert.Equal("SPY", column("Actor1Type2Code"));
        Assert.Equal(string.Empty, column("Actor2CountryCode"));
        Assert.Equal("UNO", column("Actor2KnownGroupCode"));
        Assert.Equal("044", column("EventCode"));
        Assert.Equal("04", column("EventRootCode"));
        Assert.Equal("VNM", column("ActionGeo_CountryCode"));
        Assert.Equal("20180829000000", column("DATEADDED"));
        Assert.StartsWith("https://a.example/", column("SOURCEURL"), StringComparison.Ordinal);

        // A role without a country and a transnational NGO: no country code, the blocks are types or the group.
        var roles = CreateStore();
        roles.Store(Numbered(2, "2018-08-29", "B", new Ev("---REB", "NGOHRI", "111", "2018-08-29")));
        var roleRow = Write(roles.Events(new EventQuery()), ExportFormat.Gdelt).TrimEnd('\n').Split('\t');
        var roleColumn = (string name) => roleRow[EventExport.GdeltColumns.ToList().IndexOf(name)];
        Assert.Equal(string.Empty, roleColumn("Actor1CountryCode"));
        Assert.Equal("REB", roleColumn("Actor1Type1Code"));
        Assert.Equal(string.Empty, roleColumn("Actor2CountryCode"));
        Assert.Equal("HRI", roleColumn("Actor2KnownGroupCode"));

        var csv = Write(events, ExportFormat.Csv).Split('\n');
        Assert.Equal(string.Join(",", EventExport.FlatColumns), csv[0]);
        Assert.StartsWith(events[0].Key + ",", csv[1], StringComparison.Ordinal);
        Assert.Contains("\"mentionList\":[{", Write(events, ExportFormat.Jsonl), StringComparison.Ordinal);
        Assert.Contains("\"eventType\":\"CONSULT\"", Write(events, ExportFormat.Plover), StringComparison.Ordinal);
    }

    protected static List<DocumentRecord> MergeFixture() =>
    [
        Numbered(1, "2018-03-10", "A", new Ev("USAGOV", "CHNGOV", "042", "2018-03-10")),
        Numbered(2, "2018-03-12", "B", new Ev("USAGOV", "CHNGOV", "042", "2018-03-12")),
        Numbered(3, "2018-03-12", "C", new Ev("USAGOV", "CHNGOV", "042", "2018-03-11")),
        Numbered(4, "2018-03-20", "C", new Ev("USAGOV", "CHNGOV", "042", "2018-03"), new Ev("CHNGOV", "USAGOV", "111", "2018-03-19")),
        Numbered(5, "2018-03-21", "D", new Ev("CHN", "USA", "112", "2018-03-20"), new Ev("USAGOV", "CHNGOV", "042", "2018-03-25", "CHN")),
        Numbered(6, "2018-03-22", "A", new Ev("USAGOV", "CHNGOV", "042", "2018-03-26", "USA"), new Ev("CHNGOV", "USAGOV", "111", "2018")),
        Numbered(7, "2018-03-22", "E", new Ev("USAGOV", "CHNGOV", "042", "2018-03-26", "USA"), new Ev("RUSGOV", "CHNGOV", "042", "2018-03-26")),
    ];

    protected static string Export(IEventStore store) => Write(store.Events(new EventQuery { IncludeMentions = true }), ExportFormat.Jsonl);

    protected static string Write(IEnumerable<StoredEvent> events, ExportFormat format)
    {
        using var writer = new StringWriter();
        EventExport.Write(writer, events, format);
        return writer.ToString();
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var store in _opened)
            {
                store.Dispose();
            }
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }
}
