using Parley.Nlp.Ner;
using Parley.Training.Perceptron;

namespace Parley.Training.Ner;

/// <summary>
/// Trains a <see cref="NerModel"/> with the averaged perceptron over greedy BILOU decoding
/// (<see cref="NerDecoder"/>, the same loop that runs at inference). Deterministic for a given seed.
/// </summary>
public static class NerTrainer
{
    /// <summary>Trains a model.</summary>
    /// <param name="sentences">Gold sentences (IOB2 or BILOU tags).</param>
    /// <param name="gazetteer">The gazetteer the features read.</param>
    /// <param name="options">Settings.</param>
    /// <param name="dev">Optional sentences scored after each epoch (reported through <paramref name="log"/>).</param>
    /// <param name="log">Progress messages.</param>
    /// <param name="lexicon">Optional word-class lexicon the features read.</param>
    public static NerModel Train(IReadOnlyList<NerSentence> sentences, Gazetteer gazetteer, NerTrainingOptions options, IReadOnlyList<NerSentence>? dev = null, Action<string>? log = null, NerLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(options);
        var labels = new NerLabelSet(options.Types ?? NerTrainingOptions.DefaultTypes);
        var features = new NerFeatures(gazetteer, lexicon);
        var prepared = new List<(NerSentenceContext Context, int[] Gold)>(sentences.Count);
        foreach (var sentence in sentences)
        {
            if (sentence.Tokens.Count == 0)
            {
                continue;
            }

            prepared.Add((features.Prepare(sentence.Tokens), GoldClasses(sentence, labels)));
        }

        var perceptron = new AveragedPerceptron(labels.Count);
        var order = Enumerable.Range(0, prepared.Count).ToArray();
        var random = new Random(options.Seed);
        var output = new int[prepared.Count == 0 ? 0 : prepared.Max(p => p.Gold.Length)];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var correct = 0;
            var total = 0;
            foreach (var index in order)
            {
                var (context, gold) = prepared[index];
                var guess = output.AsSpan(0, gold.Length);
                NerDecoder.Decode(context, labels, perceptron.Score, guess, gold, (f, truth, g) => perceptron.Update(f, truth, g));
                for (var i = 0; i < gold.Length; i++)
                {
                    correct += guess[i] == gold[i] ? 1 : 0;
                }

                total += gold.Length;
            }

            var message = $"ner: epoch {epoch}: token accuracy {100.0 * correct / Math.Max(1, total):F2}";
            if (dev is { Count: > 0 })
            {
                var model = new NerModel(labels, perceptron.Average(options.Prune), features);
                message += $", dev F1 {Evaluate(model, dev).Overall.F1:F2}";
            }

            log?.Invoke(message);
        }

        return new NerModel(labels, perceptron.Average(options.Prune), features);
    }

    /// <summary>Scores a model on gold sentences (gold tokenization).</summary>
    public static NerScore Evaluate(NerModel model, IReadOnlyList<NerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentences);
        var gold = new List<IReadOnlyList<string>>(sentences.Count);
        var system = new List<IReadOnlyList<string>>(sentences.Count);
        foreach (var sentence in sentences)
        {
            gold.Add(sentence.Tags);
            system.Add(EntityTags.ToIob2(model.Predict(sentence.Tokens), sentence.Tokens.Count));
        }

        return NerScore.Compute(gold, system);
    }

    private static int[] GoldClasses(NerSentence sentence, NerLabelSet labels)
    {
        var spans = EntityTags.Spans(sentence.Tags).Where(s => labels.Types.Contains(s.Type));
        var bilou = EntityTags.ToBilou(spans, sentence.Tokens.Count);
        var classes = new int[bilou.Length];
        for (var i = 0; i < bilou.Length; i++)
        {
            classes[i] = Math.Max(0, labels.IndexOf(bilou[i]));
        }

        return classes;
    }
}
