using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Parley.Store.Sql;
using SQLitePCL;

namespace Parley.Store.Sqlite;

/// <summary>
/// The default store: one SQLite file in WAL mode, FTS5 over article text and quotes (external-content
/// tables, so the text is stored once). <c>synchronous=NORMAL</c>: a killed process loses nothing
/// committed; a power cut may lose the last transactions but never leaves a half document.
/// Statements run as prepared SQLite statements cached for the connection and bound by position
/// (see <see cref="Statement"/>); inside a batch, full-text rows are written at its commit
/// (see <see cref="WriteDeferred"/>).
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private const string DocumentFtsInsert = "INSERT INTO documents_fts (rowid, title, text) VALUES (@p0, @p1, @p2)";
    private const string QuoteFtsInsert = "INSERT INTO quotes_fts (rowid, text, speaker) VALUES (@p0, @p1, @p2)";

    private readonly Dictionary<string, Prepared?> _statements = new(StringComparer.Ordinal);

    /// <summary>Full-text rows of the batch's stored documents, written just before the batch commits.</summary>
    private readonly List<(bool Quote, long Seq, string? First, string? Second)> _deferred = [];
    private int _documentMark;

    private SqliteEventStore(SqliteConnection connection, string target)
        : base(connection, target)
    {
    }

    private sqlite3 Handle => ((SqliteConnection)Connection).Handle ?? throw new InvalidOperationException("the SQLite connection is closed");

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

            // Statements executed directly on the handle wait for other writers in SQLite itself.
            raw.sqlite3_busy_timeout(store.Handle, builder.DefaultTimeout * 1000);
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

    /// <summary>
    /// Runs <c>PRAGMA integrity_check</c> and FTS5's own <c>integrity-check</c> of both full-text indexes
    /// against their tables, and returns the verdict (<c>ok</c> when the file is sound).
    /// </summary>
    public string IntegrityCheck()
    {
        WriteDeferred();
        var lines = new List<string>();
        using (var r = Bind("PRAGMA integrity_check").ExecuteReader())
        {
            while (r.Read())
            {
                lines.Add(r.GetString(0));
            }
        }

        foreach (var table in new[] { "documents_fts", "quotes_fts" })
        {
            try
            {
                Exec($"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)");
            }
            catch (SqliteException e)
            {
                lines.Remove("ok");
                lines.Add($"{table}: {e.Message}");
            }
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

    protected override void IndexDocument(long seq, string? title, string text)
    {
        if (InBatchDocument)
        {
            _deferred.Add((false, seq, title, text));
        }
        else
        {
            Exec(DocumentFtsInsert, seq, title, text);
        }
    }

    protected override void UnindexDocument(long seq)
    {
        Exec("INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) SELECT 'delete', seq, text, speaker FROM quotes WHERE doc_seq = @p0", seq);
        Exec("INSERT INTO documents_fts (documents_fts, rowid, title, text) SELECT 'delete', seq, title, text FROM documents WHERE seq = @p0", seq);
    }

    protected override void IndexQuote(long seq, string text, string? speaker)
    {
        if (InBatchDocument)
        {
            _deferred.Add((true, seq, text, speaker));
        }
        else
        {
            Exec(QuoteFtsInsert, seq, text, speaker);
        }
    }

    /// <summary>
    /// FTS5 writes its pending terms as a new index segment at every savepoint, so indexing each
    /// document inside its own savepoint costs a segment (and later merges) per document. Inside a
    /// batch the rows are kept here and written at the batch's top level just before it commits, in
    /// the same transaction: a committed document always has its full-text rows, a rolled-back one
    /// never had any.
    /// </summary>
    protected override void BeginBatchDocument() => _documentMark = _deferred.Count;

    protected override void EndBatchDocument(bool kept)
    {
        if (!kept)
        {
            _deferred.RemoveRange(_documentMark, _deferred.Count - _documentMark);
        }
    }

    protected override void WriteDeferred()
    {
        if (_deferred.Count == 0)
        {
            return;
        }

        if (InBatchDocument)
        {
            throw new InvalidOperationException("full-text rows are written between documents, not inside one");
        }

        foreach (var (quote, seq, first, second) in _deferred)
        {
            Exec(quote ? QuoteFtsInsert : DocumentFtsInsert, seq, first, second);
        }

        _deferred.Clear();
    }

    private protected override void DropDeferred() => _deferred.Clear();

    protected override int Exec(string sql, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (Statement(sql) is not { } statement)
        {
            return base.Exec(sql, values);
        }

        var stmt = statement.Bind(values);
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(stmt)) == raw.SQLITE_ROW)
            {
            }

            Check(rc);
            return raw.sqlite3_changes(Handle);
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }
    }

    protected override object? Scalar(string sql, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (Statement(sql) is not { } statement)
        {
            return base.Scalar(sql, values);
        }

        var stmt = statement.Bind(values);
        try
        {
            var rc = raw.sqlite3_step(stmt);
            object? value = null;
            if (rc == raw.SQLITE_ROW)
            {
                value = raw.sqlite3_column_type(stmt, 0) switch
                {
                    raw.SQLITE_NULL => null,
                    raw.SQLITE_INTEGER => raw.sqlite3_column_int64(stmt, 0),
                    raw.SQLITE_FLOAT => raw.sqlite3_column_double(stmt, 0),
                    raw.SQLITE_BLOB => raw.sqlite3_column_blob(stmt, 0).ToArray(),
                    _ => raw.sqlite3_column_text(stmt, 0).utf8_to_string(),
                };
                while ((rc = raw.sqlite3_step(stmt)) == raw.SQLITE_ROW)
                {
                }
            }

            Check(rc);
            return value;
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }
    }

    /// <summary>
    /// Parley's generated keys (<c>seq</c>, <c>id</c>) are <c>INTEGER PRIMARY KEY</c> columns, i.e. the
    /// rowid: read it back from the connection instead of a RETURNING clause (which costs a result table).
    /// </summary>
    protected override long Insert(string sql, string key, params object?[] values)
    {
        Exec(sql, values);
        return raw.sqlite3_last_insert_rowid(Handle);
    }

    private protected override List<T> Rows<T>(string sql, Func<IRow, T> read, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(values);
        if (Statement(sql) is not { } statement)
        {
            return base.Rows(sql, read, values);
        }

        var stmt = statement.Bind(values);
        var list = new List<T>();
        try
        {
            var row = new StatementRow(stmt);
            int rc;
            while ((rc = raw.sqlite3_step(stmt)) == raw.SQLITE_ROW)
            {
                list.Add(read(row));
            }

            Check(rc);
            return list;
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }
    }

    protected override void ReleaseConnectionResources()
    {
        foreach (var statement in _statements.Values)
        {
            statement?.Dispose();
        }

        _statements.Clear();
    }

    /// <summary>
    /// The cached prepared statement for <paramref name="sql"/>, or null when it is not one statement
    /// whose parameters are all named <c>@pN</c> (then Microsoft.Data.Sqlite runs it).
    /// </summary>
    private Prepared? Statement(string sql)
    {
        if (_statements.TryGetValue(sql, out var cached))
        {
            return cached;
        }

        Check(raw.sqlite3_prepare_v3(Handle, sql, raw.SQLITE_PREPARE_PERSISTENT, out var stmt, out var tail));
        var prepared = Prepared.Create(stmt, string.IsNullOrWhiteSpace(tail));
        _statements[sql] = prepared;
        return prepared;
    }

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            SqliteException.ThrowExceptionForRC(rc, Handle);
        }
    }

    /// <summary>A prepared statement and, for each of its parameters, the position of its value (<c>@p3</c> → 3).</summary>
    private sealed class Prepared : IDisposable
    {
        private readonly sqlite3_stmt _stmt;
        private readonly int[] _valueIndex;

        private Prepared(sqlite3_stmt stmt, int[] valueIndex)
        {
            _stmt = stmt;
            _valueIndex = valueIndex;
        }

        public static Prepared? Create(sqlite3_stmt stmt, bool single)
        {
            if (stmt is null || stmt.IsInvalid)
            {
                return null;
            }

            var count = raw.sqlite3_bind_parameter_count(stmt);
            var map = new int[count];
            for (var i = 0; i < count && single; i++)
            {
                var name = raw.sqlite3_bind_parameter_name(stmt, i + 1).utf8_to_string();
                single = name is not null && name.Length > 2 && name.StartsWith("@p", StringComparison.Ordinal) &&
                    int.TryParse(name.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out map[i]);
            }

            if (!single)
            {
                stmt.Dispose();
                return null;
            }

            return new Prepared(stmt, map);
        }

        public sqlite3_stmt Bind(object?[] values)
        {
            for (var i = 0; i < _valueIndex.Length; i++)
            {
                var at = _valueIndex[i];
                if (at >= values.Length)
                {
                    throw new ArgumentException($"the statement needs a value for @p{at}", nameof(values));
                }

                var rc = values[at] switch
                {
                    null or DBNull => raw.sqlite3_bind_null(_stmt, i + 1),
                    string text => raw.sqlite3_bind_text(_stmt, i + 1, text),
                    long l => raw.sqlite3_bind_int64(_stmt, i + 1, l),
                    int n => raw.sqlite3_bind_int64(_stmt, i + 1, n),
                    double d => raw.sqlite3_bind_double(_stmt, i + 1, d),
                    bool b => raw.sqlite3_bind_int64(_stmt, i + 1, b ? 1 : 0),
                    byte[] bytes => raw.sqlite3_bind_blob(_stmt, i + 1, bytes),
                    var other => throw new ArgumentException($"cannot bind a {other.GetType().Name} to @p{at}", nameof(values)),
                };
                if (rc != raw.SQLITE_OK)
                {
                    throw new InvalidOperationException($"SQLite could not bind @p{at} (error {rc})");
                }
            }

            return _stmt;
        }

        public void Dispose() => _stmt.Dispose();
    }

    /// <summary>The current row of a raw statement.</summary>
    private sealed class StatementRow(sqlite3_stmt stmt) : IRow
    {
        public bool IsNull(int i) => raw.sqlite3_column_type(stmt, i) == raw.SQLITE_NULL;

        public long Long(int i) => raw.sqlite3_column_int64(stmt, i);

        public double Double(int i) => raw.sqlite3_column_double(stmt, i);

        public string? Str(int i) => IsNull(i) ? null : raw.sqlite3_column_text(stmt, i).utf8_to_string();
    }

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
