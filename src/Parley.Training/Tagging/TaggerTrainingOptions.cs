namespace Parley.Training.Tagging;

/// <summary>Settings of tagger training.</summary>
/// <param name="Epochs">Passes over the training data.</param>
/// <param name="Seed">Seed of the shuffling random generator.</param>
/// <param name="DictionaryMinCount">A word joins the tag dictionary after this many occurrences…</param>
/// <param name="DictionaryMinRatio">…if at least this share of them carried one tag.</param>
/// <param name="Prune">Averaged weights with a smaller magnitude are dropped.</param>
public sealed record TaggerTrainingOptions(int Epochs = 8, int Seed = 1, int DictionaryMinCount = 20, double DictionaryMinRatio = 0.995, float Prune = 0f);
