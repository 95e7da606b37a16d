using System.CommandLine;
using Parley.Core.Records;
using Parley.Ingest;

namespace Parley.Cli.Commands;

/// <summary><c>parley code PATH…</c>: print the JSON record of each document.</summary>
internal static class CodeCommand
{
    public static Command Create(CliIO io)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, directories (recursive) or '-' for standard input.", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) used to resolve relative dates." };
        var format = new Option<string>("--format") { Description = "json (indented) or jsonl (one record per line).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var command = new Command("code", "Code documents and print their records.") { paths, published, format };
        command.SetAction(parse =>
        {
            var reader = DocumentReader.Create(new IngestOptions { Published = parse.GetValue(published) });
            var indented = parse.GetValue(format) == "json";
            var failed = 0;
            foreach (var result in reader.ReadAll(parse.GetValue(paths) ?? [], io.In))
            {
                if (result.Document is null)
                {
                    failed++;
                    io.Error.WriteLine($"parley: {result.Input}: {result.Error}");
                    continue;
                }

                io.Out.WriteLine(RecordJson.ToJson(DocumentRecord.From(result.Document), indented));
            }

            return failed == 0 ? Program.Ok : Program.SomeFailed;
        });
        return command;
    }
}
