using System.Text;
using BenchmarkDotNet.Attributes;
using Parley.Core;
using Parley.Events.Citations;
using Parley.Events.Quotes;
using Parley.Events.Times;
using Parley.Nlp.Segmentation;

namespace Parley.Benchmarks;

/// <summary>
/// Quote, citation and time finding over about 1 MB of invented news text, already tokenized and split
/// (segmentation is measured elsewhere). Throughput = <see cref="TextLength"/> / mean time.
/// Run: <c>dotnet run -c Release --project bench/Parley.Benchmarks -- --filter '*QuotesCitationsTimes*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class QuotesCitationsTimesBenchmark
{
    private static readonly string[] Paragraphs =
    [
        "The ministry said on Wednesday that talks with its neighbour had stalled, according to The Washington Post. “We will not sign anything under pressure,” Foreign Minister Anna Berg told reporters in the capital. “Our position has not changed since July.”",
        "Maria Lopez, the director of a research centre in Madrid and a frequent critic of the government, expressed similar doubts. “I think the risk is real,” she said. “Nobody wants an election next spring, but nobody wants a frozen budget either.”",
        "Per the New York Times:",
        "The two delegations met in secret last week in Vietnam, officials said. A second meeting is planned for next month, and the envoy will travel to Geneva on Friday.",
        "A spokesman for South Korea said, “Now that the talks remain deadlocked, a summit will play an even bigger role.” State media reported that the leader had called the proposal “a trap.”",
        "When you look at the record, the pattern is clear. The war began decades ago, and a deal could come within weeks, or not at all. Yesterday the markets fell; tomorrow they may rise.",
    ];

    private Document _document = null!;

    /// <summary>Characters of text per invocation.</summary>
    public int TextLength { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder();
        var i = 0;
        while (builder.Length < 1_000_000)
        {
            builder.Append(Paragraphs[i++ % Paragraphs.Length]).Append("\n\n");
        }

        _document = new Document(builder.ToString(), new DocumentInfo { Published = "2018-08-29" });
        Pipeline.Create([new Tokenizer(), new SentenceSplitter()]).Process(_document);
        TextLength = _document.Text.Length;
        _ = OutletList.Default;
    }

    [Benchmark]
    public int Quotes() => QuoteFinder.Find(_document).Count;

    [Benchmark]
    public int Citations() => new CitationFinder().Find(_document).Count;

    [Benchmark]
    public int Times() => TimeTagger.Find(_document).Count;

    [Benchmark(Baseline = true)]
    public int All() => QuoteFinder.Find(_document).Count + new CitationFinder().Find(_document).Count + TimeTagger.Find(_document).Count;
}
