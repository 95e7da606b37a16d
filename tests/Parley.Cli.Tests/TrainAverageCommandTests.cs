using Parley.Cli.Commands;

namespace Parley.Cli.Tests;

public sealed class TrainAverageCommandTests
{
    [Fact]
    public void MergeTraining_KeepsSharedSettingsAndListsTheOnesThatDiffer()
    {
        var merged = TrainAverageCommand.MergeTraining(
        [
            new Dictionary<string, string> { ["seed"] = "1", ["epochs"] = "12", ["prune"] = "0.05" },
            new Dictionary<string, string> { ["seed"] = "2", ["epochs"] = "10", ["prune"] = "0.05" },
            new Dictionary<string, string> { ["seed"] = "3", ["epochs"] = "7", ["prune"] = "0.05", ["note"] = "x" },
        ]);
        Assert.Equal("1,2,3", merged["seed"]);
        Assert.Equal("12,10,7", merged["epochs"]);
        Assert.Equal("0.05", merged["prune"]);
        Assert.Equal("?,?,x", merged["note"]);
    }
}
