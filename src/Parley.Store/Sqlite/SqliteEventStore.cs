using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Parley.Store.Sql;

namespace Parley.Store.Sqlite;

/// <summary>
/// The default store: one SQLite file in WAL mode, FTS5 over article text and quotes (external-content
/// tables, so the text is stored once). <c>synchronous=NORMAL</c>: a killed process loses nothing
/// committed; a power cut may lose the last transactions but never leaves a half document.
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private SqliteEventStore(SqliteConnection connection, string target)
        : base(connection, target)
    {
    }

    /// <summary>Opens (or, when <paramref name="create"/>, creates) the database file at <paramref name="path"/>.</summary>
    public static SqliteEventStore Open(string path, bool create = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            throw new StoreException($"{path} is a directory; give a database file name such as parley.db");
        }

        if (!create && !File.Exists(path))
        {
            throw new StoreException($"database {path} does not exist; create it with 'parley ingest PATH --db {path}'");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        SqliteEventStore? store = null;
        try
        {
            connection.Open();
            store = new SqliteEventStore(connection, path);
            store.Exec("PRAGMA journal_mode = WAL");
            store.Exec("PRAGMA synchronous = NORMAL");
            store.Exec("PRAGMA temp_store = MEMORY");
            // Checkpoint (and so fsync) every ~80 MB of WAL instead of every 4 MB: one document writes
            // tens of pages, so the default checkpointed every few dozen documents.
            store.Exec("PRAGMA wal_autocheckpoint = 20000");
            store.Exec("PRAGMA cache_size = -65536");
            store.Initialize(create);
            return store;
        }
        catch (SqliteException e)
        {
            if (store is not null)
            {
                store.Dispose();
            }
            else
            {
                connection.Dispose();
            }

            throw e.SqliteErrorCode switch
            {
                26 => new StoreException($"{path} is not a Parley database (not an SQLite file, or damaged beyond repair); give another --db file", e),
                11 => new StoreException($"database {path} is damaged ({e.Message}); restore it from a backup or re-ingest into a new file", e),
                14 => new StoreException($"cannot open database {path}: check that its folder exists and that you may write there", e),
                _ => new StoreException($"cannot open database {path}: {e.Message}", e),
            };
        }
        catch
        {
            if (store is not null)
            {
                store.Dispose();
            }
            else
            {
                connection.Dispose();
            }

            throw;
        }
    }

    /// <summary>Runs <c>PRAGMA integrity_check</c> and returns its verdict (<c>ok</c> when the file is sound).</summary>
    public string IntegrityCheck()
    {
        var lines = new List<string>();
        using var r = Bind("PRAGMA integrity_check").ExecuteReader();
        while (r.Read())
        {
            lines.Add(r.GetString(0));
        }

        return string.Join("; ", lines);
    }

    protected override string TypeDdl(string ddl) =>
        ddl.Replace("{pk}", "INTEGER PRIMARY KEY", StringComparison.Ordinal)
            .Replace("{int}", "INTEGER", StringComparison.Ordinal)
            .Replace("{real}", "REAL", StringComparison.Ordinal);

    protected override IEnumerable<string> DocumentsFullTextDdl()
    {
        yield return "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq')";
    }

    protected override IEnumerable<string> QuotesFullTextDdl()
    {
        yield return "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content='quotes', content_rowid='seq')";
        yield return "INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')";
    }

    protected override bool TableExists(string table) =>
        Scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = @p0", table) is not null;

    protected override bool HasAnyTable() => Scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1") is not null;

    protected override void IndexDocument(long seq, string? title, string text) =>
        Exec("INSERT INTO documents_fts (rowid, title, text) VALUES (@p0, @p1, @p2)", seq, title, text);

    protected override void UnindexDocument(long seq)
    {
        Exec("INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) SELECT 'delete', seq, text, speaker FROM quotes WHERE doc_seq = @p0", seq);
        Exec("INSERT INTO documents_fts (documents_fts, rowid, title, text) SELECT 'delete', seq, title, text FROM documents WHERE seq = @p0", seq);
    }

    protected override void IndexQuote(long seq, string text, string? speaker) =>
        Exec("INSERT INTO quotes_fts (rowid, text, speaker) VALUES (@p0, @p1, @p2)", seq, text, speaker);

    protected override string SearchSql =>
        "SELECT d.id, d.title, d.published, d.path, snippet(documents_fts, 1, '[', ']', '…', 16) FROM documents_fts " +
        "JOIN documents d ON d.seq = documents_fts.rowid WHERE documents_fts MATCH @p0 ORDER BY rank, d.id LIMIT @p1";

    protected override string QuoteTextCondition(string parameter) =>
        $"q.seq IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH {parameter})";

    /// <summary>
    /// Plain words are quoted (so "U.S." or "Kim's" never trip the FTS5 grammar) and must all match;
    /// a query that already uses FTS5 syntax (quotes, AND/OR/NOT, NEAR, *, parentheses) is passed as is.
    /// </summary>
    protected override string FullTextQuery(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var syntax = query.IndexOfAny(['"', '*', '(', ')']) >= 0 || words.Any(w => w is "AND" or "OR" or "NOT" || w.StartsWith("NEAR", StringComparison.Ordinal));
        if (syntax)
        {
            return query;
        }

        var builder = new StringBuilder();
        foreach (var word in words)
        {
            builder.Append(builder.Length > 0 ? " \"" : "\"").Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return builder.ToString();
    }

    protected override StoreException? TranslateQueryError(DbException error, string query) =>
        error is SqliteException { SqliteErrorCode: 1 }
            ? new StoreException($"the search query '{query}' is not valid full-text syntax ({error.Message.Replace("SQLite Error 1: ", string.Empty, StringComparison.Ordinal)}); use plain words, or put phrases in double quotes", error)
            : null;
}
