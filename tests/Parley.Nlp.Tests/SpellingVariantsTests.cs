using Parley.Nlp.Tagging;
using Parley.Training.Conllu;
using Parley.Training.Tagging;

namespace Parley.Nlp.Tests;

public sealed class SpellingVariantsTests
{
    private const string American = """
        # sent_id = a1
        # text = Neighboring towns organized a program.
        1	Neighboring	neighboring	ADJ	JJ	_	2	amod	_	_
        2	towns	town	NOUN	NNS	_	3	nsubj	_	_
        3	organized	organize	VERB	VBD	_	0	root	_	_
        4	a	a	DET	DT	_	5	det	_	_
        5	program	program	NOUN	NN	_	3	obj	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	3	punct	_	_

        # sent_id = a2
        # text = The neighboring city defended its center.
        1	The	the	DET	DT	_	3	det	_	_
        2	neighboring	neighboring	ADJ	JJ	_	3	amod	_	_
        3	city	city	NOUN	NN	_	4	nsubj	_	_
        4	defended	defend	VERB	VBD	_	0	root	_	_
        5	its	its	PRON	PRP$	_	6	nmod:poss	_	_
        6	center	center	NOUN	NN	_	4	obj	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	4	punct	_	_

        """;

    [Theory]
    [InlineData("neighbouring", "neighboring")]
    [InlineData("organisation", "organization")]
    [InlineData("criticised", "criticized")]
    [InlineData("analyse", "analyze")]
    [InlineData("centre", "center")]
    [InlineData("defence", "defense")]
    [InlineData("travelled", "traveled")]
    [InlineData("programme", "program")]
    [InlineData("dialogue", "dialog")]
    public void Candidates_IncludeTheAmericanSpelling(string british, string american) =>
        Assert.Contains(american, SpellingVariants.Candidates(british));

    [Fact]
    public void Tagger_ReadsAnUnknownBritishSpellingAsTheAmericanWordItKnows()
    {
        var sentences = ConlluReader.Parse(American, "american");
        var tagger = TaggerTrainer.Train(sentences, null, new TaggerTrainingOptions(Epochs: 5, DictionaryMinCount: 1, AmbiguityMinCount: 1));
        var american = Tag(tagger, "The neighboring city organized a program .");
        var british = Tag(tagger, "The neighbouring city organised a programme .");
        Assert.Equal(american, british);
        Assert.Equal("JJ", british[1]);
    }

    private static string[] Tag(TaggerModel tagger, string text)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        var offset = 0;
        foreach (var word in text.Split(' '))
        {
            starts.Add(offset);
            ends.Add(offset + word.Length);
            offset += word.Length + 1;
        }

        var classes = new int[starts.Count];
        tagger.Tag(text, starts.ToArray(), ends.ToArray(), classes);
        return [.. classes.Select(c => tagger.Xpos[c])];
    }
}
