using System.CommandLine;
using Parley.Core;
using Parley.Core.Records;
using Parley.Ingest;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley ingest PATH… [--db] [--recode] [--published D] [--records]</c>: code documents and store
/// them, one transaction per document; stored ids are skipped, so a re-run resumes a killed batch.
/// </summary>
public static class IngestCommand
{
    public static Command Create(CliIO io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var paths = new Argument<string[]>("paths") { Description = "Files, directories (recursive) or '-' for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var db = EventsStoreAccess.DatabaseOption();
        var recode = new Option<bool>("--recode") { Description = "Re-code documents that are already stored (with no PATH: every stored document, from its stored text)." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for documents that give none." };
        var records = new Option<bool>("--records") { Description = "The inputs are JSON/JSONL records printed by 'parley code'; store them without coding." };
        var parser = CommonOptions.Parser();
        var command = new Command("ingest", "Code documents and store them in the event database.") { paths, db, recode, published, records, parser };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) ?? [];
            var isRecode = parse.GetValue(recode);
            if (inputs.Length == 0 && !isRecode)
            {
                throw new CliException("give files or folders to ingest (or --recode alone to re-code every stored document)");
            }

            var publishedDate = parse.GetValue(published);
            if (publishedDate is not null)
            {
                EventsStoreAccess.ParseDate("--published", publishedDate, end: false);
            }

            using var store = EventsStoreAccess.Open(parse.GetValue(db), create: true);

            // Each document stays atomic (a savepoint); a kill loses at most the last uncommitted 100.
            store.CommitEvery = 100;
            var accurate = CommonOptions.IsAccurate(parse, parser);
            var run = new IngestRun(store, io, isRecode, new Lazy<Engine>(() => Engine.CreateDefault(accurate)));
            var work = inputs.Length == 0
                ? StoredDocuments(store)
                : parse.GetValue(records) ? ReadRecords(inputs, io.In) : ReadDocuments(inputs, publishedDate, io.In);
            var interactive = ReferenceEquals(io.Out, Console.Out) && !Console.IsOutputRedirected;
            if (interactive)
            {
                var total = inputs.Length == 0 ? store.Stats().Documents : CountInputs(inputs);
                AnsiConsole.Progress().AutoClear(true).Start(ctx =>
                {
                    var task = ctx.AddTask("ingesting", maxValue: Math.Max(total, 1));
                    foreach (var item in work)
                    {
                        run.Process(item);
                        task.MaxValue = Math.Max(task.MaxValue, run.Seen);
                        task.Increment(1);
                    }
                });
            }
            else
            {
                foreach (var item in work)
                {
                    run.Process(item);
                }
            }

            // The last batch commits here, before anything is counted as stored.
            run.Finish();
            io.Out.WriteLine(run.Summary);
            return run.Failed == 0 ? Program.Ok : Program.SomeFailed;
        });
        return command;
    }

    /// <summary>Codes one document into its record with the same engine as <c>parley code</c>.</summary>

    /// <summary>One unit of ingest work: a document to code, a ready record, or a read error.</summary>
    internal sealed record IngestItem(string Input, Document? Document, DocumentRecord? Record, string? Error);

    private static IEnumerable<IngestItem> ReadDocuments(string[] inputs, string? published, TextReader stdin)
    {
        var reader = DocumentReader.Create(new IngestOptions { Published = published });
        foreach (var result in reader.ReadAll(inputs, stdin))
        {
            yield return new IngestItem(result.Input, result.Document, null, result.Error);
        }
    }

    private static IEnumerable<IngestItem> ReadRecords(string[] inputs, TextReader stdin)
    {
        foreach (var input in inputs)
        {
            IEnumerable<string> files = input == "-" ? ["-"] : Directory.Exists(input)
                ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : [input];
            foreach (var file in files)
            {
                if (file != "-" && !File.Exists(file))
                {
                    yield return new IngestItem(file, null, null, "no such file or directory; check the path");
                    continue;
                }

                var text = file == "-" ? stdin.ReadToEnd() : File.ReadAllText(file);
                var trimmed = text.TrimStart();
                if (trimmed.StartsWith('{') && !trimmed.Contains("}\n{", StringComparison.Ordinal) && ParseRecord(text, out var single, out _))
                {
                    yield return new IngestItem(file, null, single, null);
                    continue;
                }

                var lineNumber = 0;
                foreach (var line in text.Split('\n'))
                {
                    lineNumber++;
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }

                    var where = $"{file}:{lineNumber}";
                    yield return ParseRecord(line, out var record, out var error)
                        ? new IngestItem(where, null, record, null)
                        : new IngestItem(where, null, null, error);
                }
            }
        }
    }

    private static bool ParseRecord(string json, out DocumentRecord? record, out string? error)
    {
        try
        {
            record = RecordJson.Parse(json);
            error = record is null ? "the line is not a Parley record" : null;
            return record is not null;
        }
        catch (System.Text.Json.JsonException e)
        {
            record = null;
            error = $"not a Parley JSON record ({e.Message}); give the output of 'parley code --format jsonl'";
            return false;
        }
    }

    private static IEnumerable<IngestItem> StoredDocuments(IEventStore store)
    {
        foreach (var id in store.DocumentIds())
        {
            var stored = store.GetDocument(id);
            if (stored is null)
            {
                continue;
            }

            var info = new DocumentInfo
            {
                Path = stored.Path,
                Title = stored.Title,
                Published = stored.Published,
                Outlet = stored.Outlet,
                Url = stored.Url,
                Byline = stored.Record.Document.Byline,
                Dateline = stored.Record.Document.Dateline,
                Removed = stored.Record.Removed,
            };
            yield return new IngestItem(stored.Path ?? id, new Document(stored.Text, info), null, null);
        }
    }

    private static long CountInputs(string[] inputs) =>
        inputs.Sum(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).LongCount() : 1L);

    /// <summary>
    /// Counts and reports the outcome of each document. A document counts as stored (or re-coded, or a
    /// skipped duplicate) only once the transaction holding it has committed; when a batch fails to
    /// commit, each of its documents is reported as failed and the run goes on with the next batch.
    /// </summary>
    internal sealed class IngestRun(IEventStore store, CliIO io, bool recode, Lazy<Engine> engine)
    {
        private readonly List<(string Input, string Id, StoreOutcome Outcome)> _pending = [];
        private readonly HashSet<string> _pendingIds = new(StringComparer.Ordinal);

        public int Seen { get; private set; }

        public int Stored { get; private set; }

        public int Recoded { get; private set; }

        public int Skipped { get; private set; }

        public int Failed { get; private set; }

        public string Summary => recode
            ? $"ingested {Stored}, re-coded {Recoded}, skipped {Skipped} already stored, failed {Failed}"
            : $"ingested {Stored}, skipped {Skipped} already stored, failed {Failed}";

        public void Process(IngestItem item)
        {
            Seen++;
            if (item.Error is not null)
            {
                Fail(item.Input, item.Error);
                return;
            }

            try
            {
                var id = item.Record?.Document.Id ?? item.Document!.Id;
                if (!recode && store.Contains(id))
                {
                    // A duplicate of a document of the open batch is only skipped if that batch commits.
                    Settle(item.Input, id, StoreOutcome.Skipped);
                    return;
                }

                var record = item.Record ?? engine.Value.Code(item.Document!);
                var outcome = store.Store(record, replace: recode);
                Settle(item.Input, id, outcome);
            }
            catch (BatchNotCommittedException e)
            {
                FailBatch(e, item.Input);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Fail(item.Input, e.Message);
            }
        }

        /// <summary>Commits the last batch and counts (or fails) its documents.</summary>
        public void Finish()
        {
            try
            {
                store.Flush();
                Settle(null, null, StoreOutcome.Skipped);
            }
            catch (BatchNotCommittedException e)
            {
                FailBatch(e, null);
            }
        }

        /// <summary>Adds a document to the open batch, then counts the batch if it has committed.</summary>
        private void Settle(string? input, string? id, StoreOutcome outcome)
        {
            if (input is not null && id is not null)
            {
                // A skip of a document stored before the open batch is final already.
                if (outcome == StoreOutcome.Skipped && !_pendingIds.Contains(id))
                {
                    Count(outcome);
                    return;
                }

                _pending.Add((input, id, outcome));
                _pendingIds.Add(id);
            }

            if (store.UncommittedDocuments.Count > 0)
            {
                return;
            }

            foreach (var (_, _, pendingOutcome) in _pending)
            {
                Count(pendingOutcome);
            }

            _pending.Clear();
            _pendingIds.Clear();
        }

        private void Count(StoreOutcome outcome)
        {
            switch (outcome)
            {
                case StoreOutcome.Stored:
                    Stored++;
                    break;
                case StoreOutcome.Replaced:
                    Recoded++;
                    break;
                default:
                    Skipped++;
                    break;
            }
        }

        /// <summary>Reports every document of a batch that did not commit (and the one that ended it) as failed.</summary>
        private void FailBatch(BatchNotCommittedException e, string? current)
        {
            var lost = _pending.Select(p => p.Input).ToList();
            if (current is not null)
            {
                lost.Add(current);
            }

            foreach (var input in lost)
            {
                Fail(input, $"not stored: {e.Message}; re-run the same command to store it");
            }

            _pending.Clear();
            _pendingIds.Clear();
        }

        private void Fail(string input, string message)
        {
            Failed++;
            io.Error.WriteLine($"parley: {input}: {message}");
        }
    }
}
