using Microsoft.Data.Sqlite;
using Parley.Store.Sqlite;

namespace Parley.Store.Tests;

/// <summary>SQLite files that are not what the store expects: other schemas, other files, a v1 database to migrate.</summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_newer_schema_is_refused_with_a_clear_message()
    {
        var path = _folder.File("newer.db");
        EventStore.Open(path).Dispose();
        Execute(path, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");

        var error = Assert.Throws<StoreException>(() => EventStore.Open(path));
        Assert.Equal($"database {path} was written by a newer Parley (schema 99); upgrade Parley (this one reads schema {EventStore.SchemaVersion} and older)", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused()
    {
        var path = _folder.File("notes.db");
        File.WriteAllText(path, "These are my notes about the Singapore summit, not a database at all. " + new string('x', 5000));

        var error = Assert.Throws<StoreException>(() => EventStore.Open(path));
        Assert.Contains($"{path} is not a Parley database", error.Message, StringComparison.Ordinal);
        Assert.Contains("--db", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_programs_database_is_refused()
    {
        var path = _folder.File("other.db");
        Execute(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");

        var error = Assert.Throws<StoreException>(() => EventStore.Open(path));
        Assert.Equal($"{path} is not a Parley database: it has tables but no 'meta' table; give a new database with --db", error.Message);
    }

    [Fact]
    public void A_missing_database_is_an_error_when_not_creating()
    {
        var path = _folder.File("missing.db");
        var error = Assert.Throws<StoreException>(() => EventStore.Open(path, create: false));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.Throws<StoreException>(() => EventStore.Open(_folder.Path));
    }

    [Fact]
    public void A_v1_database_is_migrated_to_the_current_schema()
    {
        var path = _folder.File("v1.db");
        Execute(path, V1Fixture);

        using (var store = (SqliteEventStore)EventStore.Open(path))
        {
            Assert.Equal(EventStore.SchemaVersion, store.SchemaVersion);
            var merged = Assert.Single(store.Events(new EventQuery()));
            Assert.Equal(2, merged.Mentions);
            Assert.Equal(2, merged.Outlets);
            Assert.Equal(0.75, merged.Confidence);
            Assert.Equal("Kono", Assert.Single(store.Quotes(new QuoteQuery { Text = "dialogue" })).Speaker);
            Assert.Single(store.Search("Hanoi"));
            Assert.Equal("ok", store.IntegrityCheck());

            // New reports merge into migrated events as usual.
            store.Store(Records.Numbered(9, "2018-07-20", "Third Outlet", new Records.Ev("JPNGOV", "PRKGOV", "043", "2018-07-17")));
            Assert.Equal(0.875, Assert.Single(store.Events(new EventQuery())).Confidence);
        }

        using var again = EventStore.Open(path);
        Assert.Equal(3, again.Stats().Documents);
    }

    /// <summary>A database as Parley schema v1 wrote it: no outlet counts or confidence, no quotes full-text index.</summary>
    private const string V1Fixture = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE documents (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, path TEXT, title TEXT, published TEXT, outlet TEXT, url TEXT,
            engine TEXT NOT NULL, text TEXT NOT NULL, record TEXT NOT NULL, stored_at TEXT NOT NULL);
        CREATE TABLE quotes (seq INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, cue TEXT,
            speaker TEXT, speaker_code TEXT, sentence INTEGER NOT NULL, start_off INTEGER NOT NULL, end_off INTEGER NOT NULL);
        CREATE INDEX quotes_doc ON quotes (doc_id);
        CREATE TABLE events (id INTEGER PRIMARY KEY, ekey TEXT NOT NULL UNIQUE, src_country TEXT NOT NULL, tgt_country TEXT NOT NULL,
            src_code TEXT NOT NULL, tgt_code TEXT, src_name TEXT, tgt_name TEXT, root TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
            quad INTEGER NOT NULL, goldstein REAL NOT NULL, modality TEXT NOT NULL, date TEXT, day INTEGER, place TEXT, place_country TEXT,
            lat REAL, lon REAL, plover_event TEXT, plover_mode TEXT, is_root INTEGER NOT NULL, first_seen TEXT, source_url TEXT,
            n_mentions INTEGER NOT NULL, n_articles INTEGER NOT NULL);
        CREATE INDEX events_dyad ON events (src_country, tgt_country, modality, day, quad, goldstein);
        CREATE INDEX events_day ON events (day);
        CREATE INDEX events_root ON events (root, day);
        CREATE TABLE mentions (seq INTEGER PRIMARY KEY, event_id INTEGER, doc_id TEXT NOT NULL, idx INTEGER NOT NULL, mkey TEXT NOT NULL UNIQUE,
            sentence INTEGER NOT NULL, paragraph INTEGER NOT NULL, code TEXT NOT NULL, root TEXT NOT NULL, name TEXT NOT NULL,
            quad INTEGER NOT NULL, goldstein REAL NOT NULL, src_code TEXT NOT NULL, src_country TEXT NOT NULL, src_text TEXT,
            tgt_code TEXT, tgt_country TEXT NOT NULL, tgt_text TEXT, trigger_text TEXT, date TEXT, day_start INTEGER, day_end INTEGER,
            place TEXT, place_country TEXT, lat REAL, lon REAL, modality TEXT NOT NULL, plover_event TEXT, plover_mode TEXT,
            outlet_key TEXT NOT NULL, attr_outlet TEXT, attr_speaker TEXT, evidence TEXT, published TEXT, url TEXT);
        CREATE INDEX mentions_partition ON mentions (src_country, tgt_country, root, modality, day_start);
        CREATE INDEX mentions_event ON mentions (event_id);
        CREATE INDEX mentions_doc ON mentions (doc_id);
        CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq');
        INSERT INTO meta VALUES ('schema_version', '1');
        INSERT INTO documents VALUES (1, 'aaaa000000000001', 'a.txt', 'Talks in Hanoi', '2018-07-18', 'Outlet One', NULL, '0.0.9',
            'Japanese officials met North Korean envoys in Hanoi.', '{"parley":"0.0.9","document":{"id":"aaaa000000000001","text":""}}', '2018-07-18T00:00:00Z');
        INSERT INTO documents VALUES (2, 'bbbb000000000002', 'b.txt', 'Secret meeting', '2018-07-19', 'Outlet Two', NULL, '0.0.9',
            'A secret meeting took place last week.', '{"parley":"0.0.9","document":{"id":"bbbb000000000002","text":""}}', '2018-07-19T00:00:00Z');
        INSERT INTO documents_fts (rowid, title, text) SELECT seq, title, text FROM documents;
        INSERT INTO quotes VALUES (1, 'aaaa000000000001', 0, 'Dialogue is the only way forward', 'direct', 'said', 'Kono', 'JPNGOV', 0, 0, 10);
        INSERT INTO events VALUES (1, 'aaaa000000000001:0', 'JPN', 'PRK', 'JPNGOV', 'PRKGOV', 'Japan', 'North Korea', '04', '043', 'Host a visit',
            1, 2.8, 'asserted', '2018-07-16', 736890, NULL, NULL, NULL, NULL, 'CONSULT', NULL, 1, '2018-07-18', 'a.txt', 2, 2);
        INSERT INTO mentions VALUES (1, 1, 'aaaa000000000001', 0, 'aaaa000000000001:0', 0, 0, '043', '04', 'Host a visit', 1, 2.8,
            'JPNGOV', 'JPN', 'Japanese officials', 'PRKGOV', 'PRK', 'North Korean envoys', 'met', '2018-07-16', 736890, 736890,
            NULL, NULL, NULL, NULL, 'asserted', 'CONSULT', NULL, 'Outlet One', NULL, NULL, 'v1', '2018-07-18', 'a.txt');
        INSERT INTO mentions VALUES (2, 1, 'bbbb000000000002', 0, 'bbbb000000000002:0', 0, 0, '043', '04', 'Host a visit', 1, 2.8,
            'JPNGOV', 'JPN', 'officials', 'PRKGOV', 'PRK', 'envoys', 'meeting', '2018-07', 736875, 736905,
            NULL, NULL, NULL, NULL, 'asserted', 'CONSULT', NULL, 'Outlet Two', NULL, NULL, 'v1', '2018-07-19', 'b.txt');
        """;

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _folder.Dispose();
}
