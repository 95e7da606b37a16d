using System.Text;
using BenchmarkDotNet.Attributes;
using Parley.Core;
using Parley.Nlp.Segmentation;

namespace Parley.Benchmarks;

/// <summary>
/// Tokenizing and sentence splitting of a ~700-word news article (written for this benchmark).
/// Throughput in MB/s = <see cref="ArticleBytes"/> / mean time.
/// </summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private const string Paragraph =
        "SEOUL — South Korea's president said on Tuesday he would travel to Pyongyang next month for a third summit, " +
        "weeks after U.S. Secretary of State Mike Pompeo called off his own trip. “We can't wait for Washington,” " +
        "a senior official told reporters, adding that Mr. Moon's office had not ruled out a visit to Vietnam. " +
        "Japan's Prime Minister, Shinzo Abe, has also broken with the Trump administration on trade, according to " +
        "The Washington Post. The talks, which began in July, were \"existential\" for both sides, analysts said.\n\n";

    private readonly Pipeline _pipeline = Pipeline.Create([new Tokenizer(), new SentenceSplitter()]);
    private string _article = string.Empty;

    /// <summary>Size of the article in UTF-8 bytes.</summary>
    public static int ArticleBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder();
        while (builder.Length < 4_400)
        {
            builder.Append(Paragraph);
        }

        _article = builder.ToString();
        ArticleBytes = Encoding.UTF8.GetByteCount(_article);
    }

    [Benchmark]
    public int TokenizeAndSplit()
    {
        var document = new Document(_article);
        _pipeline.Process(document);
        return document.SentenceCount;
    }
}
