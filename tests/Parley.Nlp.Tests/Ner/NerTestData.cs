using Parley.Nlp.Ner;
using Parley.Training.Ner;

namespace Parley.Nlp.Tests.Ner;

/// <summary>Tiny invented training sentences and a model trained on them, shared by the NER tests.</summary>
internal static class NerTestData
{
    public const string Training = """
        # sent_id = t1
        1	Maria	B-PER
        2	Lindqvist	I-PER
        3	visited	O
        4	Norway	B-LOC
        5	.	O

        # sent_id = t2
        1	The	O
        2	Ministry	B-ORG
        3	of	I-ORG
        4	Fisheries	I-ORG
        5	said	O
        6	Tomas	B-PER
        7	Berg	I-PER
        8	would	O
        9	resign	O
        10	.	O

        # sent_id = t3
        1	Berg	B-PER
        2	flew	O
        3	to	O
        4	Oslo	B-LOC
        5	on	O
        6	Monday	O
        7	.	O

        # sent_id = t4
        1	Officials	O
        2	in	O
        3	Sweden	B-LOC
        4	met	O
        5	Anna	B-PER
        6	Holm	I-PER
        7	of	O
        8	the	O
        9	Green	B-ORG
        10	Party	I-ORG
        11	.	O

        # sent_id = t5
        1	Peter	B-PER
        2	Dahl	I-PER
        3	said	O
        4	the	O
        5	talks	O
        6	in	O
        7	Bergen	B-LOC
        8	went	O
        9	well	O
        10	.	O

        # sent_id = t6
        1	Nordic	B-ORG
        2	Salmon	I-ORG
        3	Inc.	I-ORG
        4	hired	O
        5	Karin	B-PER
        6	Lund	I-PER
        7	in	O
        8	Denmark	B-LOC
        9	.	O

        """;

    private static readonly Lazy<NerModel> LazyModel = new(() =>
        NerTrainer.Train(Iob2Reader.Parse(Training), Gazetteer.LoadDefault(), new NerTrainingOptions(Epochs: 10, Seed: 7, Prune: 0f)));

    public static NerModel Model => LazyModel.Value;

    /// <summary>A model trained only on sentences without names: it labels nothing, so tests see the recogniser's own rules alone.</summary>
    public static NerModel Blank { get; } =
        NerTrainer.Train(Iob2Reader.Parse("# sent_id = b1\n1\tIt\tO\n2\tis\tO\n3\tlate\tO\n4\t.\tO\n"), Gazetteer.LoadDefault(), new NerTrainingOptions(Epochs: 2, Seed: 1, Prune: 0f));
}
