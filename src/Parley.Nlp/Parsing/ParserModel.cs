using Parley.Nlp.Features;
using Parley.Nlp.Perceptron;

namespace Parley.Nlp.Parsing;

/// <summary>
/// A trained arc-eager dependency parser: averaged-perceptron weights over labelled moves, decoded greedily or,
/// for a model trained with a beam, by beam search of the width it was trained with.
/// Immutable and thread-safe (each thread uses its own <see cref="ArcEagerState"/>).
/// </summary>
public sealed class ParserModel
{
    private readonly string[] _labels;

    /// <summary>Creates a model.</summary>
    /// <param name="labels">Dependency labels; must contain <c>root</c> and <c>dep</c>.</param>
    /// <param name="weights">Weights over 2 + 2·labels moves.</param>
    /// <param name="beamWidth">Configurations kept while decoding: 1 decodes greedily.</param>
    public ParserModel(string[] labels, PerceptronWeights weights, int beamWidth = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(beamWidth, 1);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.ClassCount != 2 + (2 * labels.Length))
        {
            throw new ArgumentException($"{labels.Length} labels need {2 + (2 * labels.Length)} moves, the weights have {weights.ClassCount}.", nameof(weights));
        }

        _labels = labels;
        RootLabel = Array.IndexOf(labels, "root");
        FallbackLabel = Array.IndexOf(labels, "dep");
        if (RootLabel < 0 || FallbackLabel < 0)
        {
            throw new ArgumentException("The label set must contain 'root' and 'dep'.", nameof(labels));
        }

        Weights = weights;
        BeamWidth = beamWidth;
    }

    /// <summary>Configurations kept while decoding (1 = greedy).</summary>
    public int BeamWidth { get; }

    /// <summary>The same weights decoded with another beam width.</summary>
    public ParserModel WithBeam(int beamWidth) => beamWidth == BeamWidth ? this : new ParserModel(_labels, Weights, beamWidth);

    /// <summary>The dependency labels.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Id of the <c>root</c> label.</summary>
    public int RootLabel { get; }

    /// <summary>Id of the label given to words the parser left unattached (<c>dep</c>).</summary>
    public int FallbackLabel { get; }

    /// <summary>The weights.</summary>
    public PerceptronWeights Weights { get; }

    /// <summary>The hash the parser uses for a word form (same as the tagger's normalised form).</summary>
    public static ulong WordHash(ReadOnlySpan<char> form) => WordInfo.Create(form).Norm;

    /// <summary>The hash the parser uses for a tag pair.</summary>
    public static ulong TagHash(string upos, string xpos) => FeatureHash.Text(FeatureHash.Char(FeatureHash.Text(upos), '|'), xpos);

    /// <summary>Creates a state sized for this model.</summary>
    public ArcEagerState CreateState() => new(_labels.Length, RootLabel);

    /// <summary>
    /// Parses one sentence of <c>n</c> words. <paramref name="words"/> and <paramref name="tags"/> are indexed
    /// 1..n (index 0 ignored). Writes heads (0 = root, else 1..n) and label ids, indexed 1..n.
    /// </summary>
    public void Parse(ArcEagerState state, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, Span<int> heads, Span<int> labels)
    {
        ArgumentNullException.ThrowIfNull(state);
        var n = words.Length - 1;
        if (BeamWidth > 1)
        {
            ParseBeam(state, words, tags, heads, labels);
            return;
        }

        state.Reset(n);
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[Weights.ClassCount];
        while (!state.IsTerminal)
        {
            var count = ParserFeatures.Extract(state, words, tags, features);
            scores.Clear();
            Weights.Score(features[..count], scores);
            state.Apply(BestValid(state, scores));
        }

        state.Finish(FallbackLabel);
        for (var i = 1; i <= n; i++)
        {
            heads[i] = state.Heads[i];
            labels[i] = state.Labels[i];
        }
    }

    private void ParseBeam(ArcEagerState state, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, Span<int> heads, Span<int> labels)
    {
        var n = words.Length - 1;
        var beam = state.Beam;
        if (beam is null || beam.Width != BeamWidth)
        {
            beam = state.Beam = new ArcEagerBeam(_labels.Length, RootLabel, BeamWidth);
        }

        beam.Start(n);
        while (beam.Step(Weights, words, tags))
        {
        }

        var best = beam.Item(0);
        best.Finish(FallbackLabel);
        for (var i = 1; i <= n; i++)
        {
            heads[i] = best.Heads[i];
            labels[i] = best.Labels[i];
        }
    }

    /// <summary>The highest-scoring valid move; ties go to the lowest move id. The state must not be terminal.</summary>
    public static int BestValid(ArcEagerState state, ReadOnlySpan<float> scores)
    {
        ArgumentNullException.ThrowIfNull(state);
        var best = -1;
        for (var m = 0; m < scores.Length; m++)
        {
            if ((best < 0 || scores[m] > scores[best]) && state.IsValid(m))
            {
                best = m;
            }
        }

        return best;
    }
}
