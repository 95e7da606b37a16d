using Parley.Events.Actors;
using Xunit.Abstractions;

namespace Parley.Events.Tests.Actors;

public sealed class PetrarchImportTests(ITestOutputHelper output)
{
    // Invented dictionaries in PETRARCH's format (fictional countries and people).
    private const string Actors = """
        # a comment line
        <!-- a block comment
             spanning lines -->
        FREEDONIA_  [FRD]
        +FREEDONIAN_
        +FREEDONIANS  # trailing comment
        SYLVANIA [syl]
        RUFUS_T._FIREFLY_
        +PRESIDENT_FIREFLY
        +FIREFLY_
            [FRDELI <19330101]
            [FRDGOV 19330101-351231]
            [FRDELI]
        AMBASSADOR_TRENTINO
        TRENTINO_
            [SYLGOV >330601]
        THE_TWO_DUCHIES [FRD/SYL]
        PINKY_LEE
            [FRDGOV 9901-000101]
            [FRDMIL]
        """;

    private const string Agents = """
        !OFFICIAL! = MINISTER, SECRETARY
        SPY_CHIEF [~SPY]
        TROOPER {} [~MIL]
        HUMANITARIAN_BODY {HUMANITARIAN_BODIES} [NGO~]
        WAR_!OFFICIAL! [~GOV]
        ELECTION_MONITOR [~CVL]
        """;

    private static ActorKnowledgeBase Load()
    {
        var builder = ActorKnowledgeBase.CreateBuilder();
        builder.AddPetrarchActors(new StringReader(Actors), "test.actors.txt");
        builder.AddPetrarchAgents(new StringReader(Agents), "test.agents.txt");
        return builder.Build();
    }

    [Theory]
    [InlineData("Freedonia", null, "FRD")]
    [InlineData("the Freedonians", null, "FRD")]
    [InlineData("Sylvania", null, "SYL")]
    [InlineData("Rufus T. Firefly", "1932-06-01", "FRDELI")]
    [InlineData("President Firefly", "1934-06-01", "FRDGOV")]
    [InlineData("Firefly", "1936-01-01", "FRDELI")]
    [InlineData("Firefly", null, "FRDELI")]
    [InlineData("Trentino", "1933-06-01", "SYL")]
    [InlineData("Ambassador Trentino", "1933-06-02", "SYLGOV")]
    [InlineData("Freedonian spy chief", null, "FRDSPY")]
    [InlineData("Freedonian troopers", null, "FRD")]
    [InlineData("Freedonian trooper", null, "FRDMIL")]
    [InlineData("a Sylvanian humanitarian body", null, "---NGO")]
    [InlineData("Sylvania's humanitarian bodies", null, "NGOSYL")]
    [InlineData("Freedonian war ministers", null, "FRDGOV")]
    [InlineData("Freedonian war secretary", null, "FRDGOV")]
    [InlineData("election monitors from Sylvania", null, "SYLCVL")]
    public void Imported_dictionaries_resolve(string phrase, string? asOf, string expected)
    {
        var resolver = new ActorResolver(Load());
        DateOnly? day = asOf is null ? null : DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, resolver.Resolve(phrase, day).Code);
    }

    [Fact]
    public void Slash_codes_give_several_actors()
    {
        var result = new ActorResolver(Load()).Resolve("the two duchies", null);
        Assert.Equal(["FRD", "SYL"], result.Actors.Select(a => a.Code));
    }

    [Fact]
    public void Dates_with_six_digits_use_a_1930_pivot_and_restrictions_are_exclusive()
    {
        var entry = Assert.Single(Load().Find("Trentino"));
        var term = Assert.Single(entry.Terms);
        Assert.Equal(new DateOnly(1933, 6, 2), term.From);
        Assert.Null(term.To);
        Assert.Null(entry.DefaultCode);
    }

    [Fact]
    public void Bad_restrictions_become_warnings_naming_the_line()
    {
        var kb = Load();
        var warning = Assert.Single(kb.Warnings);
        Assert.StartsWith("test.actors.txt:19:", warning, StringComparison.Ordinal);
        Assert.Contains("9901", warning, StringComparison.Ordinal);
        Assert.Equal("FRDMIL", new ActorResolver(kb).Resolve("Pinky Lee", new DateOnly(1999, 6, 1)).Code);
    }

    [Fact]
    public void Built_in_names_win_over_imported_ones()
    {
        var builder = ActorKnowledgeBase.CreateBuilder().AddBuiltIn();
        builder.AddPetrarchActors(new StringReader("JAPAN_ [XXX]\nTOKYO_ [YYY]\nFREEDONIA_ [FRD]\n"), "clash.txt");
        var kb = builder.Build();
        var resolver = new ActorResolver(kb);
        Assert.Equal("JPN", resolver.Resolve("Japan", null).Code);
        Assert.Equal("FRD", resolver.Resolve("Freedonia", null).Code);
        Assert.Equal(2, kb.Warnings.Count);
    }

    [Fact]
    public void Real_petrarch_dictionaries_load_when_present()
    {
        var dir = SharedData.Find("petrarch");
        if (dir is null)
        {
            output.WriteLine("SKIPPED: ../shared/petrarch is not present (it is never committed); nothing to load.");
            return;
        }

        var builder = ActorKnowledgeBase.CreateBuilder();
        var actorFiles = new[] { "dictionaries/Phoenix.Countries.actors.txt", "dictionaries/Phoenix.International.actors.txt", "dictionaries/Phoenix.MilNonState.actors.txt" };
        foreach (var file in actorFiles)
        {
            using var reader = File.OpenText(Path.Combine(dir, file));
            builder.AddPetrarchActors(reader, Path.GetFileName(file));
        }

        using (var reader = File.OpenText(Path.Combine(dir, "dictionaries/Phoenix.agents.txt")))
        {
            builder.AddPetrarchAgents(reader, "Phoenix.agents.txt");
        }

        var kb = builder.Build();
        var stats = kb.GetStats();
        output.WriteLine($"Phoenix dictionaries: {stats.ImportedEntries} actor entries, {stats.SectorWords} agent phrases, {stats.Phrases} phrases, {kb.Warnings.Count} warnings");
        foreach (var w in kb.Warnings.Where(w => !w.Contains("already defined", StringComparison.Ordinal)).Take(20))
        {
            output.WriteLine(w);
        }

        Assert.True(stats.ImportedEntries > 10_000, $"only {stats.ImportedEntries} entries");
        Assert.True(stats.SectorWords > 1_000, $"only {stats.SectorWords} agent phrases");
        var resolver = new ActorResolver(kb);
        Assert.Equal("IGOUNO", resolver.Resolve("the United Nations", null).Code);
    }

    [Fact]
    public void Validation_suite_dictionaries_load_when_present()
    {
        var dir = SharedData.Find("petrarch");
        if (dir is null)
        {
            output.WriteLine("SKIPPED: ../shared/petrarch is not present (it is never committed); nothing to load.");
            return;
        }

        var builder = ActorKnowledgeBase.CreateBuilder();
        using (var reader = File.OpenText(Path.Combine(dir, "validation/PETR_Validate_actors_2_02.txt")))
        {
            builder.AddPetrarchActors(reader, "PETR_Validate_actors_2_02.txt");
        }

        using (var reader = File.OpenText(Path.Combine(dir, "validation/PETR_Validate_agents_2_02.txt")))
        {
            builder.AddPetrarchAgents(reader, "PETR_Validate_agents_2_02.txt");
        }

        var kb = builder.Build();
        var stats = kb.GetStats();
        output.WriteLine($"validation dictionaries: {stats.ImportedEntries} actor entries, {stats.SectorWords} agent phrases, {kb.Warnings.Count} warnings");
        Assert.True(stats.ImportedEntries > 50);
        Assert.True(stats.SectorWords > 50);
    }
}
