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
        if (options.BeamWidth > 1)
        {
            return TrainBeam(labels, rootLabel, projective, dev, options, log);
        }

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

            EndEpoch(labels, perceptron, 1, dev, options, epoch, $"{errors * 100.0 / Math.Max(1, moves):F2}% move errors", log, ref best, ref bestScore);
        }

        return best ?? new ParserModel(labels, perceptron.Average(options.Prune));
    }

    /// <summary>
    /// Trains a beam-search parser (Zhang and Nivre 2011) as a structured perceptron with max-violation updates
    /// (Huang, Fayong and Guo 2012): each sentence is decoded with the beam while the gold move sequence (the static
    /// arc-eager oracle: an arc when one is gold, else SHIFT unless it loses a gold arc, else REDUCE) is scored
    /// alongside; at the step where the beam's best configuration outscores the gold prefix by the most, the gold
    /// prefix's moves are rewarded and the best path's moves penalised, from the first move where they part.
    /// </summary>
    private static ParserModel TrainBeam(string[] labels, int rootLabel, List<ParseExample> train, IReadOnlyList<ParseExample>? dev, ParserTrainingOptions options, Action<string>? log)
    {
        var width = options.BeamWidth;
        var beam = new ArcEagerBeam(labels.Length, rootLabel, width);
        var gold = new ArcEagerState(labels.Length, rootLabel);
        var replay = new ArcEagerState(labels.Length, rootLabel);
        var perceptron = new AveragedPerceptron(gold.MoveCount);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var features = new ulong[ParserFeatures.MaxFeatures];
        var scores = new float[gold.MoveCount];
        var costs = new int[gold.MoveCount];
        // The gold move sequences depend only on the trees: made once, not every epoch.
        var goldSequences = train.Select(e => GoldMoves(e, gold, costs)).ToArray();
        ParserModel? best = null;
        var bestScore = double.NegativeInfinity;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var updates = 0;
            var goldLost = 0;
            foreach (var index in order)
            {
                var example = train[index];
                var n = example.Words.Length - 1;
                var goldMoves = goldSequences[index];
                beam.Start(n);
                gold.Reset(n);
                var goldScore = 0.0;
                var goldEntry = beam.EntryOf(0);
                var goldSteps = 0;
                var maxViolation = double.NegativeInfinity;
                var violationEntry = -1;
                var violationGoldSteps = 0;
                var lost = false;
                while (true)
                {
                    var moved = beam.Step(perceptron, example.Words, example.Tags);
                    var goldMove = ArcEagerBeam.Idle;
                    if (goldSteps < goldMoves.Count)
                    {
                        goldMove = goldMoves[goldSteps];
                        var count = ParserFeatures.Extract(gold, example.Words, example.Tags, features);
                        Array.Clear(scores);
                        perceptron.Score(features.AsSpan(0, count), scores);
                        goldScore += scores[goldMove];
                        gold.Apply(goldMove);
                        goldSteps++;
                    }

                    if (!moved && goldMove == ArcEagerBeam.Idle)
                    {
                        break;
                    }

                    var goldRank = -1;
                    if (goldEntry >= 0 && moved)
                    {
                        for (var r = 0; r < beam.Count; r++)
                        {
                            var e = beam.EntryOf(r);
                            if (beam.ParentOf(e) == goldEntry && beam.MoveOf(e) == goldMove)
                            {
                                goldRank = r;
                                break;
                            }
                        }
                    }

                    goldEntry = goldRank >= 0 ? beam.EntryOf(goldRank) : -1;
                    lost |= goldEntry < 0;
                    if (goldRank == 0)
                    {
                        continue;
                    }

                    var violation = beam.ScoreOf(0) - goldScore;
                    if (violation > maxViolation)
                    {
                        maxViolation = violation;
                        violationEntry = beam.EntryOf(0);
                        violationGoldSteps = goldSteps;
                    }
                }

                if (violationEntry >= 0)
                {
                    var predicted = beam.PathTo(violationEntry);
                    var common = 0;
                    while (common < predicted.Count && common < violationGoldSteps && predicted[common] == goldMoves[common])
                    {
                        common++;
                    }

                    Reward(perceptron, replay, example, predicted, common, -1f, features);
                    Reward(perceptron, replay, example, goldMoves.GetRange(0, violationGoldSteps), common, 1f, features);
                    updates++;
                }

                goldLost += lost ? 1 : 0;
                perceptron.Tick();
            }

            var progress = $"{updates * 100.0 / Math.Max(1, train.Count):F2}% of sentences updated, gold fell out of the beam in {goldLost * 100.0 / Math.Max(1, train.Count):F2}%";
            EndEpoch(labels, perceptron, width, dev, options, epoch, progress, log, ref best, ref bestScore);
        }

        return best ?? new ParserModel(labels, perceptron.Average(options.Prune), width);
    }

    // Averages the weights after an epoch, scores them on dev (without dev, a later epoch counts as better), logs the
    // epoch, and keeps the best model so far.
    private static void EndEpoch(string[] labels, AveragedPerceptron perceptron, int width, IReadOnlyList<ParseExample>? dev, ParserTrainingOptions options, int epoch, string progress, Action<string>? log, ref ParserModel? best, ref double bestScore)
    {
        var model = new ParserModel(labels, perceptron.Average(options.Prune), width);
        var score = dev is null ? epoch : Evaluate(model, dev).Las;
        var devText = dev is null ? "no dev set" : $"dev LAS {score:F2}";
        var beam = width > 1 ? $" (beam {width})" : "";
        log?.Invoke($"parser: epoch {epoch + 1}{beam}: {progress}, {devText}, {model.Weights.FeatureCount} features");
        if (score > bestScore)
        {
            bestScore = score;
            best = model;
        }
    }

    // Replays moves from the start of the sentence and adds delta to each move's features from move `from` on.
    private static void Reward(AveragedPerceptron perceptron, ArcEagerState state, ParseExample example, List<int> moves, int from, float delta, ulong[] features)
    {
        state.Reset(example.Words.Length - 1);
        for (var i = 0; i < moves.Count; i++)
        {
            if (i >= from)
            {
                var count = ParserFeatures.Extract(state, example.Words, example.Tags, features);
                perceptron.Add(features.AsSpan(0, count), moves[i], delta);
            }

            state.Apply(moves[i]);
        }
    }

    // The static oracle's move sequence for a projective gold tree: an arc when one is gold (zero cost), otherwise
    // SHIFT unless that loses a gold arc, otherwise REDUCE.
    private static List<int> GoldMoves(ParseExample example, ArcEagerState state, int[] costs)
    {
        var moves = new List<int>();
        state.Reset(example.Words.Length - 1);
        while (!state.IsTerminal)
        {
            ArcEagerOracle.Costs(state, example.Heads, example.Labels, costs);
            var move = -1;
            for (var m = 2; m < costs.Length && move < 0; m++)
            {
                if (costs[m] == 0)
                {
                    move = m;
                }
            }

            if (move < 0)
            {
                move = costs[ArcEagerState.Shift] == 0 ? ArcEagerState.Shift
                    : costs[ArcEagerState.Reduce] == 0 ? ArcEagerState.Reduce
                    : throw new InvalidOperationException("No zero-cost move: the gold tree is not projective.");
            }

            state.Apply(move);
            moves.Add(move);
        }

        return moves;
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
