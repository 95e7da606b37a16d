using Parley.Nlp.Features;
using Parley.Nlp.Perceptron;
using Parley.Nlp.Tagging;
using Parley.Training.Conllu;
using Parley.Training.Perceptron;

namespace Parley.Training.Tagging;

/// <summary>
/// Trains the greedy averaged-perceptron tagger over joint <c>UPOS|XPOS</c> classes, keeping the epoch with the
/// best development UPOS accuracy. Deterministic for given inputs and options.
/// </summary>
public static class TaggerTrainer
{
    /// <summary>
    /// Trains a tagger on <paramref name="train"/>; <paramref name="dev"/> (optional) picks the epoch of each pass.
    /// Without it both passes keep their last epoch.
    /// </summary>
    public static TaggerModel Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence>? dev, TaggerTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        var labels = train.SelectMany(s => s.Words).Select(Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var classOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
        {
            classOf[labels[i]] = i;
        }

        var upos = labels.Select(l => l[..l.IndexOf('|', StringComparison.Ordinal)]).ToArray();
        var xpos = labels.Select(l => l[(l.IndexOf('|', StringComparison.Ordinal) + 1)..]).ToArray();
        var prepared = train.Select(Prepare).ToArray();
        var gold = train.Select(s => s.Words.Select(w => classOf[Label(w)]).ToArray()).ToArray();
        var dictionary = BuildDictionary(prepared, gold, labels.Length, options);
        var ambiguity = BuildAmbiguity(prepared, gold, options);
        var ambiguityOf = prepared.Select(words =>
        {
            var a = new ulong[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                a[i] = ambiguity.GetValueOrDefault(words[i].Norm);
            }

            return a;
        }).ToArray();
        var devPrepared = dev?.Select(Prepare).ToArray();
        var firstWeights = TrainWeights(prepared, gold, ambiguityOf, dictionary, null, labels.Length, options, "tagger", log, devPrepared is null
            ? null
            : w => Accuracy(new TaggerModel(upos, xpos, w, dictionary, ambiguity), devPrepared, dev!));
        var firstPass = new TaggerModel(upos, xpos, firstWeights, dictionary, ambiguity);
        if (!options.SecondPass)
        {
            return firstPass;
        }

        // The second pass learns from first-pass tags as noisy as at run time: each training sentence's
        // right-context tags come from a first-pass tagger trained on the other folds.
        var next = JackknifeClasses(train, classOf, options, log);
        var secondWeights = TrainWeights(prepared, gold, ambiguityOf, dictionary, next, labels.Length, options, "tagger pass 2", log, devPrepared is null
            ? null
            : w => Accuracy(new TaggerModel(upos, xpos, firstWeights, dictionary, ambiguity, w), devPrepared, dev!));
        return new TaggerModel(upos, xpos, firstWeights, dictionary, ambiguity, secondWeights);
    }

    private static PerceptronWeights TrainWeights(WordInfo[][] prepared, int[][] gold, ulong[][] ambiguityOf, Dictionary<ulong, int> dictionary, int[][]? next, int classCount, TaggerTrainingOptions options, string name, Action<string>? log, Func<PerceptronWeights, double>? evaluate)
    {
        var perceptron = new AveragedPerceptron(classCount);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, prepared.Length).ToArray();
        var features = new ulong[TaggerFeatures.MaxFeatures];
        var scores = new float[classCount];
        PerceptronWeights? best = null;
        var bestScore = double.NegativeInfinity;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long total = 0;
            long correct = 0;
            foreach (var index in order)
            {
                var words = prepared[index];
                var truth = gold[index];
                var p1 = TaggerFeatures.StartTag;
                var p2 = TaggerFeatures.StartTag;
                for (var i = 0; i < truth.Length; i++)
                {
                    if (!dictionary.TryGetValue(words[i + TaggerFeatures.Pad].Exact, out var guess))
                    {
                        int count;
                        if (next is null)
                        {
                            count = TaggerFeatures.Extract(words, ambiguityOf[index], i, p1, p2, features);
                        }
                        else
                        {
                            var r1 = i + 1 < truth.Length ? next[index][i + 1] : TaggerFeatures.StartTag;
                            var r2 = i + 2 < truth.Length ? next[index][i + 2] : TaggerFeatures.StartTag;
                            count = TaggerFeatures.ExtractSecondPass(words, ambiguityOf[index], i, p1, p2, r1, r2, features);
                        }

                        Array.Clear(scores);
                        perceptron.Score(features.AsSpan(0, count), scores);
                        guess = TaggerModel.ArgMax(scores);
                        perceptron.Update(features.AsSpan(0, count), truth[i], guess);
                    }

                    total++;
                    correct += guess == truth[i] ? 1 : 0;
                    p2 = p1;
                    p1 = guess;
                }
            }

            var weights = perceptron.Average(options.Prune);
            var score = evaluate is null ? epoch : evaluate(weights);
            var devText = evaluate is null ? "no dev set" : $"dev UPOS {score:F2}";
            log?.Invoke($"{name}: epoch {epoch + 1}: train accuracy {correct * 100.0 / Math.Max(1, total):F2}, {devText}, {weights.FeatureCount} features");
            if (score > bestScore)
            {
                bestScore = score;
                best = weights;
            }
        }

        return best ?? perceptron.Average(options.Prune);
    }

    /// <summary>First-pass class ids (in the full model's numbering) of every training word, each sentence tagged by a first-pass model trained on the other folds.</summary>
    private static int[][] JackknifeClasses(IReadOnlyList<ConlluSentence> train, Dictionary<string, int> classOf, TaggerTrainingOptions options, Action<string>? log)
    {
        var predicted = Jackknife(train, options.SecondPassFolds, options with { SecondPass = false }, log);
        return predicted.Select(words => words.Select(t => classOf[t.Upos + "|" + t.Xpos]).ToArray()).ToArray();
    }

    /// <summary>
    /// Tags every training sentence with a model trained on the other folds (jackknifing), so the parser
    /// learns from tags as noisy as it will see at run time. Returns predicted (UPOS, XPOS) per word.
    /// </summary>
    public static (string Upos, string Xpos)[][] Jackknife(IReadOnlyList<ConlluSentence> train, int folds, TaggerTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        var result = new (string, string)[train.Count][];
        for (var fold = 0; fold < folds; fold++)
        {
            var rest = new List<ConlluSentence>();
            var held = new List<int>();
            for (var i = 0; i < train.Count; i++)
            {
                if (i % folds == fold)
                {
                    held.Add(i);
                }
                else
                {
                    rest.Add(train[i]);
                }
            }

            var model = Train(rest, null, options, log);
            foreach (var i in held)
            {
                result[i] = Predict(model, train[i]);
            }

            log?.Invoke($"jackknife: fold {fold + 1} of {folds} tagged {held.Count} sentences");
        }

        return result;
    }

    /// <summary>Tags a gold-tokenized sentence.</summary>
    public static (string Upos, string Xpos)[] Predict(TaggerModel model, ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentence);
        var classes = new int[sentence.Words.Count];
        model.Tag(Prepare(sentence), classes);
        return classes.Select(c => (model.Upos[c], model.Xpos[c])).ToArray();
    }

    /// <summary>The word hashes of a gold-tokenized sentence, padded as the tagger expects.</summary>
    public static WordInfo[] Prepare(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = string.Join(' ', sentence.Words.Select(w => w.Form));
        var starts = new int[sentence.Words.Count];
        var ends = new int[sentence.Words.Count];
        var offset = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = offset;
            ends[i] = offset + sentence.Words[i].Form.Length;
            offset = ends[i] + 1;
        }

        var words = new WordInfo[starts.Length + (2 * TaggerFeatures.Pad)];
        TaggerFeatures.Prepare(text, starts, ends, words);
        return words;
    }

    private static string Label(ConlluWord w) => w.Upos + "|" + w.Xpos;

    private static double Accuracy(TaggerModel model, WordInfo[][] prepared, IReadOnlyList<ConlluSentence> gold)
    {
        long total = 0;
        long correct = 0;
        for (var s = 0; s < prepared.Length; s++)
        {
            var classes = new int[gold[s].Words.Count];
            model.Tag(prepared[s], classes);
            for (var i = 0; i < classes.Length; i++)
            {
                total++;
                correct += string.Equals(model.Upos[classes[i]], gold[s].Words[i].Upos, StringComparison.Ordinal) ? 1 : 0;
            }
        }

        return correct * 100.0 / Math.Max(1, total);
    }

    private static Dictionary<ulong, ulong> BuildAmbiguity(WordInfo[][] prepared, int[][] gold, TaggerTrainingOptions options)
    {
        var sets = new Dictionary<ulong, SortedSet<int>>();
        var counts = new Dictionary<ulong, int>();
        for (var s = 0; s < prepared.Length; s++)
        {
            for (var i = 0; i < gold[s].Length; i++)
            {
                var key = prepared[s][i + TaggerFeatures.Pad].Norm;
                if (!sets.TryGetValue(key, out var set))
                {
                    sets[key] = set = [];
                }

                set.Add(gold[s][i]);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var result = new Dictionary<ulong, ulong>();
        foreach (var key in sets.Keys.Order())
        {
            if (counts[key] >= options.AmbiguityMinCount)
            {
                var h = FeatureHash.Seed;
                foreach (var c in sets[key])
                {
                    h = FeatureHash.Add(h, (ulong)c);
                }

                result[key] = h;
            }
        }

        return result;
    }

    private static Dictionary<ulong, int> BuildDictionary(WordInfo[][] prepared, int[][] gold, int classCount, TaggerTrainingOptions options)
    {
        var counts = new Dictionary<ulong, int[]>();
        for (var s = 0; s < prepared.Length; s++)
        {
            for (var i = 0; i < gold[s].Length; i++)
            {
                var key = prepared[s][i + TaggerFeatures.Pad].Exact;
                if (!counts.TryGetValue(key, out var row))
                {
                    counts[key] = row = new int[classCount];
                }

                row[gold[s][i]]++;
            }
        }

        var dictionary = new Dictionary<ulong, int>();
        foreach (var key in counts.Keys.Order())
        {
            var row = counts[key];
            var sum = row.Sum();
            var best = Array.IndexOf(row, row.Max());
            if (sum >= options.DictionaryMinCount && row[best] >= options.DictionaryMinRatio * sum)
            {
                dictionary[key] = best;
            }
        }

        return dictionary;
    }
}
