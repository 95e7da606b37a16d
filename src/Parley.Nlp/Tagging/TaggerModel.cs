using System.Buffers;
using Parley.Nlp.Features;
using Parley.Nlp.Perceptron;

namespace Parley.Nlp.Tagging;

/// <summary>
/// A trained part-of-speech model: an averaged perceptron over joint UPOS+XPOS tags, plus a dictionary of
/// frequent words that always carried one tag in training (those skip scoring). Immutable and thread-safe.
/// </summary>
public sealed class TaggerModel
{
    private readonly Dictionary<ulong, int> _tagDictionary;

    /// <summary>Creates a model.</summary>
    /// <param name="upos">UPOS of each class.</param>
    /// <param name="xpos">XPOS of each class.</param>
    /// <param name="weights">Weights over <paramref name="upos"/>.Length classes.</param>
    /// <param name="tagDictionary">Exact-form hash → class for unambiguous frequent words.</param>
    public TaggerModel(string[] upos, string[] xpos, PerceptronWeights weights, IReadOnlyDictionary<ulong, int> tagDictionary)
    {
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(tagDictionary);
        if (upos.Length != xpos.Length || upos.Length != weights.ClassCount)
        {
            throw new ArgumentException($"{upos.Length} UPOS and {xpos.Length} XPOS labels for {weights.ClassCount} classes.", nameof(weights));
        }

        Upos = upos;
        Xpos = xpos;
        Weights = weights;
        _tagDictionary = new Dictionary<ulong, int>(tagDictionary);
    }

    /// <summary>UPOS of each class.</summary>
    public IReadOnlyList<string> Upos { get; }

    /// <summary>XPOS of each class.</summary>
    public IReadOnlyList<string> Xpos { get; }

    /// <summary>The weights.</summary>
    public PerceptronWeights Weights { get; }

    /// <summary>The unambiguous-word dictionary (exact-form hash → class).</summary>
    public IReadOnlyDictionary<ulong, int> TagDictionary => _tagDictionary;

    /// <summary>Tags the words <c>[starts[i], ends[i])</c> of <paramref name="text"/>, writing class ids to <paramref name="tags"/>.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> tags)
    {
        var n = starts.Length;
        var words = ArrayPool<WordInfo>.Shared.Rent(n + (2 * TaggerFeatures.Pad));
        try
        {
            TaggerFeatures.Prepare(text, starts, ends, words);
            Tag(words.AsSpan(0, n + (2 * TaggerFeatures.Pad)), tags);
        }
        finally
        {
            ArrayPool<WordInfo>.Shared.Return(words);
        }
    }

    /// <summary>Tags prepared words (see <see cref="TaggerFeatures.Prepare"/>).</summary>
    public void Tag(ReadOnlySpan<WordInfo> words, Span<int> tags)
    {
        var n = words.Length - (2 * TaggerFeatures.Pad);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[Weights.ClassCount];
        var p1 = TaggerFeatures.StartTag;
        var p2 = TaggerFeatures.StartTag;
        for (var i = 0; i < n; i++)
        {
            if (!_tagDictionary.TryGetValue(words[i + TaggerFeatures.Pad].Exact, out var best))
            {
                var count = TaggerFeatures.Extract(words, i, p1, p2, features);
                scores.Clear();
                Weights.Score(features[..count], scores);
                best = ArgMax(scores);
            }

            tags[i] = best;
            p2 = p1;
            p1 = best;
        }
    }

    /// <summary>The index of the highest score; ties go to the lowest index.</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }
}
