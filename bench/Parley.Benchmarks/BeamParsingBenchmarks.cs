using System.Text;
using BenchmarkDotNet.Attributes;
using Parley.Core;
using Parley.Nlp.Models;
using Parley.Nlp.Parsing;
using Parley.Nlp.Segmentation;
using Parley.Nlp.Tagging;

namespace Parley.Benchmarks;

/// <summary>
/// The parser alone over the tagged 972-token article of <see cref="TaggingParsingBenchmarks"/>, decoded with a beam
/// of <see cref="Width"/> configurations (the shipped parser's weights, whatever width it was trained for).
/// </summary>
[MemoryDiagnoser]
public class BeamParsingBenchmarks
{
    private DependencyParser _parser = null!;
    private Document _tagged = null!;

    /// <summary>Beam width.</summary>
    [Params(1, 4, 8)]
    public int Width { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var models = TaggingParsingBenchmarks.FindModels();
        TaggerModel tagger;
        using (var manifest = File.OpenRead(Path.Combine(models, "en-tagger", ModelFiles.ManifestFileName)))
        using (var weights = File.OpenRead(Path.Combine(models, "en-tagger", ModelFiles.WeightsFileName)))
        {
            (tagger, _) = ModelFiles.LoadTagger(manifest, weights);
        }

        using (var manifest = File.OpenRead(Path.Combine(models, "en-parser", ModelFiles.ManifestFileName)))
        using (var weights = File.OpenRead(Path.Combine(models, "en-parser", ModelFiles.WeightsFileName)))
        {
            _parser = new DependencyParser(ModelFiles.LoadParser(manifest, weights).WithBeam(Width));
        }

        var builder = new StringBuilder();
        while (builder.Length < 4_400)
        {
            builder.Append(TaggingParsingBenchmarks.Paragraph);
        }

        _tagged = Pipeline.Create([new Tokenizer(), new SentenceSplitter(), new Tagger(tagger)]).Process(new Document(builder.ToString()));
    }

    [Benchmark]
    public int Parse()
    {
        _parser.Process(_tagged);
        return _tagged.Heads!.Length;
    }
}
