using System.Text.Json;
using System.Text.Json.Nodes;

namespace Parley.Cli.Tests;

/// <summary>
/// Snapshot tests: the record of every article in <c>samples/</c> (written by the team) must match its
/// snapshot in <c>tests/Parley.Cli.Tests/Snapshots/</c>. After an intended change (a new model, a
/// lexicon edit), regenerate with <c>PARLEY_UPDATE_SNAPSHOTS=1 dotnet test</c> and review the diff.
/// </summary>
public sealed class SnapshotTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "samples")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_record_matches_its_snapshot(string sample)
    {
        var (exit, output, error) = await CliRunner.RunAsync(["code", Path.Combine(Root, "samples", sample), "--format", "jsonl"]);
        Assert.True(exit == 0, error);

        var records = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => Normalise(JsonNode.Parse(line)!)).ToList();
        var actual = new JsonArray([.. records]).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        var snapshot = Path.Combine(Root, "tests", "Parley.Cli.Tests", "Snapshots", sample + ".json");
        if (Environment.GetEnvironmentVariable("PARLEY_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(snapshot)!);
            await File.WriteAllTextAsync(snapshot, actual);
        }

        Assert.True(File.Exists(snapshot), $"no snapshot for {sample}; run PARLEY_UPDATE_SNAPSHOTS=1 dotnet test and review it");
        Assert.Equal(await File.ReadAllTextAsync(snapshot), actual);

        // Whatever the snapshot says, offsets must point into the text.
        foreach (var record in records)
        {
            var length = record["document"]!["text"]!.GetValue<string>().Length;
            foreach (var sentence in record["sentences"]!.AsArray())
            {
                Assert.InRange(sentence!["end"]!.GetValue<int>(), 1, length);
            }
        }
    }

    /// <summary>The path is where the sample lives on this machine; keep only its file name.</summary>
    private static JsonNode Normalise(JsonNode record)
    {
        var path = record["document"]!["path"];
        if (path is not null)
        {
            record["document"]!["path"] = Path.GetFileName(path.GetValue<string>());
        }

        return record;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Parley.slnx not found above the test directory.");
    }
}
