using Parley.Cli;
using Parley.Cli.Commands;
using Parley.Store.Sqlite;
using static Parley.Store.Tests.Records;

namespace Parley.Store.Tests;

/// <summary>
/// <c>parley ingest</c> counts a document as stored only once the transaction holding it has committed,
/// and reports every document of a batch whose commit failed.
/// </summary>
public sealed class IngestCommitTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_failed_commit_reports_its_documents_and_the_next_batches_go_on()
    {
        var path = _folder.File("commit.db");
        using var error = new StringWriter();
        using (var store = SqliteEventStore.Open(path))
        {
            store.CommitEvery = 3;
            var commits = 0;
            store.CommitFault = () => ++commits == 2 ? new IOException("disk I/O error (injected)") : null;
            var run = new IngestCommand.IngestRun(store, new CliIO(TextWriter.Null, error, TextReader.Null), recode: false, new Lazy<Engine>(() => Engine.CreateDefault()));

            // Batches of 3 stored documents: 1-3 commit; 4, 5 and 7 fail at their commit (so does in6, a
            // duplicate of 5 inside that batch); 8 commits at the end.
            int[] numbers = [1, 2, 3, 4, 5, 5, 7, 8];
            for (var i = 0; i < numbers.Length; i++)
            {
                run.Process(new IngestCommand.IngestItem($"in{i + 1}", null, Numbered(numbers[i], "2018-08-29", "A"), null));
                if (i == 2)
                {
                    Assert.Equal(3, run.Stored);
                }

                if (i == 3)
                {
                    // Stored in an open batch, not committed yet: not counted.
                    Assert.Equal(3, run.Stored);
                    Assert.Single(store.UncommittedDocuments);
                }
            }

            Assert.Equal(3, run.Stored);
            Assert.Equal(4, run.Failed);
            Assert.Single(store.UncommittedDocuments);
            run.Finish();
            Assert.Equal("ingested 4, skipped 0 already stored, failed 4", run.Summary);
            Assert.Empty(store.UncommittedDocuments);
        }

        var lines = error.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(4, lines.Length);
        for (var i = 0; i < 4; i++)
        {
            Assert.StartsWith($"parley: in{i + 4}: not stored: the transaction holding 3 document(s) did not commit (disk I/O error (injected))", lines[i], StringComparison.Ordinal);
            Assert.EndsWith("re-run the same command to store it", lines[i], StringComparison.Ordinal);
        }

        using (var store = SqliteEventStore.Open(path, create: false))
        {
            Assert.Equal(4, store.Stats().Documents);
            Assert.True(store.Contains(Numbered(8, "2018-08-29", "A").Document.Id));
            Assert.False(store.Contains(Numbered(4, "2018-08-29", "A").Document.Id));
            Assert.False(store.Contains(Numbered(5, "2018-08-29", "A").Document.Id));
            Assert.Equal("ok", store.IntegrityCheck());
        }
    }

    [Fact]
    public void Flush_names_the_documents_a_failed_commit_lost()
    {
        var path = _folder.File("flush.db");
        using var store = SqliteEventStore.Open(path);
        store.CommitEvery = 10;
        store.Store(Numbered(1, "2018-08-29", "A"));
        store.Store(Numbered(2, "2018-08-29", "A"));
        Assert.Equal(2, store.UncommittedDocuments.Count);
        store.CommitFault = () => new IOException("disk full (injected)");

        var e = Assert.Throws<BatchNotCommittedException>(store.Flush);
        Assert.Equal([Numbered(1, "2018-08-29", "A").Document.Id, Numbered(2, "2018-08-29", "A").Document.Id], e.DocumentIds);
        Assert.Empty(store.UncommittedDocuments);
        Assert.Equal(0, store.Stats().Documents);

        store.CommitFault = null;
        store.Store(Numbered(1, "2018-08-29", "A"));
        store.Flush();
        Assert.Equal(1, store.Stats().Documents);
        Assert.Equal("ok", store.IntegrityCheck());
    }

    public void Dispose() => _folder.Dispose();
}
