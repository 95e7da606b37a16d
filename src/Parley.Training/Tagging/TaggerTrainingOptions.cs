namespace Parley.Training.Tagging;

/// <summary>Settings of tagger training.</summary>
/// <param name="Epochs">Passes over the training data.</param>
/// <param name="Seed">Seed of the shuffling random generator.</param>
/// <param name="DictionaryMinCount">A word joins the tag dictionary after this many occurrences…</param>
/// <param name="DictionaryMinRatio">…if at least this share of them carried one tag.</param>
/// <param name="Prune">Averaged weights with a smaller magnitude are dropped.</param>
/// <param name="AmbiguityMinCount">A word's set of training tags becomes a feature after this many occurrences.</param>
/// <param name="SecondPass">Also train a second pass that sees the first pass's tags of the next two words.</param>
/// <param name="SecondPassFolds">Jackknifing folds for the first-pass tags the second pass learns from.</param>
public sealed record TaggerTrainingOptions(int Epochs = 8, int Seed = 1, int DictionaryMinCount = 20, double DictionaryMinRatio = 0.995, float Prune = 0f, int AmbiguityMinCount = 3, bool SecondPass = false, int SecondPassFolds = 4);
