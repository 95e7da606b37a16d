using System.CommandLine;
using Parley.Cli.Commands;

namespace Parley.Cli;

/// <summary>The <c>parley</c> command line.</summary>
public static class Program
{
    /// <summary>Exit code: every document succeeded.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: some documents failed; the others were processed.</summary>
    public const int SomeFailed = 1;

    /// <summary>Exit code: the command line was wrong.</summary>
    public const int UsageError = 2;

    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error, Console.In);

    /// <summary>Runs the command line with explicit streams (used by tests).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var io = new CliIO(stdout, stderr, stdin);
        var root = new RootCommand("Parley: turn news into political event data — who did what to whom, when, where, according to whom, and who said what.");
        foreach (var command in Commands(io))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"parley: {error.Message}").ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Run 'parley --help' for usage.").ConfigureAwait(false);
            return UsageError;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config).ConfigureAwait(false);
        }
        catch (CliException e)
        {
            await stderr.WriteLineAsync($"parley: {e.Message}").ConfigureAwait(false);
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            // Files and data the user pointed at: say what went wrong, without a stack trace.
            await stderr.WriteLineAsync($"parley: {e.Message}").ConfigureAwait(false);
            return SomeFailed;
        }
    }

    private static IEnumerable<Command> Commands(CliIO io)
    {
        yield return CodeCommand.Create(io);
        yield return EvalCommand.Create(io);
        yield return TrainCommand.Create(io);
        yield return IngestCommand.Create(io);
        yield return EventsCommand.Create(io);
        yield return QuotesCommand.Create(io);
        yield return SearchCommand.Create(io);
        yield return DyadCommand.Create(io);
        yield return ServeCommand.Create(io);
    }
}
