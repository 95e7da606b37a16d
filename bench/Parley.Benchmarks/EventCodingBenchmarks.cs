using BenchmarkDotNet.Attributes;
using Parley.Cli;
using Parley.Core;

namespace Parley.Benchmarks;

/// <summary>
/// Event coding alone, after parsing: the default engine's last component (the event coder, with the
/// built-in lexicon, ontology, actor knowledge base and gazetteer) over a parsed news article written for
/// the benchmarks. Sentences per second = <see cref="Sentences"/> / mean time.
/// </summary>
[MemoryDiagnoser]
public class EventCodingBenchmarks
{
    private const string Article =
        "SEOUL — South Korea's president said on Tuesday he would travel to Pyongyang next month for a third summit, " +
        "weeks after U.S. Secretary of State Mike Pompeo called off his own trip. Japan's Prime Minister, Shinzo Abe, " +
        "has also broken with the Trump administration on trade, according to The Washington Post. The two Koreas agreed " +
        "to hold talks in Panmunjom. China criticized the United States over new tariffs, and Russia accused Ukraine of " +
        "shelling a power plant. Police arrested dozens of opposition supporters in Caracas on Monday.\n\n";

    private IPipe _coder = null!;
    private Document _document = null!;

    /// <summary>Sentences in the parsed article.</summary>
    public static int Sentences { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var engine = Engine.Create(TaggingParsingBenchmarks.FindModels());
        _coder = engine.Pipeline.Components[^1];
        _document = new Document(string.Concat(Enumerable.Repeat(Article, 6)), new DocumentInfo { Published = "2018-08-29" });
        engine.Pipeline.Process(_document);
        Sentences = _document.SentenceCount;
        Console.WriteLine($"// sentences: {Sentences}, events: {_document.Events.Count}, coder: {_coder.Name}");
    }

    [Benchmark]
    public int CodeEvents()
    {
        _coder.Process(_document);
        return _document.Events.Count;
    }
}
