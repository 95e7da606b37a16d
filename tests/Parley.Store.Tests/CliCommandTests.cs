using Parley.Core.Records;
using static Parley.Store.Tests.Records;

namespace Parley.Store.Tests;

/// <summary>The ingest, events, quotes, search and dyad commands on a SQLite file.</summary>
public sealed class CliCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("cli.db");

    [Fact]
    public void Ingest_reports_each_bad_document_and_carries_on()
    {
        var articles = Directory.CreateDirectory(_folder.File("articles")).FullName;
        File.WriteAllText(Path.Combine(articles, "a.txt"), "Japanese and North Korean officials met in Hanoi in July.");
        File.WriteAllText(Path.Combine(articles, "b.txt"), "   ");
        File.WriteAllText(Path.Combine(articles, "c.txt"), "The foreign minister declined to comment on the meeting.");

        var (code, output, error) = CliRunner.Capture("ingest", articles, _folder.File("missing.txt"), "--db", Db, "--published", "2018-08-29");
        Assert.Equal(1, code);
        Assert.Equal("ingested 2, skipped 0 already stored, failed 2\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("b.txt: the document is empty", error, StringComparison.Ordinal);
        Assert.Contains("missing.txt: no such file", error, StringComparison.Ordinal);

        (code, output, _) = CliRunner.Capture("ingest", articles, "--db", Db);
        Assert.Equal(1, code);
        Assert.StartsWith("ingested 0, skipped 2 already stored, failed 1", output, StringComparison.Ordinal);

        (code, output, _) = CliRunner.Capture("ingest", "--recode", "--db", Db);
        Assert.Equal(0, code);
        Assert.StartsWith("ingested 0, re-coded 2, skipped 0 already stored, failed 0", output, StringComparison.Ordinal);

        (code, output, _) = CliRunner.Capture("search", "Hanoi", "--db", Db);
        Assert.Equal(0, code);
        Assert.Contains("2018-08-29", output, StringComparison.Ordinal);
        Assert.Contains("[Hanoi]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_ingest_then_events_quotes_and_dyad()
    {
        var jsonl = _folder.File("records.jsonl");
        File.WriteAllLines(jsonl,
        [
            RecordJson.ToJson(Numbered(1, "2018-07-20", "A", new Ev("JPNGOV", "PRKGOV", "044", "2018-07-15", "VNM")), false),
            RecordJson.ToJson(Numbered(2, "2018-07-21", "B", new Ev("JPNGOV", "PRKGOV", "043", "2018-07-16", "VNM"), new Ev("USAGOV", "PRKGOV", "111", "2018-07-20", Goldstein: -2, Quad: 3)), false),
            "{ not json",
        ]);

        var (code, output, error) = CliRunner.Capture("ingest", jsonl, "--records", "--db", Db);
        Assert.Equal(1, code);
        Assert.StartsWith("ingested 2, skipped 0 already stored, failed 1", output, StringComparison.Ordinal);
        Assert.Contains("records.jsonl:3: not a Parley JSON record", error, StringComparison.Ordinal);

        (code, output, _) = CliRunner.Capture("events", "--db", Db);
        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("date", lines[0], StringComparison.Ordinal);
        Assert.Contains("0.75", lines[1], StringComparison.Ordinal);

        (_, output, _) = CliRunner.Capture("events", "--db", Db, "--dyad", "USA:PRK", "--format", "gdelt");
        Assert.Equal(61, output.TrimEnd('\n').Split('\t').Length);
        (_, output, _) = CliRunner.Capture("events", "--db", Db, "--root", "04", "--format", "csv");
        Assert.Equal(2, output.TrimEnd().Split('\n').Length);
        (_, output, _) = CliRunner.Capture("events", "--db", Db, "--actor", "USA", "--from", "2018-07-20", "--to", "2018-07", "--format", "plover");
        Assert.Single(output.TrimEnd().Split('\n'));

        (code, output, _) = CliRunner.Capture("quotes", "--db", Db, "--speaker", "Kono");
        Assert.Equal(0, code);
        Assert.Equal(3, output.TrimEnd().Split('\n').Length);

        var png = _folder.File("dyad.png");
        (code, output, _) = CliRunner.Capture("dyad", "JPN", "PRK", "--db", Db, "--by", "week", "--plot", png);
        Assert.Equal(0, code);
        Assert.Contains("2018-07-09  1", output, StringComparison.Ordinal);
        Assert.True(new FileInfo(png).Length > 1000);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]);
    }

    [Fact]
    public void Usage_mistakes_exit_2_with_a_message()
    {
        Assert.Equal(2, CliRunner.Capture("ingest", "--db", Db).Code);
        Assert.Contains("does not exist", CliRunner.Capture("events", "--db", _folder.File("none.db")).Error, StringComparison.Ordinal);

        var notDb = _folder.File("notes.txt");
        File.WriteAllText(notDb, new string('z', 4096));
        var (code, _, error) = CliRunner.Capture("events", "--db", notDb);
        Assert.Equal(2, code);
        Assert.Contains("is not a Parley database", error, StringComparison.Ordinal);

        CliRunner.Capture("ingest", "--records", "--db", Db, WriteRecord(Numbered(1, "2018-07-20", "A")));
        Assert.Contains("--dyad JPN is not a dyad", CliRunner.Capture("events", "--db", Db, "--dyad", "JPN").Error, StringComparison.Ordinal);
        Assert.Contains("--from 2018-13 is not a date", CliRunner.Capture("events", "--db", Db, "--from", "2018-13").Error, StringComparison.Ordinal);
        var search = CliRunner.Capture("search", "\"unbalanced", "--db", Db);
        Assert.Equal(2, search.Code);
        Assert.Contains("not valid full-text syntax", search.Error, StringComparison.Ordinal);
    }

    private string WriteRecord(DocumentRecord record)
    {
        var path = _folder.File(record.Document.Id + ".json");
        File.WriteAllText(path, RecordJson.ToJson(record, indented: true));
        return path;
    }

    public void Dispose() => _folder.Dispose();
}
