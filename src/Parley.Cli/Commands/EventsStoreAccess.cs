using System.CommandLine;
using System.Globalization;
using Parley.Store;
using Parley.Store.Export;
using Parley.Store.Merging;

namespace Parley.Cli.Commands;

/// <summary>What the database commands (ingest, events, quotes, search, dyad) share: the --db option, opening, dates.</summary>
internal static class EventsStoreAccess
{
    public static Option<string> DatabaseOption() => new("--db")
    {
        Description = $"SQLite database file, or a PostgreSQL connection string starting with Host= (default {EventStore.DefaultDatabase}).",
        DefaultValueFactory = _ => EventStore.DefaultDatabase,
    };

    /// <summary>Opens the store; a problem with it is a usage error with the store's message.</summary>
    public static IEventStore Open(string? target, bool create)
    {
        try
        {
            return EventStore.Open(string.IsNullOrWhiteSpace(target) ? EventStore.DefaultDatabase : target, create);
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message, e);
        }
    }

    /// <summary>Parses a date option (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>) to its first or last day.</summary>
    public static DateOnly? ParseDate(string option, string? value, bool end)
    {
        if (value is null)
        {
            return null;
        }

        if (!DateInterval.TryParse(value, out var interval))
        {
            throw new CliException($"{option} {value} is not a date; write YYYY-MM-DD (or YYYY-MM, or YYYY)");
        }

        return DateOnly.FromDayNumber(end ? interval.End : interval.Start);
    }

    /// <summary>Adds a directed country dyad "SOURCE:TARGET" to <paramref name="query"/>; the message spells it as <paramref name="spelling"/> does ("--dyad {0}", "dyad={0}").</summary>
    public static EventQuery WithDyad(EventQuery query, string spelling, string? pair)
    {
        if (pair is null)
        {
            return query;
        }

        var parts = pair.Split(':');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new CliException($"{string.Format(CultureInfo.InvariantCulture, spelling, pair)} is not a dyad; write SOURCE:TARGET country codes, e.g. JPN:PRK");
        }

        return query with { SourceCountry = parts[0], TargetCountry = parts[1] };
    }

    /// <summary>The export format of a <c>--format</c> value other than <c>table</c> (and <c>json</c> over HTTP, which is JSON Lines joined into an array).</summary>
    public static ExportFormat ExportFormatOf(string format) => format switch
    {
        "csv" => ExportFormat.Csv,
        "tsv" => ExportFormat.Tsv,
        "gdelt" => ExportFormat.Gdelt,
        "plover" => ExportFormat.Plover,
        _ => ExportFormat.Jsonl,
    };

    /// <summary>Runs a query, turning a store problem (such as bad full-text syntax) into a usage error.</summary>
    public static T Query<T>(Func<T> query)
    {
        try
        {
            return query();
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message, e);
        }
    }

    /// <summary>Writes rows as left-aligned columns separated by two spaces.</summary>
    public static void WriteTable(TextWriter writer, IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        var all = new List<string?[]> { header.ToArray() };
        all.AddRange(rows);
        var widths = new int[header.Count];
        foreach (var row in all)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], (row[i] ?? string.Empty).Length);
            }
        }

        foreach (var row in all)
        {
            var cells = row.Select((cell, i) => i == widths.Length - 1 ? cell ?? string.Empty : (cell ?? string.Empty).PadRight(widths[i]));
            writer.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }
}
