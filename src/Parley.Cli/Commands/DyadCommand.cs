using System.CommandLine;
using System.Globalization;
using Parley.Store;

namespace Parley.Cli.Commands;

/// <summary><c>parley dyad JPN PRK [--by month] [--plot FILE.png]</c>: a directed dyad's timeline.</summary>
public static class DyadCommand
{
    public static Command Create(CliIO io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var source = new Argument<string>("source") { Description = "Source country code (JPN)." };
        var target = new Argument<string>("target") { Description = "Target country code (PRK)." };
        var db = EventsStoreAccess.DatabaseOption();
        var by = new Option<string>("--by") { Description = "day, week or month.", DefaultValueFactory = _ => "month" };
        by.AcceptOnlyFromAmong("day", "week", "month");
        var from = new Option<string?>("--from") { Description = "First day (YYYY-MM-DD, YYYY-MM or YYYY)." };
        var to = new Option<string?>("--to") { Description = "Last day." };
        var format = new Option<string>("--format") { Description = "table or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv");
        var plot = new Option<string?>("--plot") { Description = "Also draw the timeline to this PNG file." };
        var command = new Command("dyad", "Events from one country toward another over time: counts, Goldstein sum and mean, QuadClass breakdown.") { source, target, db, by, from, to, format, plot };
        command.SetAction(parse =>
        {
            var query = new DyadQuery
            {
                Source = parse.GetValue(source) ?? string.Empty,
                Target = parse.GetValue(target) ?? string.Empty,
                By = parse.GetValue(by) switch { "day" => TimeBucket.Day, "week" => TimeBucket.Week, _ => TimeBucket.Month },
                From = EventsStoreAccess.ParseDate("--from", parse.GetValue(from), end: false),
                To = EventsStoreAccess.ParseDate("--to", parse.GetValue(to), end: true),
            };
            using var store = EventsStoreAccess.Open(parse.GetValue(db), create: false);
            var points = EventsStoreAccess.Query(() => store.Dyad(query));
            var header = new[] { "period", "events", "goldstein_sum", "goldstein_mean", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict" };
            var rows = points.Select(p => new[]
            {
                Period(p.Period, query.By), Num(p.Events), p.GoldsteinSum.ToString("0.##", CultureInfo.InvariantCulture),
                p.GoldsteinMean.ToString("0.00", CultureInfo.InvariantCulture), Num(p.QuadClasses[0]), Num(p.QuadClasses[1]), Num(p.QuadClasses[2]), Num(p.QuadClasses[3]),
            });
            if (parse.GetValue(format) == "csv")
            {
                io.Out.WriteLine(string.Join(",", header));
                foreach (var row in rows)
                {
                    io.Out.WriteLine(string.Join(",", row));
                }
            }
            else
            {
                EventsStoreAccess.WriteTable(io.Out, header, rows);
            }

            if (parse.GetValue(plot) is { } file)
            {
                DyadPlot.Save(file, query, points);
                io.Error.WriteLine($"parley: wrote {file}");
            }

            return Program.Ok;
        });
        return command;
    }

    /// <summary>A period label: <c>2018-07-16</c> for days and weeks (the Monday), <c>2018-07</c> for months.</summary>
    internal static string Period(DateOnly start, TimeBucket by) =>
        start.ToString(by == TimeBucket.Month ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
