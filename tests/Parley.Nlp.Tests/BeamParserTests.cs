using Parley.Nlp.Lemmatization;
using Parley.Nlp.Models;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;
using Parley.Training.Evaluation;
using Parley.Training.Parsing;
using Parley.Training.Tagging;

namespace Parley.Nlp.Tests;

public sealed class BeamParserTests
{
    private static (ParserModel Parser, List<ParseExample> Examples) Train(TaggerModel tagger, int beam)
    {
        var labels = ParseExample.LabelSet(TinyCorpus.Sentences);
        var examples = TinyCorpus.Sentences.Select(s => ParseExample.Create(s, TaggerTrainer.Predict(tagger, s), labels)).ToList();
        return (ParserTrainer.Train(labels, examples, examples, new ParserTrainingOptions(Epochs: 6, BeamWidth: beam)), examples);
    }

    [Fact]
    public void A_beam_of_one_decodes_exactly_like_the_greedy_parser()
    {
        var (tagger, _) = TinyCorpus.TrainTagger();
        var (greedy, examples) = Train(tagger, 1);
        var beam = new ArcEagerBeam(greedy.Labels.Count, greedy.RootLabel, 1);
        var state = greedy.CreateState();
        foreach (var e in examples)
        {
            var heads = new int[e.Words.Length];
            var labels = new int[e.Words.Length];
            greedy.Parse(state, e.Words, e.Tags, heads, labels);

            beam.Start(e.Words.Length - 1);
            while (beam.Step(greedy.Weights, e.Words, e.Tags))
            {
            }

            var best = beam.Item(0);
            best.Finish(greedy.FallbackLabel);
            Assert.Equal(heads[1..], best.Heads[1..e.Words.Length]);
            Assert.Equal(labels[1..], best.Labels[1..e.Words.Length]);
        }
    }

    [Fact]
    public void A_beam_parser_trains_deterministically_learns_its_data_and_round_trips_with_its_width()
    {
        var (tagger, lemmatizer) = TinyCorpus.TrainTagger();
        var (first, _) = Train(tagger, 4);
        var (second, _) = Train(tagger, 4);
        var blob = ModelFiles.SaveParser(first);
        Assert.Equal(blob, ModelFiles.SaveParser(second));
        Assert.Equal(4, first.BeamWidth);

        var manifest = TinyCorpus.Manifest(ModelFiles.ParserKind, ParserFeatures.Version, [.. first.Labels], blob) with { BeamWidth = 4 };
        var loaded = ModelFiles.LoadParser(TinyCorpus.ToStream(manifest), new MemoryStream(blob));
        Assert.Equal(4, loaded.BeamWidth);

        var scores = UdEvaluator.ScoreGoldTokenization(TinyCorpus.Sentences, [new Tagger(tagger), new Lemmatizer(lemmatizer), new DependencyParser(loaded)]);
        Assert.True(scores.Las > 90, $"LAS {scores.Las}");
    }

    [Fact]
    public void Every_beam_path_is_a_sequence_of_valid_moves_that_rebuilds_its_configuration()
    {
        var (tagger, _) = TinyCorpus.TrainTagger();
        var (parser, examples) = Train(tagger, 3);
        var beam = new ArcEagerBeam(parser.Labels.Count, parser.RootLabel, 3);
        var replay = parser.CreateState();
        foreach (var e in examples)
        {
            beam.Start(e.Words.Length - 1);
            while (beam.Step(parser.Weights, e.Words, e.Tags))
            {
                for (var r = 0; r < beam.Count; r++)
                {
                    replay.Reset(e.Words.Length - 1);
                    foreach (var move in beam.PathTo(beam.EntryOf(r)))
                    {
                        Assert.True(replay.IsValid(move));
                        replay.Apply(move);
                    }

                    Assert.Equal(beam.Item(r).Heads[..e.Words.Length], replay.Heads[..e.Words.Length]);
                    Assert.Equal(beam.Item(r).StackCount, replay.StackCount);
                    Assert.True(r == 0 || beam.ScoreOf(r) <= beam.ScoreOf(r - 1));
                }
            }
        }
    }

    [Fact]
    public void Loading_refuses_an_impossible_beam_width_and_says_what_to_do()
    {
        var (tagger, _) = TinyCorpus.TrainTagger();
        var (parser, _) = Train(tagger, 1);
        var blob = ModelFiles.SaveParser(parser);
        var manifest = TinyCorpus.Manifest(ModelFiles.ParserKind, ParserFeatures.Version, [.. parser.Labels], blob) with { BeamWidth = 0 };

        var error = Assert.Throws<ModelLoadException>(() => ModelFiles.LoadParser(TinyCorpus.ToStream(manifest), new MemoryStream(blob), "models/p"));

        Assert.Contains("'models/p' declares a beam width of 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("retrain", error.Message, StringComparison.Ordinal);
    }
}
