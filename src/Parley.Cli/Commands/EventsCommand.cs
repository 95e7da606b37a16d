using System.CommandLine;
using System.Globalization;
using Parley.Store;
using Parley.Store.Export;

namespace Parley.Cli.Commands;

/// <summary><c>parley events</c>: list or export merged events.</summary>
public static class EventsCommand
{
    public static Command Create(CliIO io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var db = EventsStoreAccess.DatabaseOption();
        var actor = new Option<string?>("--actor") { Description = "Actor code prefix on either side (JPN, USAGOV)." };
        var dyad = new Option<string?>("--dyad") { Description = "Directed country dyad SOURCE:TARGET (JPN:PRK)." };
        var root = new Option<string?>("--root") { Description = "CAMEO root code (04)." };
        var from = new Option<string?>("--from") { Description = "First day (YYYY-MM-DD, YYYY-MM or YYYY)." };
        var to = new Option<string?>("--to") { Description = "Last day (YYYY-MM-DD, YYYY-MM or YYYY)." };
        var format = new Option<string>("--format") { Description = "table, csv, tsv, jsonl (with mentions), gdelt (GDELT 2.0 event table) or plover.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "tsv", "jsonl", "gdelt", "plover");
        var limit = new Option<int?>("--limit") { Description = "Largest number of events." };
        var command = new Command("events", "List or export the merged events in the database.") { db, actor, dyad, root, from, to, format, limit };
        command.SetAction(parse =>
        {
            var query = new EventQuery
            {
                Actor = parse.GetValue(actor),
                Root = parse.GetValue(root),
                From = EventsStoreAccess.ParseDate("--from", parse.GetValue(from), end: false),
                To = EventsStoreAccess.ParseDate("--to", parse.GetValue(to), end: true),
                Limit = parse.GetValue(limit),
                IncludeMentions = parse.GetValue(format) == "jsonl",
            };
            query = EventsStoreAccess.WithDyad(query, "--dyad {0}", parse.GetValue(dyad));

            if (query.Limit is < 0)
            {
                throw new CliException("--limit must be 0 or more");
            }

            using var store = EventsStoreAccess.Open(parse.GetValue(db), create: false);
            var events = EventsStoreAccess.Query(() => store.Events(query));
            var chosen = parse.GetValue(format);
            if (chosen == "table")
            {
                EventsStoreAccess.WriteTable(
                    io.Out,
                    ["date", "source", "target", "code", "goldstein", "articles", "outlets", "confidence", "name"],
                    events.Select(e => new[]
                    {
                        e.Date ?? "-", e.SourceCode, e.TargetCode ?? "-", e.Code, e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture),
                        e.Articles.ToString(CultureInfo.InvariantCulture), e.Outlets.ToString(CultureInfo.InvariantCulture),
                        e.Confidence.ToString("0.00", CultureInfo.InvariantCulture), e.Name,
                    }));
                return Program.Ok;
            }

            EventExport.Write(io.Out, events, EventsStoreAccess.ExportFormatOf(chosen!));
            return Program.Ok;
        });
        return command;
    }
}
