using Parley.Nlp.Parsing;
using Parley.Training.Parsing;

namespace Parley.Nlp.Tests;

public sealed class ArcEagerTests
{
    private const int Labels = 4;
    private const int Root = 0;

    [Fact]
    public void Any_sequence_of_valid_moves_yields_a_single_rooted_tree()
    {
        var random = new Random(7);
        var state = new ArcEagerState(Labels, Root);
        for (var trial = 0; trial < 2000; trial++)
        {
            var n = random.Next(1, 15);
            state.Reset(n);
            while (!state.IsTerminal)
            {
                var valid = Enumerable.Range(0, state.MoveCount).Where(state.IsValid).ToList();
                Assert.NotEmpty(valid);
                state.Apply(valid[random.Next(valid.Count)]);
            }

            state.Finish(fallbackLabel: 1);
            AssertTree(state, n);
        }
    }

    [Fact]
    public void Following_zero_cost_moves_rebuilds_every_projective_gold_tree()
    {
        foreach (var sentence in TinyCorpus.Sentences)
        {
            var labels = Training.Parsing.ParseExample.LabelSet(TinyCorpus.Sentences);
            var example = ParseExample.Create(sentence, sentence.Words.Select(w => (w.Upos, w.Xpos)).ToArray(), labels);
            var state = new ArcEagerState(labels.Length, Array.IndexOf(labels, "root"));
            var costs = new int[state.MoveCount];
            state.Reset(sentence.Words.Count);
            while (!state.IsTerminal)
            {
                ArcEagerOracle.Costs(state, example.Heads, example.Labels, costs);
                var move = Array.IndexOf(costs, 0);
                Assert.True(move >= 0, $"no zero-cost move in {sentence.SentId}");
                state.Apply(move);
            }

            state.Finish(Array.IndexOf(labels, "dep"));
            for (var i = 1; i <= sentence.Words.Count; i++)
            {
                Assert.Equal(example.Heads[i], state.Heads[i]);
                Assert.Equal(example.Labels[i], state.Labels[i]);
            }
        }
    }

    [Fact]
    public void A_zero_cost_move_exists_after_random_mistakes_on_projective_trees()
    {
        var random = new Random(3);
        var labels = ParseExample.LabelSet(TinyCorpus.Sentences);
        foreach (var sentence in TinyCorpus.Sentences)
        {
            var example = ParseExample.Create(sentence, sentence.Words.Select(w => (w.Upos, w.Xpos)).ToArray(), labels);
            var state = new ArcEagerState(labels.Length, Array.IndexOf(labels, "root"));
            var costs = new int[state.MoveCount];
            for (var trial = 0; trial < 50; trial++)
            {
                state.Reset(sentence.Words.Count);
                while (!state.IsTerminal)
                {
                    ArcEagerOracle.Costs(state, example.Heads, example.Labels, costs);
                    var valid = Enumerable.Range(0, state.MoveCount).Where(state.IsValid).ToList();
                    Assert.All(valid, m => Assert.NotEqual(ArcEagerOracle.Invalid, costs[m]));
                    state.Apply(valid[random.Next(valid.Count)]);
                }
            }
        }
    }

    private static void AssertTree(ArcEagerState state, int n)
    {
        var roots = 0;
        for (var i = 1; i <= n; i++)
        {
            Assert.InRange(state.Heads[i], 0, n);
            Assert.NotEqual(i, state.Heads[i]);
            roots += state.Heads[i] == 0 ? 1 : 0;
            var steps = 0;
            for (var h = i; h != 0; h = state.Heads[h])
            {
                Assert.True(++steps <= n, "cycle");
            }
        }

        Assert.Equal(1, roots);
    }
}
