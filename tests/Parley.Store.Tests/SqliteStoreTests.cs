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

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}
