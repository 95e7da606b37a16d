using Parley.Store.Sqlite;

namespace Parley.Store.Tests;

/// <summary>The store contract on SQLite files in a temporary folder.</summary>
public sealed class SqliteStoreTests : StoreContractTests
{
    private readonly TempFolder _folder = new();
    private string? _last;

    protected override IEventStore CreateStore()
    {
        _last = _folder.File($"store{Guid.NewGuid():N}.db");
        return Track(EventStore.Open(_last));
    }

    protected override IEventStore Reopen() => Track(EventStore.Open(_last ?? throw new InvalidOperationException("no store created yet")));

    [Fact]
    public void Integrity_check_is_ok_after_storing()
    {
        var store = (SqliteEventStore)CreateStore();
        foreach (var record in MergeFixture())
        {
            store.Store(record);
        }

        store.Delete(MergeFixture()[2].Document.Id);
        Assert.Equal("ok", store.IntegrityCheck());
    }

    protected override void AssertIndexesConsistent(IEventStore store) => Assert.Equal("ok", ((SqliteEventStore)store).IntegrityCheck());

    [Fact]
    public void Integrity_check_reports_a_full_text_row_missing_from_its_index()
    {
        var path = _folder.File("damaged.db");
        using (var store = EventStore.Open(path))
        {
            store.Store(Records.Numbered(1, "2018-08-29", "A"));
        }

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO documents (id, path, title, published, outlet, url, engine, text, record, stored_at) VALUES ('x', NULL, 't', NULL, NULL, NULL, 'e', 'unindexed words', '{}', 'now')";
            command.ExecuteNonQuery();
        }

        using var damaged = (SqliteEventStore)EventStore.Open(path);
        Assert.StartsWith("documents_fts:", damaged.IntegrityCheck(), StringComparison.Ordinal);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}
