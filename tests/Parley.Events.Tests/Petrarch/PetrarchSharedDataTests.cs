using Parley.Events.Petrarch;
using Xunit.Abstractions;

namespace Parley.Events.Tests.Petrarch;

/// <summary>
/// Loads PETRARCH's real files from <c>../shared/petrarch</c> when the checkout has them next to it; on a
/// fresh clone without them each test says so and passes.
/// </summary>
public sealed class PetrarchSharedDataTests(ITestOutputHelper output)
{
    private static string? FindShared(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "shared", "petrarch", relative);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    [Fact]
    public void ImportsTheProductionVerbDictionary()
    {
        var path = FindShared(Path.Combine("dictionaries", "CAMEO.2.0.txt"));
        if (path is null)
        {
            output.WriteLine("Skipped: ../shared/petrarch/dictionaries/CAMEO.2.0.txt is not present next to the checkout.");
            return;
        }

        using (var strict = File.OpenRead(path))
        {
            var error = Assert.Throws<PetrarchFormatException>(() => PetrarchVerbDictionaryReader.Read(strict, "CAMEO.2.0.txt"));
            Assert.Matches(@"CAMEO\.2\.0\.txt:\d+: ", error.Message);
        }

        using var stream = File.OpenRead(path);
        var dictionary = PetrarchVerbDictionaryReader.Read(stream, "CAMEO.2.0.txt", skipMalformed: true);
        var patterns = PetrarchPatternConverter.Convert(dictionary);
        output.WriteLine($"{dictionary.Blocks.Count} blocks, {dictionary.VerbCount} verbs, {dictionary.PatternCount} patterns, {dictionary.SynonymSets.Count} synonym sets, {dictionary.Skipped.Count} malformed lines skipped, {patterns.Patterns.Count} event patterns");
        Assert.True(dictionary.Blocks.Count > 350);
        Assert.True(dictionary.PatternCount > 4000);
        Assert.True(dictionary.Skipped.Count < 20, string.Join("\n", dictionary.Skipped));
        Assert.NotEmpty(patterns.Find("meet", "met"));
    }

    [Fact]
    public void CodesTheValidationSuiteFromItsGoldParses()
    {
        var records = FindShared(Path.Combine("validation", "PETR_Validate_records_2_02.xml"));
        if (records is null)
        {
            output.WriteLine("Skipped: ../shared/petrarch/validation is not present next to the checkout.");
            return;
        }

        var folder = Path.GetDirectoryName(records)!;
        PetrarchValidationSuite suite;
        using (var reader = new StreamReader(records))
        {
            suite = PetrarchValidationReader.Read(reader, "records");
        }

        PetrarchPatternSet patterns;
        using (var verbs = File.OpenRead(Path.Combine(folder, suite.Files["Verbfile"])))
        {
            patterns = PetrarchPatternConverter.Convert(PetrarchVerbDictionaryReader.Read(verbs, "verbs", skipMalformed: true));
        }

        using var actors = new StreamReader(Path.Combine(folder, suite.Files["Actorfile"]));
        using var agents = new StreamReader(Path.Combine(folder, suite.Files["Agentfile"]));
        var coder = PetrarchCoder.Create(new PetrarchCoderOptions { Patterns = patterns, ResolveActor = PetrarchActors.Load([(actors, "actors")], [(agents, "agents")]) });

        var result = PetrarchValidationRunner.Run(suite, coder, PetrarchGoldParse.ToDocument);

        output.WriteLine($"evaluated {result.Evaluated}, passed {result.Passed} ({result.PassRate:P1}), P {result.Precision:P1} R {result.Recall:P1} F1 {result.F1:P1}");
        Assert.Equal(274, suite.Records.Count); // the README counts 275 with the header comment's mention of <Sentence>
        Assert.True(result.Evaluated > 200);
        Assert.True(result.PassRate > 0.6, $"pass rate {result.PassRate:P1}");
    }
}
