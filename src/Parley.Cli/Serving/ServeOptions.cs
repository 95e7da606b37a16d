using Parley.Store;

namespace Parley.Cli.Serving;

/// <summary>How <c>parley serve</c> listens and where it stores.</summary>
public sealed record ServeOptions
{
    /// <summary>SQLite file or PostgreSQL connection string (<c>Host=…</c>), as for <c>parley ingest --db</c>.</summary>
    public string Database { get; init; } = DefaultDatabase;

    /// <summary>The default database, the same file as the other database commands use.</summary>
    public static string DefaultDatabase => EventStore.DefaultDatabase;

    /// <summary>The address to listen on; the loopback address unless the operator opens it up.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; 0 lets the system pick a free one (tests).</summary>
    public int Port { get; init; } = 8080;

    /// <summary>Largest accepted article, in characters of text (the request body may be up to four bytes a character).</summary>
    public int MaxChars { get; init; } = 5_000_000;

    /// <summary>Most rows one query returns when the request gives no smaller <c>limit</c>.</summary>
    public int MaxRows { get; init; } = 10_000;
}
