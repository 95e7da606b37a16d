using BenchmarkDotNet.Attributes;
using Parley.Events.Geo;
using Parley.Events.Lexicon;
using Parley.Events.Ontology;

namespace Parley.Benchmarks;

/// <summary>
/// Load times of the built-in data (target: each under 300 ms) and the cost of the hot lookups.
/// <c>dotnet run -c Release --project bench/Parley.Benchmarks -- --filter '*OntologyBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class OntologyBenchmarks
{
    private CameoOntology _ontology = null!;
    private EventLexicon _lexicon = null!;
    private Gazetteer _gazetteer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ontology = CameoOntology.LoadBuiltIn();
        _lexicon = EventLexicon.LoadBuiltIn(_ontology);
        _gazetteer = Gazetteer.LoadBuiltIn();
    }

    [Benchmark]
    public CameoOntology LoadOntology() => CameoOntology.LoadBuiltIn();

    /// <summary>The lexicon with every code checked against the ontology, as the coder loads it.</summary>
    [Benchmark]
    public EventLexicon LoadLexicon() => EventLexicon.LoadBuiltIn(_ontology);

    [Benchmark]
    public Gazetteer LoadGazetteer() => Gazetteer.LoadBuiltIn();

    /// <summary>Eight lookups of the kind the coder does per token: verb, noun, marker, place, code.</summary>
    [Benchmark]
    public int Lookups()
    {
        var n = _lexicon.VerbCandidates("meet").Count + _lexicon.VerbCandidates("hold").Count
            + _lexicon.NounCandidates("summit").Count + _lexicon.NounCandidates("strike").Count
            + _lexicon.MarkersFor(TriggerKind.Verb, "call").Count;
        n += _gazetteer.TryFind("Saigon", out _) ? 1 : 0;
        n += _gazetteer.TryFind("Vietnam", out _) ? 1 : 0;
        n += _ontology.TryGet("044", out _) ? 1 : 0;
        return n;
    }
}
