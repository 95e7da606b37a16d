using System.CommandLine;
using System.Globalization;
using Parley.Nlp.Models;
using Parley.Nlp.Parsing;
using Parley.Nlp.Perceptron;
using Parley.Training.Parsing;
using Parley.Training.Tagging;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley train average</c>: averages the weights of several parsers trained on the same data and labels with
/// different seeds (a "model soup"; the feature space is shared because features are hashed), optionally prunes
/// the mean, reports the development LAS of each input and of the mean, re-scores the test files and writes a
/// new model directory. Decoding costs the same as with one model.
/// </summary>
internal static class TrainAverageCommand
{
    public static Command Create(CliIO io)
    {
        var parserDirs = new Option<DirectoryInfo[]>("--parsers") { Description = "Parser model directories to average (same label set).", Required = true, AllowMultipleArgumentsPerToken = true };
        var taggerDir = new Option<DirectoryInfo>("--tagger") { Description = "Tagger model directory used to tag the dev and test files.", Required = true };
        var threshold = new Option<float>("--prune") { Description = "Drop averaged weights of at most this magnitude.", DefaultValueFactory = _ => 0f };
        var dev = new Option<FileInfo?>("--dev") { Description = "Development CoNLL-U file to report LAS of each input and of the average." };
        var test = new Option<FileInfo[]>("--test") { Description = "Test CoNLL-U files scored into the manifest.", AllowMultipleArgumentsPerToken = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory for the averaged model.", Required = true };
        var command = new Command("average", "Average the weights of parsers trained with different seeds into one model.") { parserDirs, taggerDir, threshold, dev, test, output };
        command.SetAction(parse =>
        {
            var sources = parse.GetValue(parserDirs)!.Select(d => d.FullName).ToArray();
            if (sources.Length < 2)
            {
                throw new CliException("Pass at least two parser directories to --parsers.");
            }

            var parsers = sources.Select(NlpModels.LoadParser).ToArray();
            var labels = parsers[0].Labels.ToArray();
            if (parsers.Any(p => !p.Labels.SequenceEqual(labels)))
            {
                throw new CliException("The parsers have different label sets; only parsers trained on the same data can be averaged.");
            }

            var manifests = sources.Select(ReadManifest).ToArray();
            if (manifests.Any(m => m.FeatureSetVersion != ParserFeatures.Version))
            {
                throw new CliException($"Every parser must use feature set {ParserFeatures.Version}.");
            }

            if (parsers.Any(p => p.BeamWidth != parsers[0].BeamWidth))
            {
                throw new CliException($"The parsers were trained with different beam widths ({string.Join(", ", parsers.Select(p => p.BeamWidth))}); average only parsers trained alike.");
            }

            var (tagger, lemmatizer) = NlpModels.LoadTagger(parse.GetValue(taggerDir)!.FullName);
            var at = parse.GetValue(threshold);
            var mean = PerceptronWeights.Average([.. parsers.Select(p => p.Weights)]);
            var averaged = new ParserModel(labels, at > 0 ? mean.Prune(at) : mean, parsers[0].BeamWidth);
            io.Error.WriteLine($"average: {parsers.Length} parsers, features {string.Join(" + ", parsers.Select(p => p.Weights.FeatureCount))} -> {mean.FeatureCount}, weights {mean.WeightCount} -> {averaged.Weights.WeightCount} after pruning at {at}");
            if (parse.GetValue(dev) is { } d)
            {
                var examples = TrainCorpora.Read(d, filterGenres: false).Sentences.Where(s => s.HasTree)
                    .Select(s => ParseExample.Create(s, TaggerTrainer.Predict(tagger, s), labels)).ToList();
                for (var i = 0; i < parsers.Length; i++)
                {
                    io.Error.WriteLine($"average: dev LAS {ParserTrainer.Evaluate(parsers[i], examples).Las:F2} ({sources[i]})");
                }

                io.Error.WriteLine($"average: dev LAS {ParserTrainer.Evaluate(averaged, examples).Las:F2} (average)");
            }

            var metrics = TrainParserCommand.ScoreTestFiles(tagger, lemmatizer, averaged, parse.GetValue(test) ?? [], io.Error, "average");

            var blob = ModelFiles.SaveParser(averaged);
            var training = MergeTraining([.. manifests.Select(m => m.Training)]);
            training["averagedModels"] = parsers.Length.ToString(CultureInfo.InvariantCulture);
            training["prune"] = at.ToString(CultureInfo.InvariantCulture);
            training["features"] = averaged.Weights.FeatureCount.ToString(CultureInfo.InvariantCulture);
            training["weights"] = averaged.Weights.WeightCount.ToString(CultureInfo.InvariantCulture);
            var manifest = manifests[0] with
            {
                WeightsSha256 = ModelFiles.Sha256(blob),
                Metrics = metrics.Count > 0 ? metrics : manifests[0].Metrics,
                Training = training,
            };
            var outDir = parse.GetValue(output)!.FullName;
            NlpModels.Save(outDir, blob, manifest);
            io.Error.WriteLine($"average: wrote {outDir} ({blob.Length / 1024} KiB)");
            return Program.Ok;
        });
        return command;
    }

    /// <summary>
    /// The training settings of the averaged model: a setting the parsers share keeps its value; one they differ in
    /// (the seed; the epochs when each seed ran its own count) lists each parser's value in order, "?" where a
    /// parser has none.
    /// </summary>
    internal static SortedDictionary<string, string> MergeTraining(IReadOnlyList<IReadOnlyDictionary<string, string>?> settings)
    {
        var merged = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in settings.SelectMany(s => s?.Keys ?? []).Distinct())
        {
            var values = settings.Select(s => s is not null && s.TryGetValue(key, out var v) ? v : "?").ToList();
            merged[key] = values.Distinct().Count() == 1 ? values[0] : string.Join(",", values);
        }

        return merged;
    }

    private static ModelManifest ReadManifest(string directory)
    {
        using var stream = File.OpenRead(Path.Combine(directory, ModelFiles.ManifestFileName));
        return ModelManifest.Read(stream, directory);
    }
}
