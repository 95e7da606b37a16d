using BenchmarkDotNet.Running;

namespace Parley.Benchmarks;

/// <summary>
/// Runs Parley's benchmarks: <c>dotnet run -c Release --project bench/Parley.Benchmarks -- --filter '*'</c>.
/// Results are summarised in <c>docs/perf.md</c>; artifacts are never committed.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
