using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Parley.Core.Records;
using Parley.Store.Sqlite;
using Xunit.Abstractions;
using static Parley.Store.Tests.Records;

namespace Parley.Store.Tests;

/// <summary>
/// Kills a real <c>parley ingest</c> (the test assembly run as a child process, see <see cref="TestProgram"/>)
/// at a random moment, then checks the database and resumes.
/// </summary>
public sealed class IngestKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Count = 3000;
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_killed_ingest_keeps_whole_documents_and_resumes()
    {
        var records = Enumerable.Range(0, Count).Select(Synthetic).ToList();
        var jsonl = _folder.File("batch.jsonl");
        File.WriteAllLines(jsonl, records.Select(r => RecordJson.ToJson(r, false)));
        var db = _folder.File("killed.db");

        var random = new Random();
        var killed = false;
        for (var attempt = 0; attempt < 3 && !killed; attempt++)
        {
            using var child = Start("ingest", jsonl, "--records", "--db", db);
            var deadline = Stopwatch.StartNew();
            while (!File.Exists(db + "-wal") && !child.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(5);
            }

            Thread.Sleep(random.Next(20, 400));
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
                killed = true;
            }

            child.WaitForExit();
        }

        Assert.True(killed, "the child finished before it could be killed three times in a row");

        long partial;
        using (var store = (SqliteEventStore)EventStore.Open(db))
        {
            Assert.Equal("ok", store.IntegrityCheck());
            partial = store.Stats().Documents;
            output.WriteLine($"killed after {partial} of {Count} documents");
            Assert.InRange(partial, 0, Count - 1);
            Assert.Equal(store.Stats().Documents * 8, store.Stats().Mentions);
            Assert.Equal(store.Stats().Documents, store.Stats().Quotes);
        }

        AssertNoHalfDocument(db, records);

        using (var rerun = Start("ingest", jsonl, "--records", "--db", db))
        {
            var summary = rerun.StandardOutput.ReadToEnd();
            rerun.WaitForExit();
            Assert.Equal(0, rerun.ExitCode);
            Assert.Equal($"ingested {Count - partial}, skipped {partial} already stored, failed 0", summary.Trim());
        }

        using var done = (SqliteEventStore)EventStore.Open(db);
        Assert.Equal("ok", done.IntegrityCheck());
        Assert.Equal(new StoreStats(Count, done.Stats().Events, Count * 8L, Count), done.Stats());
        AssertNoHalfDocument(db, records);
    }

    private static void AssertNoHalfDocument(string db, List<DocumentRecord> records)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT d.id, (SELECT COUNT(*) FROM mentions m WHERE m.doc_id = d.id), (SELECT COUNT(*) FROM quotes q WHERE q.doc_id = d.id) FROM documents d";
        using var reader = command.ExecuteReader();
        var expected = records.ToDictionary(r => r.Document.Id, r => r.Events.Count);
        while (reader.Read())
        {
            Assert.Equal(expected[reader.GetString(0)], reader.GetInt32(1));
            Assert.Equal(1, reader.GetInt32(2));
        }

        using var orphans = connection.CreateCommand();
        orphans.CommandText = "SELECT (SELECT COUNT(*) FROM mentions WHERE doc_id NOT IN (SELECT id FROM documents)) + (SELECT COUNT(*) FROM mentions WHERE event_id NOT IN (SELECT id FROM events)) + (SELECT COUNT(*) FROM events WHERE id NOT IN (SELECT event_id FROM mentions))";
        Assert.Equal(0L, (long)orphans.ExecuteScalar()!);
    }

    private static readonly string[] Countries = ["JPN", "PRK", "USA", "CHN", "KOR", "RUS"];

    private static DocumentRecord Synthetic(int n)
    {
        var events = Enumerable.Range(0, 8).Select(i =>
        {
            var source = Countries[(n + i) % Countries.Length];
            var target = Countries[(n + (i * 3) + 1) % Countries.Length];
            var day = new DateOnly(2010, 1, 1).AddDays(((n * 37) + (i * 101)) % 3650);
            return new Ev(source + "GOV", target + "GOV", "0" + ((i % 9) + 1) + "0", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }).ToArray();
        return Numbered(n, new DateOnly(2018, 1, 1).AddDays(n / 7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "Outlet " + (n % 5), events);
    }

    private static Process Start(params string[] args)
    {
        var assembly = typeof(TestProgram).Assembly.Location;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(assembly);
        info.ArgumentList.Add("parley");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start the child process");
    }

    public void Dispose() => _folder.Dispose();
}
