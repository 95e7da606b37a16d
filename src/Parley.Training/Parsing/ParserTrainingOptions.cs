namespace Parley.Training.Parsing;

/// <summary>Settings of parser training.</summary>
/// <param name="Epochs">Passes over the training data.</param>
/// <param name="Seed">Seed of the shuffling and exploration random generator.</param>
/// <param name="ExploreFromEpoch">First epoch (0-based) that follows the model's own mistakes.</param>
/// <param name="ExploreProbability">Probability of following a wrong prediction once exploring.</param>
/// <param name="Prune">Averaged weights with a smaller magnitude are dropped.</param>
/// <param name="LiftNonProjective">Learn from non-projective training trees made projective by lifting, instead of skipping them.</param>
/// <param name="BeamWidth">1 trains the greedy parser with the dynamic oracle; more trains a beam-search parser of that width with global max-violation updates.</param>
public sealed record ParserTrainingOptions(int Epochs = 10, int Seed = 1, int ExploreFromEpoch = 1, double ExploreProbability = 0.9, float Prune = 0f, bool LiftNonProjective = false, int BeamWidth = 1);
