using System.Data.Common;
using System.Globalization;
using Parley.Core.Records;
using Parley.Store.Merging;

namespace Parley.Store.Sql;

/// <summary>
/// The store logic shared by SQLite and PostgreSQL: one transaction per document, report merging,
/// queries. Subclasses supply DDL types, full-text indexing and search SQL.
/// </summary>
public abstract class SqlEventStore : IEventStore
{
    private const string EventSelect =
        "SELECT id, ekey, src_code, src_name, src_country, tgt_code, tgt_name, tgt_country, code, root, name, quad, goldstein, " +
        "modality, date, day, place, place_country, lat, lon, plover_event, plover_mode, is_root, first_seen, source_url, " +
        "n_mentions, n_articles, n_outlets, confidence FROM events";

    private static readonly string MentionInsert =
        $"INSERT INTO mentions (doc_seq, {MentionRow.Columns[5..]}) VALUES ({Placeholders(35)})";

    private static readonly string CandidateSelect =
        $"SELECT {MentionRow.Columns} FROM mentions WHERE src_country = @p0 AND tgt_country = @p1 AND root = @p2 AND modality = @p3 AND day_start >= @p4 AND day_start <= @p5 AND day_end >= @p6";

    private static readonly string MentionsOfEvent = $"SELECT {MentionRow.Columns} FROM mentions WHERE event_id = @p0";

    private static readonly string EventInsert = $"INSERT INTO events ({Schema.EventColumns}) VALUES ({Placeholders(28)})";

    private static readonly string EventUpdate =
        "UPDATE events SET " + string.Join(", ", Schema.EventColumns.Split(", ").Select((c, i) => $"{c} = @p{i}")) + " WHERE id = @p28";

    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private readonly List<string> _uncommitted = [];
    private DbTransaction? _transaction;
    private bool _disposed;

    protected SqlEventStore(DbConnection connection, string target)
    {
        Connection = connection;
        Target = target;
    }

    public string Target { get; }

    public int SchemaVersion { get; private set; }

    public int CommitEvery { get; set; } = 1;

    public IReadOnlyList<string> UncommittedDocuments => _uncommitted;

    /// <summary>Tests only: called just before a batch commits; an exception it returns fails the commit (the batch rolls back).</summary>
    internal Func<Exception?>? CommitFault { get; set; }

    /// <summary>The open connection.</summary>
    protected DbConnection Connection { get; }

    /// <summary>Replaces the type tokens of <see cref="Schema"/> DDL.</summary>
    protected abstract string TypeDdl(string ddl);

    /// <summary>Statements that create the full-text index over documents (title and text).</summary>
    protected abstract IEnumerable<string> DocumentsFullTextDdl();

    /// <summary>Statements that create and fill the full-text index over quotes.</summary>
    protected abstract IEnumerable<string> QuotesFullTextDdl();

    /// <summary>Whether a table named <paramref name="table"/> exists.</summary>
    protected abstract bool TableExists(string table);

    /// <summary>Whether the database has any table at all.</summary>
    protected abstract bool HasAnyTable();

    /// <summary>Indexes a new document row for full-text search (no-op when the database does it).</summary>
    protected abstract void IndexDocument(long seq, string? title, string text);

    /// <summary>Removes a document's rows (document <paramref name="seq"/>) from the full-text indexes before they are deleted.</summary>
    protected abstract void UnindexDocument(long seq);

    /// <summary>Indexes a new quote row.</summary>
    protected abstract void IndexQuote(long seq, string text, string? speaker);

    /// <summary>SQL that returns <c>id, title, published, path, snippet</c> for <c>@p0</c> (query) and <c>@p1</c> (limit).</summary>
    protected abstract string SearchSql { get; }

    /// <summary>A WHERE condition on quotes aliased <c>q</c> matching full-text <paramref name="parameter"/>.</summary>
    protected abstract string QuoteTextCondition(string parameter);

    /// <summary>Turns a user's query into the back end's syntax.</summary>
    protected virtual string FullTextQuery(string query) => query;

    /// <summary>A collation clause that makes ORDER BY ordinal (empty where it already is).</summary>
    protected virtual string Ordinal => string.Empty;

    /// <summary>Turns a back-end error from a full-text query into a clear one, or returns null.</summary>
    protected virtual StoreException? TranslateQueryError(DbException error, string query) => null;

    /// <summary>
    /// True while one document's writes run in a savepoint of the open batch transaction
    /// (<see cref="CommitEvery"/> &gt; 1); false when the document is a transaction of its own.
    /// </summary>
    protected bool InBatchDocument { get; private set; }

    /// <summary>Called before a document's writes start inside the batch (see <see cref="InBatchDocument"/>).</summary>
    protected virtual void BeginBatchDocument()
    {
    }

    /// <summary>Called after a batch document's savepoint was released (<paramref name="kept"/>) or rolled back.</summary>
    protected virtual void EndBatchDocument(bool kept)
    {
    }

    /// <summary>
    /// Writes what a back end deferred to the end of the batch (SQLite: full-text rows). Called inside the
    /// batch transaction, between documents, before a commit, a delete, and a full-text query.
    /// </summary>
    protected virtual void WriteDeferred()
    {
    }

    /// <summary>Frees back-end resources tied to the connection, just before it closes.</summary>
    protected virtual void ReleaseConnectionResources()
    {
    }

    /// <summary>Creates the schema, checks its version and migrates older ones. Called once by the factory.</summary>
    protected void Initialize(bool create)
    {
        if (!TableExists("meta"))
        {
            if (HasAnyTable())
            {
                throw new StoreException($"{Target} is not a Parley database: it has tables but no 'meta' table; give a new database with --db");
            }

            if (!create)
            {
                throw new StoreException($"database {Target} has no Parley tables yet; store documents first with 'parley ingest PATH --db {Target}'");
            }

            InTransaction(() =>
            {
                foreach (var ddl in Schema.Tables)
                {
                    Exec(TypeDdl(ddl));
                }

                foreach (var ddl in DocumentsFullTextDdl().Concat(QuotesFullTextDdl()))
                {
                    Exec(ddl);
                }

                Exec("INSERT INTO meta (key, value) VALUES ('schema_version', @p0)", Schema.Current.ToString(CultureInfo.InvariantCulture));
                Exec("INSERT INTO meta (key, value) VALUES ('created_by', @p0)", "parley " + DocumentRecord.EngineVersion);
            });
            SchemaVersion = Schema.Current;
            return;
        }

        var text = Scalar("SELECT value FROM meta WHERE key = 'schema_version'") as string;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
        {
            throw new StoreException($"database {Target} has no valid schema_version in its meta table; it was not written by Parley, or is damaged");
        }

        if (version > Schema.Current)
        {
            throw new StoreException($"database {Target} was written by a newer Parley (schema {version}); upgrade Parley (this one reads schema {Schema.Current} and older)");
        }

        if (version < Schema.Current)
        {
            InTransaction(() => Migrate(version));
        }

        SchemaVersion = Schema.Current;
    }

    /// <summary>Upgrades the schema step by step, inside the caller's transaction.</summary>
    private void Migrate(int from)
    {
        for (var version = from; version < Schema.Current; version++)
        {
            switch (version)
            {
                case 1:
                    foreach (var ddl in Schema.V1ToV2)
                    {
                        Exec(TypeDdl(ddl));
                    }

                    foreach (var ddl in QuotesFullTextDdl())
                    {
                        Exec(ddl);
                    }

                    // v1 had no outlet counts: recompute every event from its mentions.
                    foreach (var id in ReadLongs("SELECT id FROM events"))
                    {
                        Refresh(id);
                    }

                    break;
                default:
                    throw new StoreException($"database {Target} has schema {version}, which this Parley cannot migrate");
            }
        }

        Exec("UPDATE meta SET value = @p0 WHERE key = 'schema_version'", Schema.Current.ToString(CultureInfo.InvariantCulture));
    }

    public bool Contains(string documentId)
    {
        ThrowIfDisposed();
        return Scalar("SELECT 1 FROM documents WHERE id = @p0", documentId) is not null;
    }

    public StoreOutcome Store(DocumentRecord record, bool replace = false)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(record);
        if (string.IsNullOrWhiteSpace(record.Document.Id))
        {
            throw new ArgumentException("the record has no document id", nameof(record));
        }

        if (replace)
        {
            // A replaced document's full-text rows are deleted by value: they must be written first.
            WriteDeferred();
        }

        var outcome = StoreOutcome.Skipped;
        InDocument(record.Document.Id, () =>
        {
            var exists = Scalar("SELECT 1 FROM documents WHERE id = @p0", record.Document.Id) is not null;
            if (exists && !replace)
            {
                return;
            }

            if (exists)
            {
                DeleteCore(record.Document.Id);
            }

            InsertCore(record);
            outcome = exists ? StoreOutcome.Replaced : StoreOutcome.Stored;
        });
        return outcome;
    }

    public bool Delete(string documentId)
    {
        ThrowIfDisposed();
        WriteDeferred();
        var existed = false;
        InDocument(documentId, () =>
        {
            existed = Scalar("SELECT 1 FROM documents WHERE id = @p0", documentId) is not null;
            if (existed)
            {
                DeleteCore(documentId);
            }
        });
        return existed;
    }

    public IReadOnlyList<string> DocumentIds()
    {
        ThrowIfDisposed();
        var ids = new List<string>();
        using var reader = Bind($"SELECT id FROM documents ORDER BY id{Ordinal}").ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public StoredDocument? GetDocument(string documentId)
    {
        ThrowIfDisposed();
        using var r = Bind("SELECT id, path, title, published, outlet, url, text, engine, record FROM documents WHERE id = @p0", documentId).ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        var text = r.GetString(6);
        var record = RecordJson.Parse(r.GetString(8)) ?? throw new StoreException($"database {Target}: the stored record of {documentId} is damaged");
        return new StoredDocument
        {
            Id = r.GetString(0),
            Path = Db.Str(r, 1),
            Title = Db.Str(r, 2),
            Published = Db.Str(r, 3),
            Outlet = Db.Str(r, 4),
            Url = Db.Str(r, 5),
            Text = text,
            Engine = r.GetString(7),
            Record = record with { Document = record.Document with { Text = text } },
        };
    }

    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(query);
        var where = new List<string>();
        var values = new List<object?>();
        void Add(string condition, params object?[] args)
        {
            var text = condition;
            for (var i = 0; i < args.Length; i++)
            {
                text = text.Replace("{" + i + "}", "@p" + values.Count, StringComparison.Ordinal);
                values.Add(args[i]);
            }

            where.Add(text);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var prefix = query.Actor.Trim().ToUpperInvariant() + "%";
            Add("(src_code LIKE {0} OR tgt_code LIKE {1})", prefix, prefix);
        }

        if (!string.IsNullOrWhiteSpace(query.SourceCountry))
        {
            Add("src_country = {0}", query.SourceCountry.Trim().ToUpperInvariant());
        }

        if (query.TargetCountry is not null)
        {
            Add("tgt_country = {0}", query.TargetCountry.Trim().ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(query.Root))
        {
            Add("root = {0}", NormalizeRoot(query.Root));
        }

        if (query.From is { } from)
        {
            Add("day >= {0}", from.DayNumber);
        }

        if (query.To is { } to)
        {
            Add("day <= {0}", to.DayNumber);
        }

        var sql = EventSelect + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty) +
            $" ORDER BY CASE WHEN day IS NULL THEN 1 ELSE 0 END, day, ekey{Ordinal}";
        if (query.Limit is { } limit)
        {
            sql += " LIMIT @p" + values.Count;
            values.Add(Math.Max(limit, 0));
        }

        var events = new List<(long Id, StoredEvent Event)>();
        using (var r = Bind(sql, [.. values]).ExecuteReader())
        {
            while (r.Read())
            {
                events.Add((Db.Long(r, 0), ReadEvent(r)));
            }
        }

        if (!query.IncludeMentions)
        {
            return [.. events.Select(e => e.Event)];
        }

        return [.. events.Select(e => e.Event with { MentionList = [.. LoadMentions(e.Id).OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => m.ToStored())] })];
    }

    public IReadOnlyList<StoredQuote> Quotes(QuoteQuery query)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(query);
        var where = new List<string>();
        var values = new List<object?>();
        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            var pattern = "%" + query.Speaker.Trim().ToLowerInvariant() + "%";
            where.Add($"(LOWER(q.speaker) LIKE @p{values.Count} OR LOWER(q.speaker_code) LIKE @p{values.Count + 1})");
            values.Add(pattern);
            values.Add(pattern);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            WriteDeferred();
            where.Add(QuoteTextCondition("@p" + values.Count));
            values.Add(FullTextQuery(query.Text));
        }

        if (!string.IsNullOrWhiteSpace(query.DocumentId))
        {
            where.Add("d.id = @p" + values.Count);
            values.Add(query.DocumentId);
        }

        var sql = "SELECT q.doc_id, q.idx, q.text, q.kind, q.cue, q.speaker, q.speaker_code, q.sentence, q.start_off, q.end_off, d.published, d.title " +
            "FROM quotes q JOIN documents d ON d.seq = q.doc_seq" + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty) +
            $" ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published{Ordinal}, q.doc_id{Ordinal}, q.idx";
        if (query.Limit is { } limit)
        {
            sql += " LIMIT @p" + values.Count;
            values.Add(Math.Max(limit, 0));
        }

        var quotes = new List<StoredQuote>();
        try
        {
            using var r = Bind(sql, [.. values]).ExecuteReader();
            while (r.Read())
            {
                quotes.Add(new StoredQuote
                {
                    DocumentId = r.GetString(0),
                    Index = Db.Int(r, 1),
                    Text = r.GetString(2),
                    Kind = r.GetString(3),
                    Cue = Db.Str(r, 4),
                    Speaker = Db.Str(r, 5),
                    SpeakerCode = Db.Str(r, 6),
                    Sentence = Db.Int(r, 7),
                    Start = Db.Int(r, 8),
                    End = Db.Int(r, 9),
                    Published = Db.Str(r, 10),
                    Title = Db.Str(r, 11),
                });
            }
        }
        catch (DbException e) when (query.Text is not null && TranslateQueryError(e, query.Text) is { } clear)
        {
            throw clear;
        }

        return quotes;
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        ThrowIfDisposed();
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new StoreException("the search query is empty; give words to search for");
        }

        WriteDeferred();
        var hits = new List<SearchHit>();
        try
        {
            using var r = Bind(SearchSql, FullTextQuery(query), Math.Max(limit, 0)).ExecuteReader();
            while (r.Read())
            {
                hits.Add(new SearchHit
                {
                    DocumentId = r.GetString(0),
                    Title = Db.Str(r, 1),
                    Published = Db.Str(r, 2),
                    Path = Db.Str(r, 3),
                    Snippet = Db.Str(r, 4),
                });
            }
        }
        catch (DbException e) when (TranslateQueryError(e, query) is { } clear)
        {
            throw clear;
        }

        return hits;
    }

    public IReadOnlyList<DyadPoint> Dyad(DyadQuery query)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(query);
        var sql = "SELECT day, quad, COUNT(*), SUM(goldstein) FROM events WHERE src_country = @p0 AND tgt_country = @p1 AND modality = 'asserted' AND day >= @p2 AND day <= @p3 GROUP BY day, quad";
        var from = query.From?.DayNumber ?? 0;
        var to = query.To?.DayNumber ?? int.MaxValue;
        var buckets = new SortedDictionary<int, (int Count, double Sum, int[] Quads)>();
        using (var r = Bind(sql, query.Source.Trim().ToUpperInvariant(), query.Target.Trim().ToUpperInvariant(), from, to).ExecuteReader())
        {
            while (r.Read())
            {
                var day = Db.Int(r, 0);
                var quad = Db.Int(r, 1);
                var count = Db.Int(r, 2);
                var sum = Db.Double(r, 3);
                var period = PeriodStart(DateOnly.FromDayNumber(day), query.By).DayNumber;
                if (!buckets.TryGetValue(period, out var bucket))
                {
                    bucket = (0, 0, new int[4]);
                }

                if (quad is >= 1 and <= 4)
                {
                    bucket.Quads[quad - 1] += count;
                }

                buckets[period] = (bucket.Count + count, bucket.Sum + sum, bucket.Quads);
            }
        }

        return [.. buckets.Select(b => new DyadPoint { Period = DateOnly.FromDayNumber(b.Key), Events = b.Value.Count, GoldsteinSum = Math.Round(b.Value.Sum, 6), QuadClasses = b.Value.Quads })];
    }

    public StoreStats Stats()
    {
        ThrowIfDisposed();
        long Count(string table) => Convert.ToInt64(Scalar("SELECT COUNT(*) FROM " + table), CultureInfo.InvariantCulture);
        return new StoreStats(Count("documents"), Count("events"), Count("mentions"), Count("quotes"));
    }

    /// <summary>The first day of the period containing <paramref name="day"/>.</summary>
    public static DateOnly PeriodStart(DateOnly day, TimeBucket by) => by switch
    {
        TimeBucket.Day => day,
        TimeBucket.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        _ => new DateOnly(day.Year, day.Month, 1),
    };

    public void Flush()
    {
        ThrowIfDisposed();
        if (_transaction is null)
        {
            return;
        }

        try
        {
            WriteDeferred();
            if (CommitFault?.Invoke() is { } fault)
            {
                throw fault;
            }

            _transaction.Commit();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException)
        {
            throw NotCommitted(e);
        }
        finally
        {
            EndBatch();
        }
    }

    /// <summary>
    /// Runs one document's writes atomically: in its own transaction, or (when <see cref="CommitEvery"/>
    /// &gt; 1) in a savepoint of the open batch transaction, rolled back alone when it throws.
    /// </summary>
    private void InDocument(string documentId, Action action)
    {
        if (CommitEvery <= 1 && _transaction is null)
        {
            InTransaction(action);
            return;
        }

        _transaction ??= Connection.BeginTransaction();
        _transaction.Save("document");
        InBatchDocument = true;
        BeginBatchDocument();
        try
        {
            action();
            _transaction.Release("document");
        }
        catch (Exception e)
        {
            InBatchDocument = false;
            EndBatchDocument(kept: false);
            try
            {
                _transaction.Rollback("document");
                _transaction.Release("document");
            }
            catch (DbException)
            {
                // The back end ended the transaction itself: the batch's earlier documents are lost too.
                var lost = NotCommitted(e);
                EndBatch();
                throw lost;
            }

            throw;
        }

        InBatchDocument = false;
        EndBatchDocument(kept: true);
        _uncommitted.Add(documentId);

        if (_uncommitted.Count >= CommitEvery)
        {
            Flush();
        }
    }

    /// <summary>The error for a batch transaction that ended without committing its documents.</summary>
    private BatchNotCommittedException NotCommitted(Exception cause) =>
        new([.. _uncommitted], $"the transaction holding {_uncommitted.Count} document(s) did not commit ({cause.Message}); they are not stored — store them again", cause);

    /// <summary>Ends the batch transaction (rolled back if it did not commit) and forgets what it held.</summary>
    private void EndBatch()
    {
        _transaction?.Dispose();
        _transaction = null;
        _uncommitted.Clear();
        DropDeferred();
    }

    /// <summary>Runs <paramref name="action"/> in a transaction: committed when it returns, rolled back when it throws.</summary>
    protected void InTransaction(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _transaction = Connection.BeginTransaction();
        try
        {
            action();
            _transaction.Commit();
        }
        catch
        {
            try
            {
                _transaction.Rollback();
            }
            catch (InvalidOperationException)
            {
                // The connection already ended the transaction.
            }

            throw;
        }
        finally
        {
            _transaction.Dispose();
            _transaction = null;
        }
    }

    /// <summary>A cached command for <paramref name="sql"/> with positional parameters <c>@p0…</c> bound to <paramref name="values"/>.</summary>
    protected DbCommand Bind(string sql, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
                command.Parameters.Add(parameter);
            }

            _commands[sql] = command;
        }

        command.Transaction = _transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    /// <summary>Executes <paramref name="sql"/> with positional parameters <c>@p0…</c>; returns the rows changed.</summary>
    protected virtual int Exec(string sql, params object?[] values) => Bind(sql, values).ExecuteNonQuery();

    /// <summary>The first column of the first row (null for SQL NULL or no row).</summary>
    protected virtual object? Scalar(string sql, params object?[] values)
    {
        var value = Bind(sql, values).ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>Runs the one-row INSERT <paramref name="sql"/> and returns the new row's generated integer key column <paramref name="key"/>.</summary>
    protected virtual long Insert(string sql, string key, params object?[] values) =>
        Convert.ToInt64(Scalar(sql + " RETURNING " + key, values), CultureInfo.InvariantCulture);

    /// <summary>Reads every row of <paramref name="sql"/> with <paramref name="read"/>.</summary>
    private protected virtual List<T> Rows<T>(string sql, Func<IRow, T> read, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(read);
        var list = new List<T>();
        using var r = Bind(sql, values).ExecuteReader();
        var row = new ReaderRow(r);
        while (r.Read())
        {
            list.Add(read(row));
        }

        return list;
    }

    /// <summary>Forgets what was deferred for the batch (its transaction is gone).</summary>
    private protected virtual void DropDeferred()
    {
    }

    private List<long> ReadLongs(string sql, params object?[] values) =>
        [.. Rows(sql, r => r.IsNull(0) ? (long?)null : r.Long(0), values).OfType<long>()];

    private void InsertCore(DocumentRecord record)
    {
        var doc = record.Document;
        var json = RecordJson.ToJson(record with { Document = doc with { Text = string.Empty } }, indented: false);
        var seq = Insert(
            "INSERT INTO documents (id, path, title, published, outlet, url, engine, text, record, stored_at) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)", "seq",
            doc.Id, doc.Path, doc.Title, doc.Published, doc.Outlet, doc.Url, record.Parley, doc.Text, json,
            DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        IndexDocument(seq, doc.Title, doc.Text);

        for (var i = 0; i < record.Quotes.Count; i++)
        {
            var q = record.Quotes[i];
            var quoteSeq = Insert(
                "INSERT INTO quotes (doc_seq, doc_id, idx, text, kind, cue, speaker, speaker_code, sentence, start_off, end_off) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10)", "seq",
                seq, doc.Id, i, q.Text, q.Kind, q.Cue, q.Speaker?.Text, q.Speaker?.Code, q.Sentence, q.Start, q.End);
            IndexQuote(quoteSeq, q.Text, q.Speaker?.Text);
        }

        for (var i = 0; i < record.Events.Count; i++)
        {
            Link(seq, MentionRow.From(record, i));
        }
    }

    /// <summary>
    /// Adds a mention and merges it with every stored mention it is compatible with. Events are the
    /// connected components of the compatibility graph, so the result does not depend on the order
    /// in which mentions arrive: a new mention joins, or bridges, the components it touches.
    /// </summary>
    private void Link(long docSeq, MentionRow mention)
    {
        var events = new SortedSet<long>();
        if (mention.SourceCountry != MentionKey.Unknown && mention.DayStart is { } start && mention.DayEnd is { } end)
        {
            var key = mention.MergeKey;

            // A stored interval is at most a year long, so its start is at most 366 days before ours.
            var candidates = Rows(
                CandidateSelect, MentionRow.Read, mention.SourceCountry, mention.TargetCountry, mention.Root, mention.Modality, start - 367, end + 1, start - 1);
            foreach (var other in candidates)
            {
                if (other.EventId is { } id && !events.Contains(id) && key.IsCompatibleWith(other.MergeKey))
                {
                    events.Add(id);
                }
            }
        }

        if (events.Count == 0)
        {
            mention.EventId = InsertEvent(EventAggregate.From([mention]));
            InsertMention(docSeq, mention);
            return;
        }

        var target = events.Min;
        mention.EventId = target;
        InsertMention(docSeq, mention);
        foreach (var other in events.Where(e => e != target))
        {
            Exec("UPDATE mentions SET event_id = @p0 WHERE event_id = @p1", target, other);
            Exec("DELETE FROM events WHERE id = @p0", other);
        }

        Refresh(target);
    }

    private void DeleteCore(string documentId)
    {
        var seq = Convert.ToInt64(Scalar("SELECT seq FROM documents WHERE id = @p0", documentId), CultureInfo.InvariantCulture);
        var affected = ReadLongs("SELECT DISTINCT event_id FROM mentions WHERE doc_seq = @p0", seq);
        Exec("DELETE FROM mentions WHERE doc_seq = @p0", seq);
        UnindexDocument(seq);
        Exec("DELETE FROM quotes WHERE doc_seq = @p0", seq);
        Exec("DELETE FROM documents WHERE seq = @p0", seq);
        foreach (var id in affected)
        {
            Recluster(id);
        }
    }

    /// <summary>After mentions left an event, splits what remains into its connected components.</summary>
    private void Recluster(long eventId)
    {
        var rows = LoadMentions(eventId);
        if (rows.Count == 0)
        {
            Exec("DELETE FROM events WHERE id = @p0", eventId);
            return;
        }

        var components = MentionClusters.Components(rows);
        if (components.Count > 1)
        {
            var oldKey = Scalar("SELECT ekey FROM events WHERE id = @p0", eventId) as string;
            var keep = components.FirstOrDefault(c => c.Any(m => m.Key == oldKey)) ?? components[0];
            foreach (var component in components.Where(c => !ReferenceEquals(c, keep)))
            {
                var id = InsertEvent(EventAggregate.From(component));
                foreach (var m in component)
                {
                    Exec("UPDATE mentions SET event_id = @p0 WHERE seq = @p1", id, m.Seq);
                }
            }
        }

        Refresh(eventId);
    }

    private void Refresh(long eventId)
    {
        var values = EventValues(EventAggregate.From(LoadMentions(eventId)));
        Exec(EventUpdate, [.. values, eventId]);
    }

    private List<MentionRow> LoadMentions(long eventId) => Rows(MentionsOfEvent, MentionRow.Read, eventId);

    private long InsertEvent(EventAggregate aggregate) => Insert(EventInsert, "id", EventValues(aggregate));

    private void InsertMention(long docSeq, MentionRow mention) => mention.Seq = Insert(MentionInsert, "seq", [docSeq, .. mention.Values()]);

    private static object?[] EventValues(EventAggregate a)
    {
        var m = a.Representative;
        return
        [
            a.Key, m.SourceCountry, m.TargetCountry, m.SourceCode, m.TargetCode, m.SourceText, m.TargetText, m.Root, m.Code, m.Name,
            m.Quad, m.Goldstein, m.Modality, a.Date, a.Day, m.Place, m.PlaceCountry, m.Lat, m.Lon, m.PloverEvent, m.PloverMode,
            m.Paragraph == 0 ? 1 : 0, a.FirstSeen, a.SourceUrl, a.Mentions, a.Articles, a.Outlets, a.Confidence,
        ];
    }

    private static StoredEvent ReadEvent(DbDataReader r)
    {
        var key = r.GetString(1);
        var day = Db.NInt(r, 15);
        return new StoredEvent
        {
            Key = key,
            GlobalId = EventAggregate.GlobalIdOf(key),
            SourceCode = r.GetString(2),
            SourceName = Db.Str(r, 3),
            SourceCountry = r.GetString(4),
            TargetCode = Db.Str(r, 5),
            TargetName = Db.Str(r, 6),
            TargetCountry = r.GetString(7),
            Code = r.GetString(8),
            Root = r.GetString(9),
            Name = r.GetString(10),
            QuadClass = Db.Int(r, 11),
            Goldstein = Db.Double(r, 12),
            Modality = r.GetString(13),
            Date = Db.Str(r, 14),
            Day = day is { } d ? DateOnly.FromDayNumber(d) : null,
            Place = Db.Str(r, 16),
            PlaceCountry = Db.Str(r, 17),
            Lat = Db.NDouble(r, 18),
            Lon = Db.NDouble(r, 19),
            PloverEvent = Db.Str(r, 20),
            PloverMode = Db.Str(r, 21),
            IsRootEvent = Db.Int(r, 22) != 0,
            FirstSeen = Db.Str(r, 23),
            SourceUrl = Db.Str(r, 24),
            Mentions = Db.Int(r, 25),
            Articles = Db.Int(r, 26),
            Outlets = Db.Int(r, 27),
            Confidence = Db.Double(r, 28),
        };
    }

    private static string NormalizeRoot(string root)
    {
        var trimmed = root.Trim();
        return trimmed.Length == 1 && char.IsAsciiDigit(trimmed[0]) ? "0" + trimmed : trimmed;
    }

    private static string Placeholders(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => "@p" + i.ToString(CultureInfo.InvariantCulture)));

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    protected virtual void Dispose(bool disposing)
    {
        if (_disposed)
        {
            return;
        }

        if (disposing && _transaction is not null)
        {
            Flush();
        }

        _disposed = true;
        if (disposing)
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }

            _commands.Clear();
            ReleaseConnectionResources();
            Connection.Dispose();
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }
}
