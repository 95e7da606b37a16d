using Parley.Nlp.Features;

namespace Parley.Nlp.Tagging;

/// <summary>
/// The tagger's feature templates (greedy left-to-right, after Ratnaparkhi 1996 and Honnibal's tagger):
/// the word, its affixes and shape, two words of context either side, and the two previous predicted tags.
/// The second pass (<see cref="ExtractSecondPass"/>) adds the first pass's tags of the next two words, so
/// the final decision sees tags on both sides. Training and tagging call the same code. If the templates
/// change, bump <see cref="Version"/> and retrain.
/// </summary>
public static class TaggerFeatures
{
    /// <summary>Feature-set version recorded in the manifest and checked on load.</summary>
    public const int Version = 3;

    /// <summary>Upper bound on the features of one word.</summary>
    public const int MaxFeatures = 56;

    /// <summary>How many features <see cref="ExtractSecondPass"/> writes after those of <see cref="Extract"/>.</summary>
    public const int SecondPassExtra = 7;

    /// <summary>Words of padding on each side of <see cref="Prepare"/>'s output.</summary>
    public const int Pad = 2;

    /// <summary>Tag id used for "before the sentence start".</summary>
    public const int StartTag = -1;

    private static readonly WordInfo Before = WordInfo.Padding(0xB0F);
    private static readonly WordInfo After = WordInfo.Padding(0xE0F);

    /// <summary>
    /// Fills <paramref name="words"/> (length = count + 2·<see cref="Pad"/>) with the word hashes of the
    /// words <c>[starts[i], ends[i])</c> of <paramref name="text"/>, padded on both sides.
    /// </summary>
    public static void Prepare(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<WordInfo> words)
    {
        var n = starts.Length;
        for (var i = 0; i < Pad; i++)
        {
            words[i] = Before;
            words[n + Pad + i] = After;
        }

        for (var i = 0; i < n; i++)
        {
            words[i + Pad] = WordInfo.Create(text[starts[i]..ends[i]]);
        }
    }

    /// <summary>Writes the features of word <paramref name="i"/> (0-based) into <paramref name="features"/>.</summary>
    /// <returns>The number of features written.</returns>
    /// <param name="words">Prepared words (see <see cref="Prepare"/>).</param>
    /// <param name="ambiguity">For each prepared word, the hash of the set of tags it had in training (0 if rare or unseen).</param>
    /// <param name="i">The word, 0-based.</param>
    /// <param name="previous">Tag of the previous word, or <see cref="StartTag"/>.</param>
    /// <param name="previous2">Tag of the word before that.</param>
    /// <param name="features">Output buffer of at least <see cref="MaxFeatures"/>.</param>
    public static int Extract(ReadOnlySpan<WordInfo> words, ReadOnlySpan<ulong> ambiguity, int i, int previous, int previous2, Span<ulong> features)
    {
        var k = i + Pad;
        ref readonly var w = ref words[k];
        ref readonly var wm1 = ref words[k - 1];
        ref readonly var wm2 = ref words[k - 2];
        ref readonly var wp1 = ref words[k + 1];
        ref readonly var wp2 = ref words[k + 2];
        var p1 = (ulong)(previous + 2);
        var p2 = (ulong)(previous2 + 2);
        var n = 0;
        features[n++] = FeatureHash.Feature(1, 1);
        features[n++] = FeatureHash.Feature(2, w.Norm);
        features[n++] = FeatureHash.Feature(3, w.Suffix1);
        features[n++] = FeatureHash.Feature(4, w.Suffix2);
        features[n++] = FeatureHash.Feature(5, w.Suffix3);
        features[n++] = FeatureHash.Feature(6, w.Suffix4);
        features[n++] = FeatureHash.Feature(7, w.Prefix1);
        features[n++] = FeatureHash.Feature(8, w.Prefix2);
        features[n++] = FeatureHash.Feature(9, w.Prefix3);
        features[n++] = FeatureHash.Feature(10, w.Shape);
        features[n++] = FeatureHash.Feature(11, p1);
        features[n++] = FeatureHash.Feature(12, p2);
        features[n++] = FeatureHash.Feature(13, p1, p2);
        features[n++] = FeatureHash.Feature(14, p1, w.Norm);
        features[n++] = FeatureHash.Feature(15, wm1.Norm);
        features[n++] = FeatureHash.Feature(16, wm1.Suffix3);
        features[n++] = FeatureHash.Feature(17, wm2.Norm);
        features[n++] = FeatureHash.Feature(18, wp1.Norm);
        features[n++] = FeatureHash.Feature(19, wp1.Suffix3);
        features[n++] = FeatureHash.Feature(20, wp2.Norm);
        features[n++] = FeatureHash.Feature(21, wm1.Norm, w.Norm);
        features[n++] = FeatureHash.Feature(22, w.Norm, wp1.Norm);
        features[n++] = FeatureHash.Feature(23, wm1.Shape, w.Shape);
        features[n++] = FeatureHash.Feature(24, wp1.Shape);
        features[n++] = FeatureHash.Feature(25, w.Exact);
        features[n++] = FeatureHash.Feature(26, i == 0 ? 1UL : 0UL, w.Shape);
        features[n++] = FeatureHash.Feature(27, p1, w.Suffix3);
        features[n++] = FeatureHash.Feature(28, wm1.Norm, wp1.Norm);
        features[n++] = FeatureHash.Feature(29, wp1.Suffix2);
        features[n++] = FeatureHash.Feature(30, w.Flags);
        features[n++] = FeatureHash.Feature(31, p1, wp1.Norm);
        features[n++] = FeatureHash.Feature(32, wp1.Norm, wp2.Norm);
        features[n++] = FeatureHash.Feature(33, wm1.Suffix2, w.Suffix2);
        features[n++] = FeatureHash.Feature(34, wp1.Prefix1, wp1.Shape);
        var a0 = ambiguity[k];
        var a1 = ambiguity[k + 1];
        features[n++] = FeatureHash.Feature(35, a0);
        features[n++] = FeatureHash.Feature(36, a1);
        features[n++] = FeatureHash.Feature(37, ambiguity[k + 2]);
        features[n++] = FeatureHash.Feature(38, p1, a0);
        features[n++] = FeatureHash.Feature(39, a0, a1);
        features[n++] = FeatureHash.Feature(40, p1, a0, a1);
        features[n++] = FeatureHash.Feature(41, w.Norm, a1);
        features[n++] = FeatureHash.Feature(42, ambiguity[k - 1], a0);
        return n;
    }
    /// <summary>
    /// Writes the second-pass features of word <paramref name="i"/>: those of <see cref="Extract"/> plus the
    /// first pass's tags of the next two words (<paramref name="next"/>, <paramref name="next2"/>;
    /// <see cref="StartTag"/> past the sentence end) alone and with the word and the previous tag. (Adding
    /// the first pass's tag of the word itself was tried: dev UPOS 95.35 against 95.41 without.)
    /// </summary>
    /// <returns>The number of features written.</returns>
    /// <param name="words">Prepared words (see <see cref="Prepare"/>).</param>
    /// <param name="ambiguity">For each prepared word, the hash of its training tag set.</param>
    /// <param name="i">The word, 0-based.</param>
    /// <param name="previous">Second-pass tag of the previous word, or <see cref="StartTag"/>.</param>
    /// <param name="previous2">Second-pass tag of the word before that.</param>
    /// <param name="next">First-pass tag of the next word.</param>
    /// <param name="next2">First-pass tag of the word after that.</param>
    /// <param name="features">Output buffer of at least <see cref="MaxFeatures"/>.</param>
    public static int ExtractSecondPass(ReadOnlySpan<WordInfo> words, ReadOnlySpan<ulong> ambiguity, int i, int previous, int previous2, int next, int next2, Span<ulong> features)
    {
        var n = Extract(words, ambiguity, i, previous, previous2, features);
        ref readonly var w = ref words[i + Pad];
        var p1 = (ulong)(previous + 2);
        var r1 = (ulong)(next + 2);
        var r2 = (ulong)(next2 + 2);
        features[n++] = FeatureHash.Feature(101, r1);
        features[n++] = FeatureHash.Feature(102, r1, r2);
        features[n++] = FeatureHash.Feature(103, p1, r1);
        features[n++] = FeatureHash.Feature(104, w.Norm, r1);
        features[n++] = FeatureHash.Feature(105, w.Suffix3, r1);
        features[n++] = FeatureHash.Feature(106, ambiguity[i + Pad], r1);
        features[n++] = FeatureHash.Feature(107, words[i + Pad + 1].Norm, r2);
        return n;
    }
}
