using Parley.Store;
using ScottPlot;

namespace Parley.Cli.Commands;

/// <summary>Draws a dyad timeline: event counts as bars (left axis), mean Goldstein as a line (right axis).</summary>
internal static class DyadPlot
{
    public static void Save(string path, DyadQuery query, IReadOnlyList<DyadPoint> points)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new CliException($"cannot write {path}: the folder {directory} does not exist");
        }

        var plot = new Plot();
        var width = query.By switch { TimeBucket.Day => 0.8, TimeBucket.Week => 5.5, _ => 24.0 };
        var xs = points.Select(p => p.Period.ToDateTime(TimeOnly.MinValue).AddDays(width / 2).ToOADate()).ToArray();
        if (points.Count > 0)
        {
            var bars = plot.Add.Bars(xs, points.Select(p => (double)p.Events).ToArray());
            foreach (var bar in bars.Bars)
            {
                bar.Size = width;
            }

            bars.LegendText = "events";
            var mean = plot.Add.Scatter(xs, points.Select(p => p.GoldsteinMean).ToArray());
            mean.Axes.YAxis = plot.Axes.Right;
            mean.LegendText = "mean Goldstein";
            plot.Axes.Right.Min = -10;
            plot.Axes.Right.Max = 10;
            plot.ShowLegend();
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Title($"{query.Source.ToUpperInvariant()} → {query.Target.ToUpperInvariant()} by {query.By.ToString().ToLowerInvariant()}");
        plot.Axes.Left.Label.Text = "events";
        plot.Axes.Right.Label.Text = "mean Goldstein";
        try
        {
            plot.SavePng(path, 1000, 500);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {path}: {e.Message}", e);
        }
    }
}
