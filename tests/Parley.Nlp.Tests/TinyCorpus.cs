using Parley.Nlp.Lemmatization;
using Parley.Nlp.Models;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;
using Parley.Training.Conllu;
using Parley.Training.Parsing;
using Parley.Training.Tagging;

namespace Parley.Nlp.Tests;

/// <summary>A handful of sentences written for these tests, and tiny models trained on them.</summary>
internal static class TinyCorpus
{
    public const string Text = """
        # sent_id = t1
        # text = The cat sleeps.
        1	The	the	DET	DT	_	2	det	_	_
        2	cat	cat	NOUN	NN	_	3	nsubj	_	_
        3	sleeps	sleep	VERB	VBZ	_	0	root	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	3	punct	_	_

        # sent_id = t2
        # text = A dog barked loudly.
        1	A	a	DET	DT	_	2	det	_	_
        2	dog	dog	NOUN	NN	_	3	nsubj	_	_
        3	barked	bark	VERB	VBD	_	0	root	_	_
        4	loudly	loudly	ADV	RB	_	3	advmod	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	3	punct	_	_

        # sent_id = t3
        # text = The dogs chased the cats in the garden.
        1	The	the	DET	DT	_	2	det	_	_
        2	dogs	dog	NOUN	NNS	_	3	nsubj	_	_
        3	chased	chase	VERB	VBD	_	0	root	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	cats	cat	NOUN	NNS	_	3	obj	_	_
        6	in	in	ADP	IN	_	8	case	_	_
        7	the	the	DET	DT	_	8	det	_	_
        8	garden	garden	NOUN	NN	_	3	obl	_	SpaceAfter=No
        9	.	.	PUNCT	.	_	3	punct	_	_

        # sent_id = t4
        # text = I don't like rain.
        1	I	I	PRON	PRP	_	4	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	like	like	VERB	VB	_	0	root	_	_
        5	rain	rain	NOUN	NN	_	4	obj	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = t5
        # text = She gave him a book yesterday.
        1	She	she	PRON	PRP	_	2	nsubj	_	_
        2	gave	give	VERB	VBD	_	0	root	_	_
        3	him	he	PRON	PRP	_	2	iobj	_	_
        4	a	a	DET	DT	_	5	det	_	_
        5	book	book	NOUN	NN	_	2	obj	_	_
        6	yesterday	yesterday	NOUN	NN	_	2	obl:tmod	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = t6
        # text = Old men walked slowly to the station and waited.
        1	Old	old	ADJ	JJ	_	2	amod	_	_
        2	men	man	NOUN	NNS	_	3	nsubj	_	_
        3	walked	walk	VERB	VBD	_	0	root	_	_
        4	slowly	slowly	ADV	RB	_	3	advmod	_	_
        5	to	to	ADP	IN	_	7	case	_	_
        6	the	the	DET	DT	_	7	det	_	_
        7	station	station	NOUN	NN	_	3	obl	_	_
        8	and	and	CCONJ	CC	_	9	cc	_	_
        9	waited	wait	VERB	VBD	_	3	conj	_	SpaceAfter=No
        10	.	.	PUNCT	.	_	3	punct	_	_

        """;

    /// <summary>A non-projective sentence: "issue" attaches to "hearing" across the root verb.</summary>
    public const string NonProjective = """
        # sent_id = np1
        1	A	a	DET	DT	_	2	det	_	_
        2	hearing	hearing	NOUN	NN	_	4	nsubj:pass	_	_
        3	is	be	AUX	VBZ	_	4	aux:pass	_	_
        4	scheduled	schedule	VERB	VBN	_	0	root	_	_
        5	on	on	ADP	IN	_	7	case	_	_
        6	the	the	DET	DT	_	7	det	_	_
        7	issue	issue	NOUN	NN	_	2	nmod	_	_
        8	today	today	NOUN	NN	_	4	obl:tmod	_	SpaceAfter=No
        9	.	.	PUNCT	.	_	4	punct	_	_

        """;

    public static IReadOnlyList<ConlluSentence> Sentences => ConlluReader.Parse(Text, "tiny");

    public static (TaggerModel Tagger, LemmatizerModel Lemmatizer) TrainTagger()
    {
        var tagger = TaggerTrainer.Train(Sentences, null, new TaggerTrainingOptions(Epochs: 5, DictionaryMinCount: 3));
        return (tagger, LemmatizerTrainer.Train(Sentences, minRuleCount: 1));
    }

    public static ParserModel TrainParser(TaggerModel tagger)
    {
        var labels = ParseExample.LabelSet(Sentences);
        var examples = Sentences.Select(s => ParseExample.Create(s, TaggerTrainer.Predict(tagger, s), labels)).ToList();
        return ParserTrainer.Train(labels, examples, examples, new ParserTrainingOptions(Epochs: 6));
    }

    public static ModelManifest Manifest(string kind, int featureSet, IReadOnlyList<string> labels, byte[] blob) => new()
    {
        Name = "tiny-" + kind,
        Kind = kind,
        Version = "0.0.1",
        FormatVersion = ModelFiles.FormatVersion,
        FeatureSetVersion = featureSet,
        Labels = labels,
        WeightsFile = ModelFiles.WeightsFileName,
        WeightsSha256 = ModelFiles.Sha256(blob),
    };

    public static MemoryStream ToStream(ModelManifest manifest)
    {
        var stream = new MemoryStream();
        manifest.Write(stream);
        stream.Position = 0;
        return stream;
    }
}
