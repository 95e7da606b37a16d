using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary>The options every <c>parley train</c> model command shares: corpora in, model directory out, seed, pruning.</summary>
internal sealed class TrainingOptionSet
{
    public Option<FileInfo[]> Train { get; } = new("--train") { Description = "Training CoNLL-U files (GUM is filtered to the licence-cleared genres).", Required = true, AllowMultipleArgumentsPerToken = true };

    public Option<FileInfo?> Dev { get; } = new("--dev") { Description = "Development CoNLL-U file used to pick the best epoch. Without it every epoch runs and the last is kept (how the shipped models, trained on train + dev, are made)." };

    public Option<FileInfo[]> Test { get; } = new("--test") { Description = "Test CoNLL-U files scored into the manifest.", AllowMultipleArgumentsPerToken = true };

    public Option<DirectoryInfo> Out { get; } = new("--out") { Description = "Directory to write manifest.json and model.bin to.", Required = true };

    public Option<int> Seed { get; } = new("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };

    public Option<float> Prune { get; } = new("--prune") { Description = "Drop averaged weights of at most this magnitude (smaller model).", DefaultValueFactory = _ => 0f };

    /// <summary>An <c>--epochs</c> option with the command's own default.</summary>
    public static Option<int> Epochs(int defaultValue) => new("--epochs") { Description = "Training epochs.", DefaultValueFactory = _ => defaultValue };
}
