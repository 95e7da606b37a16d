using Parley.Cli;

namespace Parley.Store.Tests;

/// <summary>Runs the <c>parley</c> command line in-process, as <c>Program.RunAsync</c> does.</summary>
internal static class CliRunner
{
    public static int Run(TextWriter stdout, TextWriter stderr, params string[] args) =>
        Program.RunAsync(args, stdout, stderr, TextReader.Null).GetAwaiter().GetResult();

    /// <summary>Runs and captures: (exit code, stdout, stderr).</summary>
    public static (int Code, string Out, string Error) Capture(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Run(stdout, stderr, args);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
