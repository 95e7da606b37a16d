namespace Parley.Store.Tests;

/// <summary>
/// Entry point of the test assembly when it is started as a child process
/// (<c>dotnet Parley.Store.Tests.dll parley ingest …</c>): runs the store commands like the
/// <c>parley</c> CLI, so a test can kill a real ingest at a random moment. The test runner never calls it.
/// </summary>
public static class TestProgram
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] != "parley")
        {
            Console.Error.WriteLine("usage: Parley.Store.Tests parley COMMAND …");
            return 2;
        }

        return CliRunner.Run(Console.Out, Console.Error, args[1..]);
    }
}
