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
/// Tagging, lemmatizing and parsing a ~780-word news article (written for this benchmark) with the shipped
/// models, after tokenizing and splitting it, with each shipped parser (<see cref="Parser"/>: the greedy
/// <c>en-parser</c>, or the beam-search <c>en-parser-beam</c> of <c>--parser accurate</c>). Tokens per second =
/// <see cref="Tokens"/> / mean time. Also the parser alone, and loading the tagger and that parser from disk.
/// </summary>
[MemoryDiagnoser]
public class TaggingParsingBenchmarks
{
    private const string Paragraph =
        "SEOUL — South Korea's president said on Tuesday he would travel to Pyongyang next month for a third summit, " +
        "weeks after U.S. Secretary of State Mike Pompeo called off his own trip. “We can't wait for Washington,” " +
        "a senior official told reporters, adding that Mr. Moon's office had not ruled out a visit to Vietnam. " +
        "Japan's Prime Minister, Shinzo Abe, has also broken with the Trump administration on trade, according to " +
        "The Washington Post. The talks, which began in July, were \"existential\" for both sides, analysts said.\n\n";

    private Pipeline _pipeline = null!;
    private DependencyParser _parser = null!;
    private Document _tagged = null!;
    private string _article = string.Empty;
    private string _models = string.Empty;

    /// <summary>The parser model directory under models/.</summary>
    [Params("en-parser", "en-parser-beam")]
    public string Parser { get; set; } = "en-parser";

    /// <summary>Tokens in the article.</summary>
    public static int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _models = FindModels();
        var (tagger, lemmatizer) = LoadTagger();
        var parser = LoadParser();
        _pipeline = Pipeline.Create([new Tokenizer(), new SentenceSplitter(), new Tagger(tagger), new Lemmatizer(lemmatizer), new DependencyParser(parser)]);
        var builder = new StringBuilder();
        while (builder.Length < 4_400)
        {
            builder.Append(Paragraph);
        }

        _article = builder.ToString();
        Tokens = _pipeline.Process(new Document(_article)).TokenCount;
        _parser = new DependencyParser(parser);
        _tagged = Pipeline.Create([new Tokenizer(), new SentenceSplitter(), new Tagger(tagger)]).Process(new Document(_article));
        Console.WriteLine($"// article tokens: {Tokens}");
    }

    [Benchmark]
    public int SegmentTagLemmatizeParse()
    {
        var document = new Document(_article);
        _pipeline.Process(document);
        return document.Heads!.Length;
    }

    /// <summary>The parser alone over the already tagged article (the rest of the first benchmark is segmentation, tagging and lemmas).</summary>
    [Benchmark]
    public int ParseOnly()
    {
        _parser.Process(_tagged);
        return _tagged.Heads!.Length;
    }

    [Benchmark]
    public int LoadModels()
    {
        var (tagger, _) = LoadTagger();
        return tagger.Upos.Count + LoadParser().Labels.Count;
    }

    private (TaggerModel, LemmatizerModel) LoadTagger()
    {
        using var manifest = File.OpenRead(Path.Combine(_models, "en-tagger", ModelFiles.ManifestFileName));
        using var weights = File.OpenRead(Path.Combine(_models, "en-tagger", ModelFiles.WeightsFileName));
        return ModelFiles.LoadTagger(manifest, weights);
    }

    private ParserModel LoadParser()
    {
        using var manifest = File.OpenRead(Path.Combine(_models, Parser, ModelFiles.ManifestFileName));
        using var weights = File.OpenRead(Path.Combine(_models, Parser, ModelFiles.WeightsFileName));
        return ModelFiles.LoadParser(manifest, weights);
    }

    // BenchmarkDotNet runs from a generated folder; walk up until the repository's models/ appears.
    internal static string FindModels()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", "en-tagger", ModelFiles.ManifestFileName);
            if (File.Exists(candidate))
            {
                return Path.Combine(dir.FullName, "models");
            }
        }

        throw new InvalidOperationException("models/en-tagger not found above " + AppContext.BaseDirectory);
    }
}
