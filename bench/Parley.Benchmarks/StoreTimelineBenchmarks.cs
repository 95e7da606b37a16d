using BenchmarkDotNet.Attributes;
using Parley.Store;

namespace Parley.Benchmarks;

/// <summary>
/// A monthly dyad timeline over a SQLite database of 1,000,000 stored events.
/// <c>dotnet run -c Release --project bench/Parley.Benchmarks -- --filter '*Store*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class StoreTimelineBenchmarks
{
    private const int TimelineEvents = 1_000_000;
    private IEventStore? _timelineStore;

    /// <summary>
    /// Builds (once, cached in the temp folder) a database of at least 1,000,000 merged events from short
    /// records of 8 reports over 2010–2019; three busy dyads (USA→CHN, RUS→UKR, ISR→PSE) get 2% of reports each.
    /// </summary>
    [GlobalSetup(Target = nameof(DyadTimelineMonthly))]
    public void SetupTimeline()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-bench-timeline-v{EventStore.SchemaVersion}-{TimelineEvents}-events.db");
        var ready = path + ".ready";
        if (!File.Exists(ready))
        {
            foreach (var stale in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
            {
                File.Delete(stale);
            }

            using var build = EventStore.Open(path);
            build.CommitEvery = 1000;
            var random = new Random(7);
            // 8 reports per record; some merge, so keep adding records until there are 1,000,000 events.
            for (var i = 0; build.Stats().Events < TimelineEvents;)
            {
                for (var end = i + 1000; i < end; i++)
                {
                    build.Store(StoreBenchmarks.Article(random, i, fullText: false));
                }
            }

            build.Flush();
            File.WriteAllText(ready, build.Stats().ToString());
        }

        _timelineStore = EventStore.Open(path, create: false);
        var events = _timelineStore.Stats().Events;
        var dyad = _timelineStore.Dyad(new DyadQuery { Source = "USA", Target = "CHN" }).Sum(p => p.Events);
        Console.WriteLine($"// timeline database: {events} events; USA→CHN asserted events: {dyad}");
    }

    [GlobalCleanup(Target = nameof(DyadTimelineMonthly))]
    public void CleanupTimeline() => _timelineStore?.Dispose();

    /// <summary>Monthly USA→CHN timeline (counts, Goldstein sum/mean, QuadClass breakdown) over 1,000,000 stored events.</summary>
    [Benchmark]
    public int DyadTimelineMonthly() => _timelineStore!.Dyad(new DyadQuery { Source = "USA", Target = "CHN", By = TimeBucket.Month }).Count;
}
