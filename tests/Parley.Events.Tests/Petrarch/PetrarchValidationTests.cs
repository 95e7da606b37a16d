using Parley.Events.Petrarch;

namespace Parley.Events.Tests.Petrarch;

/// <summary>A hand-made validation suite with invented countries, run end to end on its gold parses.</summary>
public sealed class PetrarchValidationTests
{
    private const string Suite = """
        <?xml version='1.0' encoding='utf-8'?>
        <Validation>
        <!--
        #  A header that mentions <Sentence ... evaluate="false"> and nests <!-- ... --> like the real files do.
        -->
        <Environment>
            <Verbfile>verbs.txt</Verbfile>
            <Include>DEMO VERB </Include>
        </Environment>
        <Sentences>
        <Sentence category="DEMO" date="20180829" id="T-01" evaluate="true">
        <EventCoding eventcode="040" sourcecode="ABC" targetcode="XYZ" />
        <EventCoding eventcode="040" sourcecode="XYZ" targetcode="ABC" />
        <PLEvent source="ABC" target="XYZ" mode="" >
        <Text>
        Abcland met Xyzia.
        </Text>
        <Parse>
        1	Abcland	Abcland	PROPN	NNP	_	2	nsubj	_	_
        2	met	meet	VERB	VBD	_	0	root	_	_
        3	Xyzia	Xyzia	PROPN	NNP	_	2	dobj	_	_
        4	.	.	PUNCT	.	_	2	punct	_	_
        </Parse></Sentence>
        <Config option="require_dyad" value="false" />
        <Sentence category="VERB" date="20180830" id="T-02" evaluate="true">
        <EventCoding eventcode="111" sourcecode="ABCGOV" targetcode="XYZ" />
        <Text>Xyzia was criticized by the Abcland government.</Text>
        <Parse>
        1	Xyzia	Xyzia	PROPN	NNP	_	3	nsubjpass	_	_
        2	was	be	AUX	VBD	_	3	auxpass	_	_
        3	criticized	criticize	VERB	VBN	_	0	root	_	_
        4	by	by	ADP	IN	_	7	case	_	_
        5	the	the	DET	DT	_	7	det	_	_
        6	Abcland	Abcland	PROPN	NNP	_	7	compound	_	_
        7	government	government	NOUN	NN	_	3	nmod	_	_
        8	.	.	PUNCT	.	_	3	punct	_	_
        </Parse></Sentence>
        <Sentence category="DEMO" date="20180830" id="T-03" evaluate="false">
        <EventCoding noevents="True" />
        <Text>Nothing happened.</Text>
        </Sentence>
        <Sentence category="PARSING" date="20180830" id="T-04" evaluate="true">
        <EventCoding noevents="True" />
        <Text>Skipped by the include list.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """;

    private const string Verbs = """
        --- MEET [040:040] ---
        MEET {MEETS MET MEETING}
        --- CRITICIZE [111] ---
        CRITICIZE
        """;

    private const string Actors = """
        ABCLAND [ABC]
        XYZIA [XYZ]
        """;

    private const string Agents = """
        GOVERNMENT [~GOV]
        """;

    private static PetrarchValidationSuite ReadSuite() => PetrarchValidationReader.Read(new StringReader(Suite), "suite.xml");

    [Fact]
    public void ReadsRecordsConfigAndIncludeFromANotWellFormedFile()
    {
        var suite = ReadSuite();

        Assert.Equal(["T-01", "T-02", "T-03", "T-04"], suite.Records.Select(r => r.Id));
        Assert.Equal(["DEMO", "VERB"], suite.Include);
        Assert.Equal("verbs.txt", suite.Files["Verbfile"]);
        var first = suite.Records[0];
        Assert.Equal((new DateOnly(2018, 8, 29), "Abcland met Xyzia.", 4), (first.Date, first.Text, first.Parse.Count));
        Assert.Equal([new PetrarchEvent("040", "ABC", "XYZ"), new PetrarchEvent("040", "XYZ", "ABC")], first.Expected);
        Assert.True(first.Options.RequireDyad);
        Assert.False(suite.Records[1].Options.RequireDyad);
        Assert.True(suite.Records[2].ExpectsNoEvents);
    }

    [Fact]
    public void SkipsRecordsMarkedNotToEvaluateOrOutsideTheIncludedCategories()
    {
        var suite = ReadSuite();

        Assert.Null(suite.SkipReason(suite.Records[0]));
        Assert.Equal("evaluate=\"false\"", suite.SkipReason(suite.Records[2]));
        Assert.Equal("category PARSING not in <Include>", suite.SkipReason(suite.Records[3]));
    }

    [Fact]
    public void RunsTheSuiteOnGoldParsesAndScoresIt()
    {
        var suite = ReadSuite();
        var patterns = PetrarchPatternConverter.Convert(PetrarchVerbDictionaryReader.Read(new StringReader(Verbs), "verbs.txt"));
        var resolve = PetrarchActors.Load([(new StringReader(Actors), "actors.txt")], [(new StringReader(Agents), "agents.txt")]);
        var coder = PetrarchCoder.Create(new PetrarchCoderOptions { Patterns = patterns, ResolveActor = resolve });

        var result = PetrarchValidationRunner.Run(suite, coder, PetrarchGoldParse.ToDocument);

        Assert.Equal((2, 2, 2), (result.Evaluated, result.Skipped, result.Passed));
        Assert.Equal((3, 0, 0), (result.TruePositives, result.FalsePositives, result.FalseNegatives));
        Assert.Equal(1.0, result.F1);
        Assert.Equal([new PetrarchEvent("111", "ABCGOV", "XYZ")], result.Outcomes[1].Produced);
    }

    [Fact]
    public void MalformedSentencesNameTheirLine()
    {
        var error = Assert.Throws<PetrarchFormatException>(() =>
            PetrarchValidationReader.Read(new StringReader("<Sentences>\n\n<Sentence id=\"X\"><Text>a</Txet></Sentence>\n</Sentences>"), "bad.xml"));

        Assert.StartsWith("bad.xml:3:", error.Message, StringComparison.Ordinal);
    }
}
