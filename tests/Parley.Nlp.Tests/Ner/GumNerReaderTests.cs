using Parley.Nlp.Ner;
using Parley.Training.Conllu;
using Parley.Training.Ner;

namespace Parley.Nlp.Tests.Ner;

public sealed class GumNerReaderTests
{
    // An invented sentence in GUM's format: "U.S. President Dana Reyes met the Bank of Avalon in Portville ."
    private const string Sentence = """
        # newdoc id = GUM_news_invented
        # sent_id = GUM_news_invented-1
        1	U.S.	U.S.	PROPN	NNP	_	3	compound	_	Entity=(1-person-new-sssss-cf1-3,4-coref-Dana_Reyes(2-place-new-nnnnn-cf3-1-sgl-United_States)
        2	President	president	PROPN	NNP	_	3	compound	_	_
        3	Dana	Dana	PROPN	NNP	_	5	nsubj	_	_
        4	Reyes	Reyes	PROPN	NNP	_	3	flat	_	Entity=1)
        5	met	meet	VERB	VBD	_	0	root	_	_
        6	the	the	DET	DT	_	7	det	_	Entity=(3-organization-new-nnnnn-cf2-2-sgl
        7	Bank	Bank	PROPN	NNP	_	5	obj	_	_
        8	of	of	ADP	IN	_	9	case	_	_
        9	Avalon	Avalon	PROPN	NNP	_	7	nmod	_	Entity=(4-place-new-nnnnn-cf4-1-sgl)3)
        10	in	in	ADP	IN	_	11	case	_	_
        11	Portville	Portville	PROPN	NNP	_	5	obl	_	Entity=(5-place-new-nnnnn-cf5-1-sgl)
        12	the	the	DET	DT	_	13	det	_	Entity=(6-event-new-nnnnn-cf6-2-sgl
        13	Games	Games	PROPN	NNPS	_	11	nmod	_	Entity=6)|SpaceAfter=No
        14	.	.	PUNCT	.	_	5	punct	_	_

        """;

    [Fact]
    public void Convert_MapsTypesTrimsTitlesAndKeepsOutermostNames()
    {
        var conllu = ConlluReader.Parse(Sentence);
        var ner = GumNerReader.Convert(conllu[0], Gazetteer.LoadDefault());
        var spans = EntityTags.Spans(ner.Tags);
        Assert.Equal(
            [new EntitySpan(0, 1, "LOC"), new EntitySpan(2, 4, "PER"), new EntitySpan(6, 9, "ORG"), new EntitySpan(10, 11, "LOC")],
            spans);
    }

    [Fact]
    public void Read_KeepsOnlyTheGivenGenres()
    {
        var conllu = ConlluReader.Parse(Sentence);
        Assert.Single(GumNerReader.Read(conllu, ["news"], Gazetteer.LoadDefault()));
        Assert.Empty(GumNerReader.Read(conllu, ["fiction"], Gazetteer.LoadDefault()));
        Assert.Equal("news", GumNerReader.GenreOf("GUM_news_invented"));
    }
}
