using System.CommandLine;
using System.Globalization;
using Parley.Core;
using Parley.Events.Petrarch;
using Parley.Nlp.Lemmatization;
using Parley.Nlp.Parsing;
using Parley.Nlp.Segmentation;
using Parley.Nlp.Tagging;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley eval petrarch --records FILE --dictionaries DIR [--gold-parse] [--json]</c>: runs a PETRARCH
/// validation suite through Parley (raw text → tokenizer → tagger → parser → imported dictionaries) and
/// scores exact records and event precision/recall/F1 (<c>docs/formats/petrarch.md</c>).
/// </summary>
internal static class EvalPetrarchCommand
{
    public static Command Create(CliIO io)
    {
        var records = new Option<string>("--records") { Description = "The validation suite (PETR_Validate_records_*.xml).", Required = true };
        var dictionaries = new Option<string>("--dictionaries") { Description = "Folder holding the verb, actor and agent dictionaries the suite names in <Environment>.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var goldParse = new Option<bool>("--gold-parse") { Description = "Code the gold UD parse each record carries instead of parsing the raw text with Parley." };
        var models = new Option<string?>("--models") { Description = "Directory holding en-tagger/ and en-parser/ (default: models/ beside the executable)." };
        var errors = new Option<int>("--errors") { Description = "Also print up to N records that failed, with expected and produced events." };
        var parserChoice = CommonOptions.Parser();
        var command = new Command("petrarch", "Score event coding on a PETRARCH validation suite with its own dictionaries.") { records, dictionaries, json, goldParse, models, errors, parserChoice };
        command.SetAction(parse =>
        {
            var recordsPath = parse.GetValue(records)!;
            var folder = parse.GetValue(dictionaries)!;
            var suite = ReadSuite(recordsPath);
            var patterns = EvalPetrarchDictionaries.LoadVerbs(io, folder, suite);
            var resolve = EvalPetrarchDictionaries.LoadActors(folder, suite);
            var negations = EvalPetrarchDictionaries.LoadNegations(folder, suite);
            var coder = PetrarchCoder.Create(new PetrarchCoderOptions { Patterns = patterns, ResolveActor = resolve, Negate = negations is null ? null : negations.Negate });
            var gold = parse.GetValue(goldParse);
            Func<PetrarchValidationRecord, Document?> parser;
            if (gold)
            {
                parser = PetrarchGoldParse.ToDocument;
            }
            else
            {
                var pipeline = LoadPipeline(parse.GetValue(models) ?? NlpModels.DefaultDirectory, NlpModels.ParserFor(CommonOptions.IsAccurate(parse, parserChoice)));
                parser = record =>
                {
                    var document = new Document(record.Text, new DocumentInfo { Published = record.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
                    pipeline.Process(document);
                    return document;
                };
            }

            var result = PetrarchValidationRunner.Run(suite, coder, parser);
            Print(io, result, recordsPath, gold ? "gold" : "parley", parse.GetValue(json));
            PrintFailures(io, result, parse.GetValue(errors));
            return Program.Ok;
        });
        return command;
    }

    private static PetrarchValidationSuite ReadSuite(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return PetrarchValidationReader.Read(reader, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read validation records '{path}': {e.Message}");
        }
        catch (PetrarchFormatException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static Pipeline LoadPipeline(string directory, string parserName)
    {
        var taggerDirectory = Path.Combine(directory, NlpModels.TaggerName);
        var parserDirectory = Path.Combine(directory, parserName);
        if (!Directory.Exists(taggerDirectory) || !Directory.Exists(parserDirectory))
        {
            throw new CliException($"no tagger and parser models under '{directory}' (expected {NlpModels.TaggerName}/ and {parserName}/). Pass --models DIR, train them with 'parley train', or use --gold-parse to code the records' gold parses.");
        }

        var (tagger, lemmatizer) = NlpModels.LoadTagger(taggerDirectory);
        var parser = NlpModels.LoadParser(parserDirectory);
        return Pipeline.Create([new Tokenizer(), new SentenceSplitter(), new Tagger(tagger), new Lemmatizer(lemmatizer), new DependencyParser(parser)]);
    }

    private static void Print(CliIO io, PetrarchValidationResult result, string path, string parses, bool json)
    {
        if (json)
        {
            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{{\"records\":\"{System.Text.Encodings.Web.JavaScriptEncoder.Default.Encode(path)}\",\"parses\":\"{parses}\",\"evaluated\":{result.Evaluated},\"skipped\":{result.Skipped},\"passed\":{result.Passed},\"passRate\":{result.PassRate:F4},\"precision\":{result.Precision:F4},\"recall\":{result.Recall:F4},\"f1\":{result.F1:F4},\"truePositives\":{result.TruePositives},\"falsePositives\":{result.FalsePositives},\"falseNegatives\":{result.FalseNegatives}}}"));
            return;
        }

        io.Out.WriteLine($"records: {path} ({parses} parses)");
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"evaluated {result.Evaluated}, skipped {result.Skipped}"));
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exact records  {result.Passed}/{result.Evaluated} = {100 * result.PassRate:F1}%"));
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"events         P {100 * result.Precision:F1}  R {100 * result.Recall:F1}  F1 {100 * result.F1:F1}  (tp {result.TruePositives}, fp {result.FalsePositives}, fn {result.FalseNegatives})"));
    }

    private static void PrintFailures(CliIO io, PetrarchValidationResult result, int limit)
    {
        foreach (var outcome in result.Outcomes.Where(o => o.SkipReason is null && !o.Passed).Take(limit))
        {
            io.Out.WriteLine($"FAIL {outcome.Record.Id} ({outcome.Record.Category}): {outcome.Record.Text}");
            io.Out.WriteLine($"  expected: {(outcome.Record.Expected.Count == 0 ? "none" : string.Join("; ", outcome.Record.Expected))}");
            io.Out.WriteLine($"  produced: {(outcome.Produced.Count == 0 ? "none" : string.Join("; ", outcome.Produced))}");
        }
    }
}
