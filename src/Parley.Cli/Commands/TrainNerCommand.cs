using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Parley.Core;
using Parley.Nlp.Models;
using Parley.Nlp.Ner;
using Parley.Nlp.Tagging;
using Parley.Training.Ner;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley train ner --train FILES --out DIR</c>: trains the named-entity recogniser from GUM CoNLL-U
/// (entity annotation, licence-cleared genres only) and Universal NER IOB2 files. Deterministic for a seed.
/// </summary>
internal static class TrainNerCommand
{
    public const string ModelName = "en-ner";

    public static Command Create(CliIO io)
    {
        var train = new Option<FileInfo[]>("--train") { Description = "Training files: GUM .conllu (entity annotation; filtered to the licence-cleared genres), Universal NER .iob2, and/or .txt files of sentences with [PER …]/[ORG …]/[LOC …] marks (one sentence per line, documents separated by a blank line).", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<FileInfo?>("--dev") { Description = "An IOB2 file scored after each epoch (for reporting only)." };
        var test = new Option<FileInfo[]>("--test") { Description = "IOB2 test files scored into the manifest.", AllowMultipleArgumentsPerToken = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory to write manifest.json and model.bin to.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights smaller than this in magnitude.", DefaultValueFactory = _ => 0.05f };
        var lexiconFiles = new Option<FileInfo[]>("--lexicon") { Description = "CoNLL-U files whose POS tags build the word-class lexicon (e.g. UD EWT train).", AllowMultipleArgumentsPerToken = true };
        var dump = new Option<FileInfo?>("--dump") { Description = "Also write the converted training sentences to this IOB2 file (to inspect the GUM conversion)." };
        var taggerDir = new Option<DirectoryInfo?>("--tagger") { Description = "A tagger model directory (e.g. models/en-tagger): its tags become NER features, as the pipeline runs the tagger before the recogniser." };
        var soup = new Option<int>("--soup") { Description = "Train this many perceptrons (seeds --seed, --seed + 1, …) and average their weights into one model.", DefaultValueFactory = _ => 1 };
        var command = new Command("ner", "Train the named-entity recogniser (PER, ORG, LOC).") { train, dev, test, output, epochs, seed, prune, lexiconFiles, dump, taggerDir, soup };
        command.SetAction(parse =>
        {
            if (parse.GetValue(soup) < 1)
            {
                throw new CliException($"--soup {parse.GetValue(soup)}: give the number of perceptrons to average, 1 or more.");
            }

            var options = new NerTrainingOptions(Epochs: parse.GetValue(epochs), Seed: parse.GetValue(seed), Prune: parse.GetValue(prune), Soup: parse.GetValue(soup));
            var gazetteer = Gazetteer.LoadDefault();
            var sentences = new List<NerSentence>();
            var corpora = new List<CorpusInfo>();
            foreach (var file in parse.GetValue(train)!)
            {
                var (read, info) = ReadTraining(file, gazetteer);
                sentences.AddRange(read);
                corpora.Add(info);
                io.Error.WriteLine($"ner: {file.Name}: {read.Count} sentences, {read.Sum(s => EntityTags.Spans(s.Tags).Count)} entities");
            }

            IPipe[]? components = parse.GetValue(taggerDir) is { } td ? [new Tagger(NlpModels.LoadTagger(td.FullName).Tagger)] : null;
            if (components != null)
            {
                sentences = NerPosAnnotator.Annotate(sentences, components);
            }

            if (parse.GetValue(dump) is { } dumpFile)
            {
                using var writer = new StreamWriter(dumpFile.FullName);
                Iob2Reader.Write(writer, sentences);
            }

            var devSentences = parse.GetValue(dev) is { } d ? EvalNerCommand.ReadGold(d.FullName) : null;
            if (devSentences != null && components != null)
            {
                devSentences = NerPosAnnotator.Annotate(devSentences, components);
            }
            var lexiconWords = new List<(string, bool)>();
            foreach (var file in parse.GetValue(lexiconFiles) ?? [])
            {
                var corpus = TrainCorpora.Read(file, filterGenres: true);
                foreach (var s in corpus.Sentences)
                {
                    foreach (var w in s.Words)
                    {
                        lexiconWords.Add((w.Form, w.Upos == "PROPN" || w.Xpos.StartsWith("NNP", StringComparison.Ordinal)));
                    }
                }

                corpora.Add(corpus.Info with { Note = (corpus.Info.Note is null ? string.Empty : corpus.Info.Note + "; ") + "word forms and POS tags only, for the word-class lexicon" });
            }

            var lexicon = NerLexicon.Build(lexiconWords);
            io.Error.WriteLine($"ner: lexicon of {lexicon.Count} words");
            var model = NerTrainer.Train(sentences, gazetteer, options, devSentences, io.Error.WriteLine, lexicon);
            var metrics = new List<MetricInfo>();
            foreach (var file in parse.GetValue(test) ?? [])
            {
                var testSentences = EvalNerCommand.ReadGold(file.FullName);
                var score = components is null ? NerTrainer.EvaluateDocuments(model, testSentences) : NerTrainer.EvaluateDocuments(model, NerPosAnnotator.Annotate(testSentences, components), components);
                metrics.Add(new MetricInfo(file.Name, "f1", Math.Round(score.Overall.F1, 2), "entity-level exact span and type, gold tokenization"));
                metrics.Add(new MetricInfo(file.Name, "p", Math.Round(score.Overall.Precision, 2), "entity-level exact span and type, gold tokenization"));
                metrics.Add(new MetricInfo(file.Name, "r", Math.Round(score.Overall.Recall, 2), "entity-level exact span and type, gold tokenization"));
                foreach (var (type, s) in score.ByType)
                {
                    metrics.Add(new MetricInfo(file.Name, "f1-" + type, Math.Round(s.F1, 2), "entity-level exact span and type, gold tokenization"));
                }

                io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ner: {file.Name}: P {score.Overall.Precision:F2} R {score.Overall.Recall:F2} F1 {score.Overall.F1:F2}"));
            }

            var blob = model.Save();
            var manifest = new ModelManifest
            {
                Name = ModelName,
                Kind = NerModel.Kind,
                Version = "1.0.0",
                FormatVersion = NerModel.FormatVersion,
                FeatureSetVersion = NerFeatures.Version,
                Labels = model.Labels.Labels,
                WeightsFile = ModelFiles.WeightsFileName,
                WeightsSha256 = ModelFiles.Sha256(blob),
                Corpora = corpora,
                Metrics = metrics,
                Training = new SortedDictionary<string, string>(StringComparer.Ordinal)
                {
                    ["epochs"] = options.Epochs.ToString(CultureInfo.InvariantCulture),
                    ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
                    ["soup"] = options.Soup == 1 ? "1 (a single perceptron)" : string.Create(CultureInfo.InvariantCulture, $"{options.Soup} perceptrons (seeds {options.Seed}–{options.Seed + options.Soup - 1}), weights averaged, then pruned"),
                    ["prune"] = options.Prune.ToString(CultureInfo.InvariantCulture),
                    ["decoder"] = "greedy BILOU, averaged perceptron",
                    ["gazetteer"] = "Parley's own lists (src/Parley.Nlp/Ner/Gazetteer)",
                    ["tagger"] = parse.GetValue(taggerDir) is { } tagged
                        ? $"{tagged.Name} (model.bin sha256 {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(tagged.FullName, ModelFiles.WeightsFileName))))}): Penn Treebank tags as features"
                        : "none",
                    ["features"] = model.Weights.FeatureCount.ToString(CultureInfo.InvariantCulture),
                    ["weights"] = model.Weights.WeightCount.ToString(CultureInfo.InvariantCulture),
                },
            };
            var outDir = parse.GetValue(output)!.FullName;
            NlpModels.Save(outDir, blob, manifest);
            io.Error.WriteLine($"ner: wrote {outDir} ({blob.Length / 1024} KiB)");
            return Program.Ok;
        });
        return command;
    }

    private static (List<NerSentence> Sentences, CorpusInfo Info) ReadTraining(FileInfo file, Gazetteer gazetteer)
    {
        if (!file.Exists)
        {
            throw new CliException($"training file '{file.FullName}' does not exist. Check the path (the corpora live in ../shared/corpora).");
        }

        if (file.Name.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase))
        {
            var corpus = TrainCorpora.Read(file, filterGenres: true);
            var sentences = corpus.Sentences.Select(s => GumNerReader.Convert(s, gazetteer)).ToList();
            var info = corpus.Info with
            {
                Note = (corpus.Info.Note is null ? string.Empty : corpus.Info.Note + "; ") + "named person/organization/place mentions of the Entity annotation",
            };
            return (sentences, info);
        }

        if (file.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            List<NerSentence> written;
            int misaligned;
            try
            {
                using var reader = new StreamReader(file.FullName);
                written = BracketNerReader.Read(reader, file.FullName, Path.GetFileNameWithoutExtension(file.Name), out misaligned);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot read training file '{file.FullName}': {e.Message}");
            }
            catch (Iob2FormatException e)
            {
                throw new CliException(e.Message);
            }

            var writtenSha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file.FullName)));
            var note = misaligned == 0 ? "sentences with [TYPE …] entity marks, tokenized by Parley" : $"sentences with [TYPE …] entity marks, tokenized by Parley; {misaligned} marks off token boundaries left untagged";
            return (written, new CorpusInfo("Parley NER sentences", file.Name, writtenSha, "written by the Parley team (CC BY-SA 4.0, with the models)", written.Count, note));
        }

        var gold = EvalNerCommand.ReadGold(file.FullName);
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file.FullName)));
        var name = file.Name.Contains("pud", StringComparison.OrdinalIgnoreCase) ? ("UNER_English-PUD", "CC BY-SA 3.0") : ("UNER_English-EWT", "CC BY-SA 4.0");
        return (gold, new CorpusInfo(name.Item1, file.Name, sha, name.Item2, gold.Count, null));
    }
}
