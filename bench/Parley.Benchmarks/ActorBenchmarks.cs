using BenchmarkDotNet.Attributes;
using Parley.Events.Actors;

namespace Parley.Benchmarks;

/// <summary>
/// Actor knowledge base: load time of the built-in data and of PETRARCH's Phoenix country dictionary
/// (when <c>../shared</c> is present), and phrase resolutions per second.
/// <c>dotnet run -c Release --project bench/Parley.Benchmarks -- --filter '*ActorBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class ActorBenchmarks
{
    private static readonly string[] Phrases =
    [
        "a top Japanese intelligence official, Shigeru Kitamura",
        "senior U.S. officials",
        "South Korean President Moon Jae-in",
        "the Trump administration",
        "Kim Song Hye, a senior North Korean official in charge of reunification",
        "Secretary of State Mike Pompeo",
        "Japan's Prime Minister, Shinzo Abe",
        "Tokyo",
        "a former North Korea nuclear negotiator",
        "North and South Korea",
    ];

    private static readonly DateOnly AsOf = new(2018, 8, 29);

    private ActorResolver _resolver = null!;
    private string? _phoenix;

    [GlobalSetup]
    public void Setup()
    {
        _resolver = new ActorResolver(ActorKnowledgeBase.LoadBuiltIn());
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "petrarch", "dictionaries", "Phoenix.Countries.actors.txt");
            if (File.Exists(candidate))
            {
                _phoenix = candidate;
                break;
            }
        }
    }

    /// <summary>Parse and compile the embedded data files.</summary>
    [Benchmark]
    public ActorKnowledgeBase LoadBuiltIn() => ActorKnowledgeBase.LoadBuiltIn();

    /// <summary>Import Phoenix.Countries.actors.txt (54k lines); returns null when ../shared is absent.</summary>
    [Benchmark]
    public ActorKnowledgeBase? ImportPhoenixCountries()
    {
        if (_phoenix is null)
        {
            return null;
        }

        using var reader = File.OpenText(_phoenix);
        return ActorKnowledgeBase.CreateBuilder().AddPetrarchActors(reader, "Phoenix.Countries.actors.txt").Build();
    }

    /// <summary>Resolve ten typical phrases (divide the time by ten for one resolution).</summary>
    [Benchmark(OperationsPerInvoke = 10)]
    public int ResolveTenPhrases()
    {
        var n = 0;
        foreach (var phrase in Phrases)
        {
            n += _resolver.Resolve(phrase, AsOf).Actors.Count;
        }

        return n;
    }
}
