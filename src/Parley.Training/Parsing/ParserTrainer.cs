using Parley.Nlp.Parsing;
using Parley.Training.Perceptron;

namespace Parley.Training.Parsing;

/// <summary>
/// Trains the greedy arc-eager parser with the dynamic oracle and error exploration (Goldberg and Nivre 2012),
/// keeping the epoch with the best development LAS. The arc-eager oracle is exact only on projective trees, so
/// non-projective training trees (about 2% of UD English sentences) are either skipped or, with
/// <see cref="ParserTrainingOptions.LiftNonProjective"/>, made projective by lifting
/// (<see cref="ArcEagerOracle.Projectivize"/>). Deterministic for given inputs and options.
/// </summary>
public static class ParserTrainer
{
    /// <summary>
    /// Trains a parser. <paramref name="labels"/> are the label ids' names and must include <c>root</c> and <c>dep</c>.
    /// <paramref name="dev"/> (optional) picks the epoch; without it the last epoch is kept, so training for the epoch
    /// count a dev-selected run picked rebuilds that run's model exactly (used when dev is part of the training data).
    /// </summary>
    public static ParserModel Train(string[] labels, IReadOnlyList<ParseExample> train, IReadOnlyList<ParseExample>? dev, ParserTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        var projective = new List<ParseExample>(train.Count);
        var liftedSentences = 0;
        var liftedArcs = 0;
        foreach (var example in train)
        {
            if (ArcEagerOracle.IsProjective(example.Heads))
            {
                projective.Add(example);
                continue;
            }

            if (!options.LiftNonProjective)
            {
                continue;
            }

            var (heads, lifted) = ArcEagerOracle.Projectivize(example.Heads);
            liftedSentences++;
            liftedArcs += lifted;
            projective.Add(example with { Heads = heads });
        }

        log?.Invoke(options.LiftNonProjective
            ? $"parser: {train.Count} training sentences, {liftedSentences} made projective by lifting {liftedArcs} arcs; {labels.Length} labels"
            : $"parser: {projective.Count} of {train.Count} training sentences are projective and used; {labels.Length} labels");
        var rootLabel = Array.IndexOf(labels, "root");
        var state = new ArcEagerState(labels.Length, rootLabel);
        var perceptron = new AveragedPerceptron(state.MoveCount);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, projective.Count).ToArray();
        ParserModel? best = null;
        var bestScore = double.NegativeInfinity;
        var features = new ulong[ParserFeatures.MaxFeatures];
        var scores = new float[state.MoveCount];
        var costs = new int[state.MoveCount];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var explore = epoch >= options.ExploreFromEpoch;
            long moves = 0;
            long errors = 0;
            foreach (var index in order)
            {
                var example = projective[index];
                state.Reset(example.Words.Length - 1);
                while (!state.IsTerminal)
                {
                    var count = ParserFeatures.Extract(state, example.Words, example.Tags, features);
                    var f = features.AsSpan(0, count);
                    Array.Clear(scores);
                    perceptron.Score(f, scores);
                    ArcEagerOracle.Costs(state, example.Heads, example.Labels, costs);
                    var predicted = ParserModel.BestValid(state, scores);
                    var minCost = int.MaxValue;
                    foreach (var c in costs)
                    {
                        minCost = Math.Min(minCost, c);
                    }

                    var next = predicted;
                    if (costs[predicted] > minCost)
                    {
                        var gold = -1;
                        for (var m = 0; m < costs.Length; m++)
                        {
                            if (costs[m] == minCost && (gold < 0 || scores[m] > scores[gold]))
                            {
                                gold = m;
                            }
                        }

                        perceptron.Update(f, gold, predicted);
                        errors++;
                        if (!explore || random.NextDouble() >= options.ExploreProbability)
                        {
                            next = gold;
                        }
                    }
                    else
                    {
                        perceptron.Update(f, predicted, predicted);
                    }

                    moves++;
                    state.Apply(next);
                }
            }

            var model = new ParserModel(labels, perceptron.Average(options.Prune));
            var score = dev is null ? epoch : Evaluate(model, dev).Las;
            var devText = dev is null ? "no dev set" : $"dev LAS {score:F2}";
            log?.Invoke($"parser: epoch {epoch + 1}: {errors * 100.0 / Math.Max(1, moves):F2}% move errors, {devText}, {model.Weights.FeatureCount} features");
            if (score > bestScore)
            {
                bestScore = score;
                best = model;
            }
        }

        return best ?? new ParserModel(labels, perceptron.Average(options.Prune));
    }

    /// <summary>Unlabelled and labelled attachment scores (percent) of <paramref name="model"/> on examples.</summary>
    public static (double Uas, double Las) Evaluate(ParserModel model, IReadOnlyList<ParseExample> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        var state = model.CreateState();
        long total = 0;
        long uas = 0;
        long las = 0;
        foreach (var e in examples)
        {
            var heads = new int[e.Words.Length];
            var labels = new int[e.Words.Length];
            model.Parse(state, e.Words, e.Tags, heads, labels);
            for (var i = 1; i < heads.Length; i++)
            {
                total++;
                if (heads[i] == e.Heads[i])
                {
                    uas++;
                    if (Universal(model.Labels[labels[i]]).SequenceEqual(Universal(model.Labels[e.Labels[i]])))
                    {
                        las++;
                    }
                }
            }
        }

        return (uas * 100.0 / Math.Max(1, total), las * 100.0 / Math.Max(1, total));
    }

    private static ReadOnlySpan<char> Universal(string label)
    {
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? label : label.AsSpan(0, colon);
    }
}
