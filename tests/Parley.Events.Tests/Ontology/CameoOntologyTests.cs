using System.Globalization;
using System.Text;
using Parley.Events.Ontology;
using Xunit.Abstractions;

namespace Parley.Events.Tests.Ontology;

public sealed class CameoOntologyTests(ITestOutputHelper output)
{
    private static readonly CameoOntology Ontology = CameoOntology.LoadBuiltIn();

    private static CameoOntology FromText(string text) =>
        CameoOntology.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.tsv");

    [Fact]
    public void Built_in_ontology_has_every_GDELT_code_and_twenty_roots()
    {
        Assert.Equal(311, Ontology.Count);
        Assert.Equal(20, Ontology.Roots.Count);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i.ToString("00", CultureInfo.InvariantCulture)), Ontology.Roots.Select(r => r.Code));
    }

    [Theory]
    [InlineData("042", "Make a visit", "04", QuadClass.VerbalCooperation, 1.9, PloverEvent.Consult, "visit")]
    [InlineData("044", "Meet at a third location", "04", QuadClass.VerbalCooperation, 2.5, PloverEvent.Consult, "third-party")]
    [InlineData("041", "Discuss by telephone", "04", QuadClass.VerbalCooperation, 1.0, PloverEvent.Consult, "phone")]
    [InlineData("0841", "Return, release person(s)", "08", QuadClass.MaterialCooperation, 7.0, PloverEvent.Retreat, "release")]
    [InlineData("163", "Impose embargo, boycott, or sanctions", "16", QuadClass.MaterialConflict, -8.0, PloverEvent.Sanction, "discontinue")]
    [InlineData("111", "Criticize or denounce", "11", QuadClass.VerbalConflict, -2.0, PloverEvent.Accuse, "disapprove")]
    [InlineData("195", "Employ aerial weapons, not specified below", "19", QuadClass.MaterialConflict, -10.0, PloverEvent.Assault, "aerial")]
    public void Codes_carry_name_root_quad_goldstein_and_plover(
        string code, string name, string root, QuadClass quad, double goldstein, PloverEvent plover, string mode)
    {
        Assert.True(Ontology.TryGet(code, out var c));
        Assert.Equal(name, c.Name);
        Assert.Equal(root, c.Root);
        Assert.Equal(quad, c.QuadClass);
        Assert.Equal(goldstein, c.Goldstein);
        Assert.Equal(plover, c.Plover);
        Assert.Equal(mode, c.PloverMode);
    }

    [Theory]
    [InlineData("016", -2.0)]
    [InlineData("022", 3.2)]
    [InlineData("164", -7.0)]
    [InlineData("165", -6.5)]
    public void Goldstein_follows_GDELT_where_GDELT_and_ICEWS_disagree(string code, double gdelt) =>
        Assert.Equal(gdelt, Ontology.Goldstein(code));

    [Fact]
    public void Quad_class_follows_the_root()
    {
        foreach (var c in Ontology.Codes)
        {
            var root = int.Parse(c.Root, CultureInfo.InvariantCulture);
            var expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            Assert.Equal(expected, (int)c.QuadClass);
        }
    }

    [Fact]
    public void Hierarchy_lookups_work()
    {
        Assert.Equal(["0841", "0842"], Ontology.ChildrenOf("084").Select(c => c.Code));
        Assert.Contains(Ontology.ChildrenOf("08"), c => c.Code == "087");
        Assert.Equal("084", Ontology.Get("0841").Parent);
        Assert.Null(Ontology.Get("08").Parent);
        Assert.Equal(8, Ontology.InRoot("04").Count()); // 04 and 040–046
        Assert.All(Ontology.InQuadClass(QuadClass.MaterialConflict), c => Assert.True(c.Goldstein < 0));
        Assert.All(Ontology.WithPlover(PloverEvent.Consult), c => Assert.Equal("04", c.Root));
        Assert.Contains(Ontology.WithGoldstein(10, 10), c => c.Code == "0874");
        Assert.False(Ontology.Contains("999"));
        Assert.Null(Ontology.Goldstein("999"));
        var error = Assert.Throws<KeyNotFoundException>(() => Ontology.Get("42"));
        Assert.Contains("leading zeros", error.Message);
    }

    [Fact]
    public void Every_code_maps_to_a_PLOVER_event_except_plain_statements()
    {
        var unmapped = Ontology.Codes.Where(c => c.Plover == PloverEvent.None).Select(c => c.Code).ToArray();
        Assert.All(unmapped, code => Assert.Equal("01", code[..2]));
        Assert.Equal("CONSULT", PloverEvent.Consult.Name());
    }

    [Fact]
    public void Describe_gives_the_coder_its_code_info()
    {
        var info = Ontology.Describe("044");
        Assert.NotNull(info);
        Assert.Equal("CONSULT", info.PloverEvent);
        Assert.Equal("third-party", info.PloverMode);
        Assert.Equal(1, info.QuadClass);
        Assert.Null(Ontology.Describe("999"));
    }

    [Theory]
    [InlineData("01\tMake public statement\t01\t1\t0.0\t-\t-\n", "test.tsv:1: expected 8 tab-separated fields")]
    [InlineData("01\tX\t01\t1\t0.0\t-\t-\t-\n042\tMake a visit\t04\t1\t1.9\tCONSULT\tvisit\t-\n", "test.tsv:2: code 042 appears before its parent 04")]
    [InlineData("01\tX\t01\t1\t0.0\t-\t-\t-\n01\tX\t01\t1\t0.0\t-\t-\t-\n", "test.tsv:2: code 01 is listed twice")]
    [InlineData("# comment\n01\tX\t01\t1\tzero\t-\t-\t-\n", "test.tsv:2: Goldstein value 'zero'")]
    [InlineData("04\tConsult\t04\t2\t1.0\tCONSULT\t-\t-\n", "test.tsv:1: quad column says 2 but root 04 is in quad class 1")]
    [InlineData("04\tConsult\t04\t1\t1.0\tMEET\t-\t-\n", "test.tsv:1: 'MEET' is not a PLOVER event")]
    [InlineData("21\tX\t21\t4\t0.0\t-\t-\t-\n", "test.tsv:1: code 21 has root 21")]
    [InlineData("4\tX\t4\t1\t0.0\t-\t-\t-\n", "test.tsv:1: '4' is not a CAMEO code")]
    [InlineData("", "has no codes")]
    public void Malformed_files_are_reported_with_their_line(string text, string expected)
    {
        var error = Assert.Throws<DataFormatException>(() => FromText(text));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Every_GDELT_code_in_shared_exists_with_the_same_Goldstein_value()
    {
        if (SharedData.Root is not { } shared)
        {
            output.WriteLine("Skipped: ../shared is absent, so the GDELT tables cannot be compared.");
            return;
        }

        var codes = ReadTable(Path.Combine(shared, "ontology", "cameo", "CAMEO.eventcodes.txt"));
        var scale = ReadTable(Path.Combine(shared, "ontology", "cameo", "CAMEO.goldsteinscale.txt"));
        Assert.True(codes.Count > 300, "CAMEO.eventcodes.txt looks truncated");
        foreach (var code in codes.Keys)
        {
            Assert.True(Ontology.TryGet(code, out var ours), $"code {code} is missing from data/ontology/cameo.tsv");
            Assert.True(scale.ContainsKey(code), $"{code} has no Goldstein value in GDELT's table");
            Assert.Equal(double.Parse(scale[code], CultureInfo.InvariantCulture), ours.Goldstein);
        }

        Assert.Equal(codes.Count, Ontology.Count);
    }

    private static Dictionary<string, string> ReadTable(string path) =>
        File.ReadLines(path).Skip(1)
            .Select(l => l.Split('\t'))
            .Where(f => f.Length >= 2 && f[0].Length > 0)
            .ToDictionary(f => f[0].Trim(), f => f[1].Trim());
}
