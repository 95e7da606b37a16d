using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval …</c>: accuracy evaluations against gold data.</summary>
internal static class EvalCommand
{
    public static Command Create(CliIO io)
    {
        var eval = new Command("eval", "Score Parley against gold data (segmentation, UD parsing, NER, events, quotes, times).");
        eval.Subcommands.Add(EvalSegmentCommand.Create(io));
        eval.Subcommands.Add(EvalCameoCommand.Create(io));
        eval.Subcommands.Add(EvalUdCommand.Create(io));
        eval.Subcommands.Add(EvalQuotesCommand.Create(io));
        eval.Subcommands.Add(EvalTimesCommand.Create(io));
        eval.Subcommands.Add(EvalPetrarchCommand.Create(io));
        eval.Subcommands.Add(EvalNerCommand.Create(io));
        return eval;
    }
}
