using Npgsql;

namespace Parley.Store.Tests;

/// <summary>
/// The store contract on PostgreSQL (<c>PARLEY_TEST_PG</c>); every database this class opens is a
/// fresh schema, dropped when the test ends.
/// </summary>
[RequiresPostgres]
public sealed class PostgresStoreTests : StoreContractTests
{
    private readonly List<string> _schemas = [];
    private string? _last;

    private static string Server => Environment.GetEnvironmentVariable("PARLEY_TEST_PG") ?? throw new InvalidOperationException(StoreFactDiscoverer.PostgresSkipReason);

    protected override IEventStore CreateStore()
    {
        var schema = "parley_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(Server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }

        _schemas.Add(schema);
        _last = new NpgsqlConnectionStringBuilder(Server) { SearchPath = schema, Pooling = false }.ConnectionString;
        return Track(EventStore.Open(_last));
    }

    protected override IEventStore Reopen() => Track(EventStore.Open(_last ?? throw new InvalidOperationException("no store created yet")));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || _schemas.Count == 0)
        {
            return;
        }

        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        foreach (var schema in _schemas)
        {
            using var command = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
            command.ExecuteNonQuery();
        }
    }
}
