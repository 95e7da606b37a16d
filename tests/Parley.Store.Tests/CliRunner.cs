using System.CommandLine;
using Parley.Cli;
using Parley.Cli.Commands;

namespace Parley.Store.Tests;

/// <summary>Runs the database commands the way <c>Program.RunAsync</c> does, until they are registered there.</summary>
internal static class CliRunner
{
    public static int Run(TextWriter stdout, TextWriter stderr, params string[] args)
    {
        var io = new CliIO(stdout, stderr, TextReader.Null);
        var root = new RootCommand("parley (store commands)")
        {
            IngestCommand.Create(io), EventsCommand.Create(io), QuotesCommand.Create(io), SearchCommand.Create(io), DyadCommand.Create(io),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"parley: {error.Message}");
            }

            return Program.UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            stderr.WriteLine($"parley: {e.Message}");
            return e.ExitCode;
        }
    }

    /// <summary>Runs and captures: (exit code, stdout, stderr).</summary>
    public static (int Code, string Out, string Error) Capture(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Run(stdout, stderr, args);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
