using System.CommandLine;
using System.Globalization;
using Parley.Nlp.Lemmatization;
using Parley.Nlp.Models;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;
using Parley.Training.Conllu;
using Parley.Training.Evaluation;
using Parley.Training.Parsing;
using Parley.Training.Tagging;

namespace Parley.Cli.Commands;

/// <summary><c>parley train parser</c>: trains the dependency parser on jackknifed (predicted) tags.</summary>
internal static class TrainParserCommand
{
    public static Command Create(CliIO io)
    {
        var common = new TrainingOptionSet();
        var train = common.Train;
        var dev = common.Dev;
        var test = common.Test;
        var output = common.Out;
        var tagger = new Option<DirectoryInfo>("--tagger") { Description = "Tagger model directory used to tag the dev and test files.", Required = true };
        var epochs = TrainingOptionSet.Epochs(10);
        var folds = new Option<int>("--folds") { Description = "Jackknifing folds for the training tags (0 = train on gold tags).", DefaultValueFactory = _ => 4 };
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "Epochs of each jackknifing tagger.", DefaultValueFactory = _ => 6 };
        var seed = common.Seed;
        var prune = common.Prune;
        var nonProjective = new Option<string>("--nonprojective") { Description = "What to do with non-projective training trees: skip them, or lift their crossing arcs until projective.", DefaultValueFactory = _ => "skip" };
        nonProjective.AcceptOnlyFromAmong("skip", "lift");
        var beam = new Option<int>("--beam") { Description = "1 trains the greedy parser (dynamic oracle); a larger width trains a beam-search parser with global updates, which then also decodes with that width (more accurate, slower).", DefaultValueFactory = _ => 1 };
        CommonOptions.AcceptBeamWidths(beam);
        var command = new Command("parser", "Train the dependency parser.") { train, dev, test, output, tagger, epochs, folds, taggerEpochs, seed, prune, nonProjective, beam };
        command.SetAction(parse =>
        {
            var options = new ParserTrainingOptions(Epochs: parse.GetValue(epochs), Seed: parse.GetValue(seed), LiftNonProjective: parse.GetValue(nonProjective) == "lift", BeamWidth: parse.GetValue(beam));
            var taggerDir = parse.GetValue(tagger)!.FullName;
            var (taggerModel, lemmatizer) = NlpModels.LoadTagger(taggerDir);
            var trainFiles = TrainCorpora.Read(parse.GetValue(train)!, filterGenres: true);
            var sentences = trainFiles.SelectMany(f => f.Sentences).Where(s => s.HasTree).ToList();
            var labels = ParseExample.LabelSet(sentences);
            io.Error.WriteLine($"parser: {sentences.Count} training sentences, {labels.Length} labels");

            var foldCount = parse.GetValue(folds);
            var tagOptions = new TaggerTrainingOptions(Epochs: parse.GetValue(taggerEpochs), Seed: parse.GetValue(seed));
            var predicted = foldCount > 1
                ? TaggerTrainer.Jackknife(sentences, foldCount, tagOptions, io.Error.WriteLine)
                : sentences.Select(s => s.Words.Select(w => (w.Upos, w.Xpos)).ToArray()).ToArray();
            var examples = sentences.Select((s, i) => ParseExample.Create(s, predicted[i], labels)).ToList();
            var devFile = parse.GetValue(dev) is { } d ? TrainCorpora.Read(d, filterGenres: false) : null;
            var devExamples = devFile?.Sentences.Where(s => s.HasTree).Select(s => ParseExample.Create(s, TaggerTrainer.Predict(taggerModel, s), labels)).ToList();
            var parser = ParserTrainer.Train(labels, examples, devExamples, options, io.Error.WriteLine);
            var pruneAt = parse.GetValue(prune);
            if (pruneAt > 0)
            {
                var pruned = new ParserModel(labels, parser.Weights.Prune(pruneAt), parser.BeamWidth);
                var before = devExamples is null ? "" : $", dev LAS {ParserTrainer.Evaluate(parser, devExamples).Las:F2} before";
                var after = devExamples is null ? "" : $", {ParserTrainer.Evaluate(pruned, devExamples).Las:F2} after";
                io.Error.WriteLine($"parser: pruned weights <= {pruneAt}: {parser.Weights.WeightCount} -> {pruned.Weights.WeightCount}{before}{after}");
                parser = pruned;
            }

            var metrics = ScoreTestFiles(taggerModel, lemmatizer, parser, parse.GetValue(test) ?? [], io.Error, "parser");

            var blob = ModelFiles.SaveParser(parser);
            var manifest = new ModelManifest
            {
                Name = NlpModels.ParserName,
                Kind = ModelFiles.ParserKind,
                Version = "1.0.0",
                FormatVersion = ModelFiles.FormatVersion,
                FeatureSetVersion = ParserFeatures.Version,
                Labels = labels,
                BeamWidth = parser.BeamWidth > 1 ? parser.BeamWidth : null,
                WeightsFile = ModelFiles.WeightsFileName,
                WeightsSha256 = ModelFiles.Sha256(blob),
                Corpora = trainFiles.Select(f => f.Info).ToList(),
                Metrics = metrics,
                Training = new SortedDictionary<string, string>(StringComparer.Ordinal)
                {
                    ["epochs"] = options.Epochs.ToString(CultureInfo.InvariantCulture),
                    ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
                    ["prune"] = pruneAt.ToString(CultureInfo.InvariantCulture),
                    ["beam"] = options.BeamWidth.ToString(CultureInfo.InvariantCulture),
                    ["nonprojective"] = options.LiftNonProjective ? "lift" : "skip",
                    ["jackknifeFolds"] = foldCount.ToString(CultureInfo.InvariantCulture),
                    ["taggerEpochs"] = tagOptions.Epochs.ToString(CultureInfo.InvariantCulture),
                    ["dev"] = devFile?.Name ?? "none",
                    ["features"] = parser.Weights.FeatureCount.ToString(CultureInfo.InvariantCulture),
                    ["weights"] = parser.Weights.WeightCount.ToString(CultureInfo.InvariantCulture),
                },
            };
            var outDir = parse.GetValue(output)!.FullName;
            NlpModels.Save(outDir, blob, manifest);
            io.Error.WriteLine($"parser: wrote {outDir} ({blob.Length / 1024} KiB)");
            return Program.Ok;
        });
        return command;
    }

    public static UdScores Score(TaggerModel tagger, LemmatizerModel lemmatizer, ParserModel parser, IReadOnlyList<ConlluSentence> sentences) =>
        UdEvaluator.ScoreGoldTokenization(sentences, [new Tagger(tagger), new Lemmatizer(lemmatizer), new DependencyParser(parser)]);

    /// <summary>
    /// UAS and LAS of <paramref name="parser"/> on each test file (gold tokenization, predicted tags), logged
    /// as "<paramref name="step"/>: file: UAS … LAS …" and returned as manifest metrics.
    /// </summary>
    public static List<MetricInfo> ScoreTestFiles(TaggerModel tagger, LemmatizerModel lemmatizer, ParserModel parser, IEnumerable<FileInfo> files, TextWriter log, string step)
    {
        var metrics = new List<MetricInfo>();
        foreach (var file in TrainCorpora.Read(files, filterGenres: false))
        {
            var scores = Score(tagger, lemmatizer, parser, file.Sentences);
            metrics.Add(new MetricInfo(file.Name, "uas", Math.Round(scores.Uas, 2), "gold tokenization, predicted tags"));
            metrics.Add(new MetricInfo(file.Name, "las", Math.Round(scores.Las, 2), "gold tokenization, predicted tags"));
            log.WriteLine($"{step}: {file.Name}: UAS {scores.Uas:F2} LAS {scores.Las:F2}");
        }

        return metrics;
    }
}
