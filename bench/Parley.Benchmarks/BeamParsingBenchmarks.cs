using System.Text;
using BenchmarkDotNet.Attributes;
using Parley.Core;
using Parley.Nlp.Lemmatization;
using Parley.Nlp.Models;
using Parley.Nlp.Parsing;
using Parley.Nlp.Segmentation;
using Parley.Nlp.Tagging;

namespace Parley.Benchmarks;

/// <summary>
/// The 972-token article of <see cref="TaggingParsingBenchmarks"/> with each shipped parser (<see cref="Model"/>:
/// the greedy <c>en-parser</c> or the beam-search <c>en-parser-beam</c>, decoded with the width it was trained for):
/// the whole of segmenting, tagging, lemmatizing and parsing, and the parser alone over the tagged article.
/// </summary>
[MemoryDiagnoser]
public class BeamParsingBenchmarks
{
    private DependencyParser _parser = null!;
    private Document _tagged = null!;
    private Pipeline _pipeline = null!;
    private string _article = string.Empty;

    /// <summary>The parser model directory under models/.</summary>
    [Params("en-parser", "en-parser-beam")]
    public string Model { get; set; } = "en-parser";

    [GlobalSetup]
    public void Setup()
    {
        var models = TaggingParsingBenchmarks.FindModels();
        TaggerModel tagger;
        LemmatizerModel lemmatizer;
        using (var manifest = File.OpenRead(Path.Combine(models, "en-tagger", ModelFiles.ManifestFileName)))
        using (var weights = File.OpenRead(Path.Combine(models, "en-tagger", ModelFiles.WeightsFileName)))
        {
            (tagger, lemmatizer) = ModelFiles.LoadTagger(manifest, weights);
        }

        using (var manifest = File.OpenRead(Path.Combine(models, Model, ModelFiles.ManifestFileName)))
        using (var weights = File.OpenRead(Path.Combine(models, Model, ModelFiles.WeightsFileName)))
        {
            _parser = new DependencyParser(ModelFiles.LoadParser(manifest, weights));
        }

        var builder = new StringBuilder();
        while (builder.Length < 4_400)
        {
            builder.Append(TaggingParsingBenchmarks.Paragraph);
        }

        _article = builder.ToString();
        _tagged = Pipeline.Create([new Tokenizer(), new SentenceSplitter(), new Tagger(tagger)]).Process(new Document(_article));
        _pipeline = Pipeline.Create([new Tokenizer(), new SentenceSplitter(), new Tagger(tagger), new Lemmatizer(lemmatizer), _parser]);
    }

    [Benchmark]
    public int SegmentTagLemmatizeParse()
    {
        var document = new Document(_article);
        _pipeline.Process(document);
        return document.Heads!.Length;
    }

    [Benchmark]
    public int ParseOnly()
    {
        _parser.Process(_tagged);
        return _tagged.Heads!.Length;
    }
}
