using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary><c>parley train …</c>: train Parley's own models.</summary>
internal static class TrainCommand
{
    public static Command Create(CliIO io)
    {
        var train = new Command("train", "Train Parley's models (tagger, parser, recogniser) from annotated corpora.");
        train.Subcommands.Add(TrainTaggerCommand.Create(io));
        train.Subcommands.Add(TrainParserCommand.Create(io));
        train.Subcommands.Add(TrainNerCommand.Create(io));
        train.Subcommands.Add(TrainPruneCommand.Create(io));
        train.Subcommands.Add(TrainAverageCommand.Create(io));
        return train;
    }
}
