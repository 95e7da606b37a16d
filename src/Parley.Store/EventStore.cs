using Parley.Store.Postgres;
using Parley.Store.Sqlite;

namespace Parley.Store;

/// <summary>Opens the store a user names: a file path (SQLite) or a <c>Host=…</c> connection string (PostgreSQL).</summary>
public static class EventStore
{
    /// <summary>The schema version this Parley writes.</summary>
    public const int SchemaVersion = Sql.Schema.Current;

    /// <summary>The database used when none is given.</summary>
    public const string DefaultDatabase = "parley.db";

    /// <summary>Whether <paramref name="target"/> is a PostgreSQL connection string.</summary>
    public static bool IsPostgres(string target) =>
        target is not null && target.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Opens <paramref name="target"/>, migrating an older schema. When <paramref name="create"/> is false
    /// a missing database is an error (for query commands). Problems the user can fix throw <see cref="StoreException"/>.
    /// </summary>
    public static IEventStore Open(string target, bool create = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        return IsPostgres(target) ? PostgresEventStore.Open(target, create) : SqliteEventStore.Open(target, create);
    }
}
