using System.CommandLine;
using System.Globalization;
using Parley.Nlp.Lemmatization;
using Parley.Nlp.Models;
using Parley.Nlp.Tagging;
using Parley.Training.Evaluation;
using Parley.Training.Tagging;

namespace Parley.Cli.Commands;

/// <summary><c>parley train tagger</c>: trains the POS tagger and lemmatizer from CoNLL-U.</summary>
internal static class TrainTaggerCommand
{
    public static Command Create(CliIO io)
    {
        var common = new TrainingOptionSet();
        var train = common.Train;
        var dev = common.Dev;
        var test = common.Test;
        var output = common.Out;
        var epochs = TrainingOptionSet.Epochs(8);
        var seed = common.Seed;
        var prune = common.Prune;
        var passes = new Option<int>("--passes") { Description = "1: greedy left to right; 2: a second pass also sees the first pass's tags of the next two words.", DefaultValueFactory = _ => 2 };
        passes.AcceptOnlyFromAmong("1", "2");
        var command = new Command("tagger", "Train the part-of-speech tagger and lemmatizer.") { train, dev, test, output, epochs, seed, prune, passes };
        command.SetAction(parse =>
        {
            var options = new TaggerTrainingOptions(Epochs: parse.GetValue(epochs), Seed: parse.GetValue(seed), Prune: parse.GetValue(prune), SecondPass: parse.GetValue(passes) == 2);
            var trainFiles = TrainCorpora.Read(parse.GetValue(train)!, filterGenres: true);
            var devFile = parse.GetValue(dev) is { } d ? TrainCorpora.Read(d, filterGenres: false) : null;
            var sentences = trainFiles.SelectMany(f => f.Sentences).ToList();
            io.Error.WriteLine($"tagger: {sentences.Count} training sentences, {sentences.Sum(s => s.Words.Count)} words");
            var tagger = TaggerTrainer.Train(sentences, devFile?.Sentences, options, io.Error.WriteLine);
            var lemmatizer = LemmatizerTrainer.Train(sentences);
            var metrics = new List<MetricInfo>();
            foreach (var file in TrainCorpora.Read(parse.GetValue(test) ?? [], filterGenres: false))
            {
                var scores = Score(tagger, lemmatizer, file.Sentences);
                metrics.Add(new MetricInfo(file.Name, "upos", Math.Round(scores.Upos, 2), "gold tokenization"));
                metrics.Add(new MetricInfo(file.Name, "xpos", Math.Round(scores.Xpos, 2), "gold tokenization"));
                metrics.Add(new MetricInfo(file.Name, "lemma", Math.Round(scores.Lemma, 2), "gold tokenization, predicted tags"));
                io.Error.WriteLine($"tagger: {file.Name}: UPOS {scores.Upos:F2} XPOS {scores.Xpos:F2} lemma {scores.Lemma:F2}");
            }

            var blob = ModelFiles.SaveTagger(tagger, lemmatizer);
            var manifest = new ModelManifest
            {
                Name = NlpModels.TaggerName,
                Kind = ModelFiles.TaggerKind,
                Version = "1.0.0",
                FormatVersion = ModelFiles.FormatVersion,
                FeatureSetVersion = TaggerFeatures.Version,
                Labels = ModelFiles.TaggerLabels(tagger),
                WeightsFile = ModelFiles.WeightsFileName,
                WeightsSha256 = ModelFiles.Sha256(blob),
                Corpora = trainFiles.Select(f => f.Info).ToList(),
                Metrics = metrics,
                Training = new SortedDictionary<string, string>(StringComparer.Ordinal)
                {
                    ["epochs"] = options.Epochs.ToString(CultureInfo.InvariantCulture),
                    ["passes"] = options.SecondPass ? "2" : "1",
                    ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
                    ["prune"] = options.Prune.ToString(CultureInfo.InvariantCulture),
                    ["dev"] = devFile?.Name ?? "none",
                    ["features"] = tagger.Weights.FeatureCount.ToString(CultureInfo.InvariantCulture),
                    ["weights"] = tagger.Weights.WeightCount.ToString(CultureInfo.InvariantCulture),
                    ["lemmaExceptions"] = lemmatizer.Exceptions.Count.ToString(CultureInfo.InvariantCulture),
                },
            };
            var outDir = parse.GetValue(output)!.FullName;
            NlpModels.Save(outDir, blob, manifest);
            io.Error.WriteLine($"tagger: wrote {outDir} ({blob.Length / 1024} KiB)");
            return Program.Ok;
        });
        return command;
    }

    public static UdScores Score(TaggerModel tagger, LemmatizerModel lemmatizer, IReadOnlyList<Training.Conllu.ConlluSentence> sentences) =>
        UdEvaluator.ScoreGoldTokenization(sentences, [new Tagger(tagger), new Lemmatizer(lemmatizer)]);
}
