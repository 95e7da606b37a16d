namespace Parley.Training.Ner;

/// <summary>Settings of NER training.</summary>
/// <param name="Epochs">Passes over the training data.</param>
/// <param name="Seed">Seed of the shuffling random generator (training is deterministic for a seed).</param>
/// <param name="Prune">Averaged weights with a smaller magnitude are dropped (keeps the model compact).</param>
/// <param name="Types">Entity types learned, in label order; tags of other types are read as O.</param>
/// <param name="Soup">How many perceptrons (seeds <paramref name="Seed"/>, <paramref name="Seed"/> + 1, …) are trained and averaged into the model; 1 trains a single one.</param>
public sealed record NerTrainingOptions(int Epochs = 10, int Seed = 1, float Prune = 0.05f, IReadOnlyList<string>? Types = null, int Soup = 1)
{
    /// <summary>The default entity types: PER, ORG, LOC.</summary>
    public static IReadOnlyList<string> DefaultTypes { get; } = ["PER", "ORG", "LOC"];
}
