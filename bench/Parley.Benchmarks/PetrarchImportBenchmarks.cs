using BenchmarkDotNet.Attributes;
using Parley.Events.Petrarch;

namespace Parley.Benchmarks;

/// <summary>
/// Importing PETRARCH's production verb dictionary (<c>../shared/petrarch/dictionaries/CAMEO.2.0.txt</c>, found by
/// walking up from the working directory): reading it into a <see cref="PetrarchVerbDictionary"/> and converting it
/// to Parley event patterns. Target: under 3 s (PETRARCH2 takes about 3.5 s to load its dictionaries).
/// </summary>
[MemoryDiagnoser]
public class PetrarchImportBenchmarks
{
    private byte[] _dictionary = [];

    [GlobalSetup]
    public void Setup()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "shared", "petrarch", "dictionaries", "CAMEO.2.0.txt");
            if (File.Exists(path))
            {
                _dictionary = File.ReadAllBytes(path);
                return;
            }
        }

        throw new InvalidOperationException("PetrarchImportBenchmarks needs shared/petrarch/dictionaries/CAMEO.2.0.txt next to the checkout (../shared); run it from the checkout.");
    }

    [Benchmark]
    public int ReadVerbDictionary()
    {
        using var stream = new MemoryStream(_dictionary, writable: false);
        return PetrarchVerbDictionaryReader.Read(stream, "CAMEO.2.0.txt", skipMalformed: true).PatternCount;
    }

    [Benchmark]
    public int ReadAndConvert()
    {
        using var stream = new MemoryStream(_dictionary, writable: false);
        var dictionary = PetrarchVerbDictionaryReader.Read(stream, "CAMEO.2.0.txt", skipMalformed: true);
        return PetrarchPatternConverter.Convert(dictionary).Patterns.Count;
    }
}
