using System.Text.Json;

namespace Parley.Cli.Tests;

public sealed class EvalPetrarchCommandTests
{
    // A validation suite and dictionaries written for this test (invented countries), in PETRARCH's formats.
    private const string Records = """
        <?xml version='1.0' encoding='utf-8'?>
        <Validation>
        <Environment>
            <Verbfile>test_verbs.txt</Verbfile>
            <Actorfile>test_actors.txt</Actorfile>
            <Agentfile>test_agents.txt</Agentfile>
            <Include>DEMO</Include>
        </Environment>
        <Sentences>
        <Sentence category="DEMO" date="20180829" id="T-01" evaluate="true">
        <EventCoding eventcode="042" sourcecode="ABC" targetcode="XYZ" />
        <EventCoding eventcode="043" sourcecode="XYZ" targetcode="ABC" />
        <PLEvent source=ABC target=XYZ >
        <Text>Abcland arrived in Xyzia.</Text>
        <Parse>
        1	Abcland	Abcland	PROPN	NNP	_	2	nsubj	_	_
        2	arrived	arrive	VERB	VBD	_	0	root	_	_
        3	in	in	ADP	IN	_	4	case	_	_
        4	Xyzia	Xyzia	PROPN	NNP	_	2	nmod	_	_
        5	.	.	PUNCT	.	_	2	punct	_	_
        </Parse></Sentence>
        </Sentences>
        </Validation>
        """;

    [Fact]
    public async Task Scores_a_suite_on_its_gold_parses_as_json()
    {
        using var dir = new CliRunner.TempDir();
        var records = dir.File("records.xml", Records);
        dir.File("test_verbs.txt", "--- ARRIVE [042:043] ---\nARRIVE\n");
        dir.File("test_actors.txt", "ABCLAND [ABC]\nXYZIA [XYZ]\n");
        dir.File("test_agents.txt", "GOVERNMENT [~GOV]\n");

        var (exit, output, error) = await CliRunner.RunAsync(["eval", "petrarch", "--records", records, "--dictionaries", dir.Path, "--gold-parse", "--json"]);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("evaluated").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("passed").GetInt32());
        Assert.Equal(1.0, json.RootElement.GetProperty("f1").GetDouble());
    }

    [Fact]
    public async Task A_missing_dictionary_folder_gets_a_clear_error()
    {
        using var dir = new CliRunner.TempDir();
        var records = dir.File("records.xml", Records);

        var (exit, _, error) = await CliRunner.RunAsync(["eval", "petrarch", "--records", records, "--dictionaries", Path.Combine(dir.Path, "nope"), "--gold-parse"]);

        Assert.NotEqual(0, exit);
        Assert.Contains("nope", error, StringComparison.Ordinal);
        Assert.Contains("--dictionaries", error, StringComparison.Ordinal);
    }
}
