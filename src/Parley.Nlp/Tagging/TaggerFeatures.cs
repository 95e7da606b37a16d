using System.Runtime.CompilerServices;
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
    [SkipLocalsInit]
    public static int Extract(ReadOnlySpan<WordInfo> words, ReadOnlySpan<ulong> ambiguity, int i, int previous, int previous2, Span<ulong> features)
    {
        var batch = new FeatureBatch(stackalloc ulong[FeatureBatch.ScratchSize(MaxFeatures)]);
        Collect(ref batch, words, ambiguity, i, previous, previous2);
        return batch.Hash(features);
    }

    private static void Collect(ref FeatureBatch batch, ReadOnlySpan<WordInfo> words, ReadOnlySpan<ulong> ambiguity, int i, int previous, int previous2)
    {
        var k = i + Pad;
        ref readonly var w = ref words[k];
        ref readonly var wm1 = ref words[k - 1];
        ref readonly var wm2 = ref words[k - 2];
        ref readonly var wp1 = ref words[k + 1];
        ref readonly var wp2 = ref words[k + 2];
        var p1 = (ulong)(previous + 2);
        var p2 = (ulong)(previous2 + 2);
        batch.Add(1, 1);
        batch.Add(2, w.Norm);
        batch.Add(3, w.Suffix1);
        batch.Add(4, w.Suffix2);
        batch.Add(5, w.Suffix3);
        batch.Add(6, w.Suffix4);
        batch.Add(7, w.Prefix1);
        batch.Add(8, w.Prefix2);
        batch.Add(9, w.Prefix3);
        batch.Add(10, w.Shape);
        batch.Add(11, p1);
        batch.Add(12, p2);
        batch.Add(13, p1, p2);
        batch.Add(14, p1, w.Norm);
        batch.Add(15, wm1.Norm);
        batch.Add(16, wm1.Suffix3);
        batch.Add(17, wm2.Norm);
        batch.Add(18, wp1.Norm);
        batch.Add(19, wp1.Suffix3);
        batch.Add(20, wp2.Norm);
        batch.Add(21, wm1.Norm, w.Norm);
        batch.Add(22, w.Norm, wp1.Norm);
        batch.Add(23, wm1.Shape, w.Shape);
        batch.Add(24, wp1.Shape);
        batch.Add(25, w.Exact);
        batch.Add(26, i == 0 ? 1UL : 0UL, w.Shape);
        batch.Add(27, p1, w.Suffix3);
        batch.Add(28, wm1.Norm, wp1.Norm);
        batch.Add(29, wp1.Suffix2);
        batch.Add(30, w.Flags);
        batch.Add(31, p1, wp1.Norm);
        batch.Add(32, wp1.Norm, wp2.Norm);
        batch.Add(33, wm1.Suffix2, w.Suffix2);
        batch.Add(34, wp1.Prefix1, wp1.Shape);
        var a0 = ambiguity[k];
        var a1 = ambiguity[k + 1];
        batch.Add(35, a0);
        batch.Add(36, a1);
        batch.Add(37, ambiguity[k + 2]);
        batch.Add(38, p1, a0);
        batch.Add(39, a0, a1);
        batch.Add(40, p1, a0, a1);
        batch.Add(41, w.Norm, a1);
        batch.Add(42, ambiguity[k - 1], a0);
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
    [SkipLocalsInit]
    public static int ExtractSecondPass(ReadOnlySpan<WordInfo> words, ReadOnlySpan<ulong> ambiguity, int i, int previous, int previous2, int next, int next2, Span<ulong> features)
    {
        var batch = new FeatureBatch(stackalloc ulong[FeatureBatch.ScratchSize(MaxFeatures)]);
        Collect(ref batch, words, ambiguity, i, previous, previous2);
        ref readonly var w = ref words[i + Pad];
        var p1 = (ulong)(previous + 2);
        var r1 = (ulong)(next + 2);
        var r2 = (ulong)(next2 + 2);
        batch.Add(101, r1);
        batch.Add(102, r1, r2);
        batch.Add(103, p1, r1);
        batch.Add(104, w.Norm, r1);
        batch.Add(105, w.Suffix3, r1);
        batch.Add(106, ambiguity[i + Pad], r1);
        batch.Add(107, words[i + Pad + 1].Norm, r2);
        return batch.Hash(features);
    }
}
