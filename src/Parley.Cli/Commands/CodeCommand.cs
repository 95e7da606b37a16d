using System.CommandLine;
using System.Text;
using Parley.Core.Records;
using Parley.Ingest;

namespace Parley.Cli.Commands;

/// <summary><c>parley code PATH…</c>: print the JSON record of each document.</summary>
internal static class CodeCommand
{
    public static Command Create(CliIO io)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, directories (recursive) or '-' for standard input.", Arity = ArgumentArity.OneOrMore };
        var published = CommonOptions.Published();
        var maxChars = CommonOptions.MaxChars();
        var format = new Option<string>("--format") { Description = "json (indented; a JSON array when there are several documents) or jsonl (one record per line).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var output = new Option<string?>("--out") { Description = "Write the records to this file instead of standard output." };
        var tokens = new Option<bool>("--tokens") { Description = "Add tokens with tag, lemma, head and relation to each record." };
        var parser = CommonOptions.Parser();
        var command = new Command("code", "Code documents and print their records (see docs/output-format.md).") { paths, published, maxChars, format, output, tokens, parser };
        command.SetAction(parse =>
        {
            var options = new IngestOptions { Published = CommonOptions.CheckDate(parse.GetValue(published)), MaxChars = parse.GetValue(maxChars) };
            var reader = DocumentReader.Create(options);
            var engine = Engine.CreateDefault(CommonOptions.IsAccurate(parse, parser));
            var jsonl = parse.GetValue(format) == "jsonl";
            var withTokens = parse.GetValue(tokens);
            var outPath = parse.GetValue(output);
            using var file = outPath is null ? null : OpenOutput(outPath);
            var writer = file ?? io.Out;

            // Documents are coded in parallel; AsOrdered keeps the output in input order.
            var results = reader.ReadAll(parse.GetValue(paths) ?? [], io.In)
                .AsParallel()
                .AsOrdered()
                .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
                .Select(r => Process(engine, r, withTokens));

            var failed = 0;
            var written = 0;
            var pendingIndented = (string?)null;
            foreach (var (input, record, error) in results)
            {
                if (record is null)
                {
                    failed++;
                    io.Error.WriteLine($"parley: {input}: {error}");
                    continue;
                }

                if (jsonl)
                {
                    writer.WriteLine(RecordJson.ToJson(record, indented: false));
                    continue;
                }

                // Indented output: one object for one document, an array for several.
                var json = RecordJson.ToJson(record, indented: true);
                if (pendingIndented is not null)
                {
                    writer.WriteLine(written == 0 ? "[" : ",");
                    writer.Write(Indent(pendingIndented));
                    written++;
                }

                pendingIndented = json;
            }

            if (pendingIndented is not null)
            {
                if (written == 0)
                {
                    writer.WriteLine(pendingIndented);
                }
                else
                {
                    writer.WriteLine(",");
                    writer.WriteLine(Indent(pendingIndented));
                    writer.WriteLine("]");
                }
            }

            writer.Flush();
            return failed == 0 ? Program.Ok : Program.SomeFailed;
        });
        return command;
    }

    private static (string Input, DocumentRecord? Record, string? Error) Process(Engine engine, ReadResult result, bool withTokens)
    {
        if (result.Document is null)
        {
            return (result.Input, null, result.Error);
        }

        try
        {
            return (result.Input, engine.Code(result.Document, withTokens), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One bad document never stops the batch; the message names the document.
            return (result.Input, null, $"could not be coded ({e.GetType().Name}: {e.Message}); please report this with the input");
        }
    }

    private static string Indent(string json) => "  " + json.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static StreamWriter OpenOutput(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            throw new CliException($"cannot write to '{path}': {e.Message}");
        }
    }
}
