using System.Text;
using BenchmarkDotNet.Attributes;
using Parley.Core;
using Parley.Events.Coreference;
using Parley.Nlp.Models;
using Parley.Nlp.Ner;
using Parley.Nlp.Segmentation;
using Parley.Nlp.Tagging;

namespace Parley.Benchmarks;

/// <summary>
/// Named-entity recognition plus coreference over an already tokenized ~1,000-token news article (written
/// for this benchmark) that Parley's tagger has already tagged (the recogniser reads its tags; tagging is not
/// timed here), with the shipped models/en-ner and models/en-tagger. Tokens per second = <see cref="Tokens"/> / mean time.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private const string Paragraph =
        "SEOUL — South Korean President Moon Jae-in said on Tuesday he would travel to Pyongyang next month, " +
        "weeks after U.S. Secretary of State Mike Pompeo called off his own trip. “We can't wait for Washington,” " +
        "a senior official told reporters, adding that Mr. Moon's office had not ruled out a visit to Vietnam. " +
        "Japan's Prime Minister, Shinzo Abe, has also broken with the Trump administration on trade, according to " +
        "The Washington Post. Helena Marsh, a former diplomat at the United Nations, said she doubted the plan. " +
        "The ministry in Tokyo declined to comment, and the company said its plant in Osaka would stay open.\n\n";

    private Document _document = new(string.Empty);
    private EntityRecognizer _recognizer = null!;
    private CoreferenceResolver _coreference = null!;

    /// <summary>Number of tokens in the article.</summary>
    public static int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root != null && !File.Exists(Path.Combine(root.FullName, "Parley.slnx")))
        {
            root = root.Parent;
        }

        var model = Path.Combine(root?.FullName ?? ".", "models", "en-ner");
        using (var manifest = File.OpenRead(Path.Combine(model, "manifest.json")))
        using (var weights = File.OpenRead(Path.Combine(model, "model.bin")))
        {
            _recognizer = new EntityRecognizer(NerModel.Load(manifest, weights, Gazetteer.LoadDefault(), model));
        }

        var taggerDirectory = Path.Combine(root?.FullName ?? ".", "models", "en-tagger");
        TaggerModel tagger;
        using (var manifest = File.OpenRead(Path.Combine(taggerDirectory, "manifest.json")))
        using (var weights = File.OpenRead(Path.Combine(taggerDirectory, "model.bin")))
        {
            tagger = ModelFiles.LoadTagger(manifest, weights, taggerDirectory).Tagger;
        }

        _coreference = new CoreferenceResolver(Gazetteer.LoadDefault());
        var builder = new StringBuilder();
        while (builder.Length < 5_000)
        {
            builder.Append(Paragraph);
        }

        _document = new Document(builder.ToString());
        Pipeline.Create([new Tokenizer(), new SentenceSplitter(), new Tagger(tagger)]).Process(_document);
        Tokens = _document.TokenCount;
    }

    [Benchmark]
    public int RecogniseAndResolve()
    {
        _recognizer.Process(_document);
        _coreference.Process(_document);
        return _document.Mentions.Count;
    }
}
