using System.CommandLine;
using System.Globalization;
using System.Text;
using Parley.Core;
using Parley.Nlp.Models;
using Parley.Nlp.Ner;
using Parley.Nlp.Tagging;
using Parley.Training.Ner;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley eval ner --gold FILE.iob2</c>: entity-level precision, recall and F1 (exact span and type) of
/// the recogniser on gold tokenization, overall and per type.
/// </summary>
internal static class EvalNerCommand
{
    public static Command Create(CliIO io)
    {
        var gold = new Option<string>("--gold") { Description = "A Universal NER IOB2 file; its tokens are labelled by Parley.", Required = true };
        var model = new Option<string?>("--model") { Description = "The NER model directory (default: models/en-ner beside the executable or above the current directory)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (fields p, r, f1, types) instead of a table." };
        var errors = new Option<int>("--errors") { Description = "Also print up to N missed and N spurious entities, with their sentence." };
        var sentencesOnly = new Option<bool>("--sentences") { Description = "Score the model sentence by sentence, without the recogniser's document-level pass (names found once are also found where they recur)." };
        var taggerDir = new Option<string?>("--tagger") { Description = "The tagger model directory run before the recogniser, as in the pipeline (default: models/en-tagger beside the executable)." };
        var command = new Command("ner", "Score named-entity recognition (entity-level exact span and type).") { gold, model, json, errors, sentencesOnly, taggerDir };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(gold)!;
            IPipe[] components = [new Tagger(NlpModels.LoadTagger(parse.GetValue(taggerDir) ?? Path.Combine(NlpModels.DefaultDirectory, NlpModels.TaggerName)).Tagger)];
            var sentences = NerPosAnnotator.Annotate(ReadGold(path), components);
            var ner = LoadModel(parse.GetValue(model));
            var system = parse.GetValue(sentencesOnly) ? NerTrainer.Predict(ner, sentences) : NerTrainer.PredictDocuments(ner, sentences, components);
            var score = NerScore.Compute([.. sentences.Select(s => s.Tags)], system);
            if (parse.GetValue(json))
            {
                var b = new StringBuilder();
                b.Append(CultureInfo.InvariantCulture, $"{{\"gold\":\"{System.Text.Encodings.Web.JavaScriptEncoder.Default.Encode(path)}\",\"sentences\":{sentences.Count},");
                Append(b, score.Overall);
                b.Append(",\"types\":{");
                var first = true;
                foreach (var (type, s) in score.ByType)
                {
                    b.Append(first ? string.Empty : ",").Append('"').Append(type).Append("\":{");
                    Append(b, s);
                    b.Append('}');
                    first = false;
                }

                b.Append("}}");
                io.Out.WriteLine(b.ToString());
            }
            else
            {
                io.Out.WriteLine($"gold: {path}");
                io.Out.WriteLine(Row("all", score.Overall));
                foreach (var (type, s) in score.ByType)
                {
                    io.Out.WriteLine(Row(type, s));
                }
            }

            PrintErrors(io, sentences, system, parse.GetValue(errors));
            return Program.Ok;
        });
        return command;
    }

    // Lists the errors of exactly the output that was scored (document-level by default, with the recogniser's repairs).
    private static void PrintErrors(CliIO io, List<NerSentence> sentences, List<IReadOnlyList<string>> predicted, int limit)
    {
        var missed = 0;
        var spurious = 0;
        for (var k = 0; k < sentences.Count; k++)
        {
            if (missed >= limit && spurious >= limit)
            {
                break;
            }

            var sentence = sentences[k];
            var gold = EntityTags.Spans(sentence.Tags);
            var system = EntityTags.Spans(predicted[k]);
            foreach (var g in gold.Where(g => !system.Contains(g)))
            {
                if (missed++ < limit)
                {
                    io.Out.WriteLine($"missed   {g.Type} [{string.Join(' ', sentence.Tokens.Skip(g.Start).Take(g.End - g.Start))}] in: {Mark(sentence, system)}");
                }
            }

            foreach (var p in system.Where(p => !gold.Contains(p)))
            {
                if (spurious++ < limit)
                {
                    io.Out.WriteLine($"spurious {p.Type} [{string.Join(' ', sentence.Tokens.Skip(p.Start).Take(p.End - p.Start))}] in: {Mark(sentence, gold)}");
                }
            }
        }
    }

    private static string Mark(NerSentence sentence, List<EntitySpan> spans)
    {
        var b = new StringBuilder();
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            foreach (var s in spans.Where(s => s.Start == i))
            {
                b.Append('[');
            }

            b.Append(sentence.Tokens[i]);
            foreach (var s in spans.Where(s => s.End == i + 1))
            {
                b.Append(']').Append(s.Type);
            }

            b.Append(' ');
        }

        return b.ToString().TrimEnd();
    }

    internal static List<NerSentence> ReadGold(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return [.. Iob2Reader.Read(reader, path)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read gold file '{path}': {e.Message}");
        }
        catch (Iob2FormatException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>Loads the NER model from <paramref name="directory"/>, or from the default places.</summary>
    internal static NerModel LoadModel(string? directory)
    {
        directory ??= DefaultDirectory()
            ?? throw new CliException($"No NER model found: looked for models/{TrainNerCommand.ModelName} beside the executable and above the current directory. Pass --model DIR or train one with 'parley train ner'.");
        var manifestPath = Path.Combine(directory, ModelFiles.ManifestFileName);
        var weightsPath = Path.Combine(directory, ModelFiles.WeightsFileName);
        if (!File.Exists(manifestPath) || !File.Exists(weightsPath))
        {
            throw new CliException($"No NER model at '{directory}': it needs {ModelFiles.ManifestFileName} and {ModelFiles.WeightsFileName}. Pass --model with a directory written by 'parley train ner'.");
        }

        using var manifest = File.OpenRead(manifestPath);
        using var weights = File.OpenRead(weightsPath);
        try
        {
            return NerModel.Load(manifest, weights, Gazetteer.LoadDefault(), directory);
        }
        catch (ModelLoadException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static string? DefaultDirectory()
    {
        var beside = Path.Combine(NlpModels.DefaultDirectory, TrainNerCommand.ModelName);
        if (File.Exists(Path.Combine(beside, ModelFiles.ManifestFileName)))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", TrainNerCommand.ModelName);
            if (File.Exists(Path.Combine(candidate, ModelFiles.ManifestFileName)))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void Append(StringBuilder b, Training.Scoring.F1Score s) =>
        b.Append(CultureInfo.InvariantCulture, $"\"p\":{s.Precision:F2},\"r\":{s.Recall:F2},\"f1\":{s.F1:F2},\"goldEntities\":{s.Gold},\"systemEntities\":{s.System},\"correct\":{s.Correct}");

    private static string Row(string name, Training.Scoring.F1Score s) =>
        string.Create(CultureInfo.InvariantCulture, $"{name,-4}  P {s.Precision,6:F2}  R {s.Recall,6:F2}  F1 {s.F1,6:F2}  (gold {s.Gold}, system {s.System}, correct {s.Correct})");
}
