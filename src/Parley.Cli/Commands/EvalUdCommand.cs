using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Core;
using Parley.Nlp.Segmentation;
using Parley.Training.Evaluation;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval ud</c>: scores the tagger, lemmatizer and parser against a UD CoNLL-U file.</summary>
internal static class EvalUdCommand
{
    public static Command Create(CliIO io)
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold CoNLL-U file, e.g. ../shared/corpora/UD_English-EWT/en_ewt-ud-test.conllu.", Required = true };
        var raw = new Option<bool>("--raw") { Description = "Start from the raw text with Parley's own tokenizer and sentence splitter; align words by character offsets." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (percentages) instead of a table." };
        var models = new Option<DirectoryInfo?>("--models") { Description = "Directory holding en-tagger/ and en-parser/ (default: models/ next to the executable)." };
        var prefix = new Option<string?>("--sent-id-prefix") { Description = "Score only sentences whose sent_id starts with this (e.g. 'n' for the PUD news half)." };
        var output = new Option<FileInfo?>("--output") { Description = "Also write Parley's analysis as CoNLL-U to this file (sentences as scored: the gold ones, or Parley's own with --raw), for error analysis." };
        var beam = new Option<int?>("--beam") { Description = "Decode the parser with this beam width instead of the one its model was trained for (1 = greedy)." };
        CommonOptions.AcceptBeamWidths(beam);
        var parser = CommonOptions.Parser();
        var command = new Command("ud", "Score UPOS, XPOS, lemma, UAS and LAS (CoNLL 2018 definitions) on a UD treebank.") { gold, raw, json, models, prefix, output, beam, parser };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(models)?.FullName ?? NlpModels.DefaultDirectory;
            var file = TrainCorpora.Read(parse.GetValue(gold)!, filterGenres: false);
            var components = NlpModels.LoadComponents(directory, parse.GetValue(beam), CommonOptions.IsAccurate(parse, parser));
            var sentences = parse.GetValue(prefix) is { } p
                ? file.Sentences.Where(s => s.SentId.StartsWith(p, StringComparison.Ordinal)).ToList()
                : file.Sentences;
            if (sentences.Count == 0)
            {
                throw new CliException($"No sentence of '{file.Name}' has a sent_id starting with '{parse.GetValue(prefix)}'.");
            }

            var isRaw = parse.GetValue(raw);
            using var writer = OpenOutput(parse.GetValue(output));
            var scores = isRaw
                ? UdEvaluator.ScoreRaw(sentences, Pipeline.Create(Segmentation().Concat(components)), writer)
                : UdEvaluator.ScoreGoldTokenization(sentences, components, writer);
            if (parse.GetValue(json))
            {
                var result = new SortedDictionary<string, object>(StringComparer.Ordinal)
                {
                    ["file"] = file.Name,
                    ["mode"] = isRaw ? "raw" : "gold-tokenization",
                    ["goldWords"] = scores.GoldWords,
                    ["systemWords"] = scores.SystemWords,
                    ["tokens"] = Round(scores.Tokens),
                    ["sentences"] = Round(scores.Sentences),
                    ["upos"] = Round(scores.Upos),
                    ["xpos"] = Round(scores.Xpos),
                    ["lemma"] = Round(scores.Lemma),
                    ["uas"] = Round(scores.Uas),
                    ["las"] = Round(scores.Las),
                };
                io.Out.WriteLine(JsonSerializer.Serialize(result));
            }
            else
            {
                io.Out.WriteLine($"{file.Name} ({(isRaw ? "raw text, F1" : "gold tokenization, accuracy")}; {scores.GoldWords} gold words, {scores.SystemWords} system words)");
                if (isRaw)
                {
                    io.Out.WriteLine(Line("Words", scores.Tokens));
                    io.Out.WriteLine(Line("Sentences", scores.Sentences));
                }

                io.Out.WriteLine(Line("UPOS", scores.Upos));
                io.Out.WriteLine(Line("XPOS", scores.Xpos));
                io.Out.WriteLine(Line("Lemma", scores.Lemma));
                io.Out.WriteLine(Line("UAS", scores.Uas));
                io.Out.WriteLine(Line("LAS", scores.Las));
            }

            return Program.Ok;
        });
        return command;
    }

    private static StreamWriter? OpenOutput(FileInfo? file)
    {
        if (file is null)
        {
            return null;
        }

        try
        {
            return new StreamWriter(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write --output file '{file.FullName}': {e.Message}. Pick a writable path.");
        }
    }

    private static double Round(double value) => Math.Round(value, 2);

    private static string Line(string name, double value) => string.Create(CultureInfo.InvariantCulture, $"{name,-10}{value,7:F2}");

    private static IEnumerable<IPipe> Segmentation() => [new Tokenizer(), new SentenceSplitter()];
}
