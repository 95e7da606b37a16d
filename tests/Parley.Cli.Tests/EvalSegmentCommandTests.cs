using System.Text.Json;

namespace Parley.Cli.Tests;

public sealed class EvalSegmentCommandTests
{
    // A CoNLL-U file written for this test: two paragraphs, a multiword token, SpaceAfter=No.
    private const string Gold = """
        # newdoc id = t1
        # newpar
        # text = Kim didn't go.
        1	Kim	Kim	PROPN	NNP	_	3	nsubj	_	_
        2-3	didn't	_	_	_	_	_	_	_	_
        2	did	do	AUX	VBD	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # newpar
        # text = Talks resumed.
        1	Talks	talk	NOUN	NNS	_	2	nsubj	_	_
        2	resumed	resume	VERB	VBD	_	0	root	_	SpaceAfter=No
        3	.	.	PUNCT	.	_	2	punct	_	_

        """;

    [Fact]
    public async Task Scores_words_and_sentences_from_the_raw_text()
    {
        using var dir = new CliRunner.TempDir();
        var gold = dir.File("gold.conllu", Gold.Replace("\r\n", "\n", StringComparison.Ordinal));

        var (exit, output, error) = await CliRunner.RunAsync(["eval", "segment", "--gold", gold, "--json"]);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(100.0, json.RootElement.GetProperty("words").GetProperty("f1").GetDouble());
        Assert.Equal(100.0, json.RootElement.GetProperty("sentences").GetProperty("f1").GetDouble());
    }

    [Fact]
    public async Task A_malformed_gold_file_gets_a_clear_error()
    {
        using var dir = new CliRunner.TempDir();
        var gold = dir.File("bad.conllu", "1\tonly\ttwo\n");

        var (exit, _, error) = await CliRunner.RunAsync(["eval", "segment", "--gold", gold]);

        Assert.Equal(2, exit);
        Assert.Contains("bad.conllu", error, StringComparison.Ordinal);
        Assert.Contains("line 1", error, StringComparison.Ordinal);
    }
}
