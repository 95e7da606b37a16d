using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Parley.Core;
using Parley.Ingest;
using Parley.Ingest.Cleaning;
using Parley.Nlp.Segmentation;

namespace Parley.Benchmarks;

/// <summary>
/// Page-furniture cleaning of a ~700-word scraped article (written for this benchmark, furniture included), alone,
/// through the whole plain-text reader, and followed by tokenizing and sentence splitting. The MB/s column is the
/// article's UTF-8 size divided by the mean time, on one core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class CleaningBenchmarks
{
    private const string Header =
        "Home > World > Europe\n" +
        "Baltic States Press NATO for Permanent Air Defence After Drone Incursions\n" +
        "Baltic States Press NATO for Permanent Air Defence After Drone Incursions\n" +
        "By Ilse Mertens\nPublished October 2, 2025\nShare this article: Facebook Twitter Email\n\n" +
        "Photo: Tomas Lind/Getty Images\n\n";

    private const string Body =
        "VILNIUS (Reuters) — Lithuania, Latvia and Estonia asked NATO on Wednesday to station permanent air defence " +
        "systems on their territory after a series of drone incursions from Belarus last month, according to a joint " +
        "letter seen by Reuters.\n\n" +
        "“We cannot defend our skies with borrowed batteries and goodwill,” Lithuanian Defence Minister Rasa Vaitkute " +
        "told reporters in Vilnius. “What we need is a permanent presence, and we need it before winter.”\n\n" +
        "The request comes weeks after Poland shot down two drones over its eastern border, the first time a NATO " +
        "member had engaged aircraft over its own territory since the war in Ukraine began. Warsaw said the drones " +
        "had been launched from Belarus; Minsk denied it.\n\n" +
        "Related: Poland scrambles jets as drones cross border\n\n" +
        "NATO Secretary General Mark Rutte said on Tuesday that the alliance would “look carefully” at the request, " +
        "but diplomats in Brussels said Germany and France had doubts about the cost. A German government spokesman " +
        "said Berlin was “open to discussion” and would decide with its allies.\n\n" +
        "Russia's foreign ministry called the plan a provocation. Spokeswoman Maria Zakharova told state television " +
        "that Moscow would “take the necessary measures” if NATO moved new weapons closer to its borders.\n\n" +
        "Advertisement\n\n" +
        "The Baltic states have spent more than 3% of their economic output on defence since last year, according to " +
        "NATO figures, and have asked the European Union to fund a “drone wall” along their eastern borders. The " +
        "European Commission said last month it would present a proposal before the end of the year.\n\n";

    private const string Footer =
        "Sign up for our Europe Briefing newsletter\n\n" +
        "Ilse Mertens is a staff writer for The Northern Ledger. Follow her on Twitter at @imertens.\n\n" +
        "Share Tweet Submit Pin\n";

    private static readonly string Article = Header + Body + Body.Replace("VILNIUS (Reuters) — ", "", StringComparison.Ordinal) + Footer;

    private readonly Pipeline _pipeline = Pipeline.Create([new Tokenizer(), new SentenceSplitter()]);
    private readonly DocumentReader _reader = DocumentReader.Create();

    /// <summary>Size of the article in UTF-8 bytes, for the MB/s column (computed in the host process too).</summary>
    public static int ArticleBytes { get; } = Encoding.UTF8.GetByteCount(Article);

    /// <summary>Number of words in the article.</summary>
    public static int ArticleWords { get; } = Article.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [Benchmark(Baseline = true)]
    public int Clean() => Cleaner.Clean(Article).Text.Length;

    [Benchmark]
    public int ReadPlainText() => _reader.ReadPlainText("bench.txt", Article).Document!.Text.Length;

    [Benchmark]
    public int CleanTokenizeSplit()
    {
        var document = _reader.ReadPlainText("bench.txt", Article).Document!;
        _pipeline.Process(document);
        return document.SentenceCount;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    private sealed class ThroughputColumn : IColumn
    {
        public string Id => "Throughput";

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "UTF-8 megabytes (10^6 bytes) of article cleaned per second on one core";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (ArticleBytes / (mean.Value / 1e9) / 1e6).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
