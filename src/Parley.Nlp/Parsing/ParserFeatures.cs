using System.Runtime.CompilerServices;
using Parley.Nlp.Features;

namespace Parley.Nlp.Parsing;

/// <summary>
/// The parser's feature templates: the rich non-local arc-eager features of Zhang and Nivre (2011) —
/// words and tags of S0, N0, N1, N2 and their heads and outermost dependents, distance, valency and label
/// sets. Training and parsing call the same code. If the templates change, bump <see cref="Version"/>.
/// </summary>
public static class ParserFeatures
{
    /// <summary>Feature-set version recorded in the manifest and checked on load.</summary>
    public const int Version = 2;

    /// <summary>Upper bound on the features of one configuration.</summary>
    public const int MaxFeatures = 96;

    private const ulong NoneWord = 0x5EED_0001UL;
    private const ulong RootWord = 0x5EED_0002UL;
    private const ulong NoneTag = 1;
    private const ulong RootTag = 2;

    /// <summary>Writes the features of <paramref name="state"/> into <paramref name="features"/>.</summary>
    /// <param name="state">The configuration.</param>
    /// <param name="words">Word hashes, index 1..n (index 0 unused).</param>
    /// <param name="tags">Tag hashes, index 1..n (index 0 unused).</param>
    /// <param name="features">Output buffer of at least <see cref="MaxFeatures"/>.</param>
    /// <returns>The number of features written.</returns>
    [SkipLocalsInit]
    public static int Extract(ArcEagerState state, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, Span<ulong> features)
    {
        var s0 = state.Stack(0);
        var n0 = state.BufferAt(0);
        var n1 = state.BufferAt(1);
        var n2 = state.BufferAt(2);
        var s0h = s0 > 0 ? state.Heads[s0] : -1;
        var s0h2 = s0h > 0 ? state.Heads[s0h] : -1;
        var s0l = s0 >= 0 ? state.Left1[s0] : -1;
        var s0r = s0 >= 0 ? state.Right1[s0] : -1;
        var s0l2 = s0 >= 0 ? state.Left2[s0] : -1;
        var s0r2 = s0 >= 0 ? state.Right2[s0] : -1;
        var n0l = n0 >= 0 ? state.Left1[n0] : -1;
        var n0l2 = n0 >= 0 ? state.Left2[n0] : -1;

        var s0w = W(words, s0);
        var s0p = T(tags, s0);
        var n0w = W(words, n0);
        var n0p = T(tags, n0);
        var n1w = W(words, n1);
        var n1p = T(tags, n1);
        var n2w = W(words, n2);
        var n2p = T(tags, n2);
        var s0hw = W(words, s0h);
        var s0hp = T(tags, s0h);
        var s0lp = T(tags, s0l);
        var s0rp = T(tags, s0r);
        var n0lp = T(tags, n0l);
        var s1 = state.Stack(1);
        var s1w = W(words, s1);
        var s1p = T(tags, s1);

        var distance = s0 >= 0 && n0 >= 0 ? (ulong)Math.Min(n0 - s0, 10) : 0UL;
        var s0vl = s0 >= 0 ? (ulong)state.LeftCount[s0] : 99UL;
        var s0vr = s0 >= 0 ? (ulong)state.RightCount[s0] : 99UL;
        var n0vl = n0 >= 0 ? (ulong)state.LeftCount[n0] : 99UL;
        var s0sl = s0 >= 0 ? state.LeftLabels[s0] : ulong.MaxValue;
        var s0sr = s0 >= 0 ? state.RightLabels[s0] : ulong.MaxValue;
        var n0sl = n0 >= 0 ? state.LeftLabels[n0] : ulong.MaxValue;

        var batch = new FeatureBatch(stackalloc ulong[FeatureBatch.ScratchSize(MaxFeatures)]);

        // Single words.
        batch.Add(1, s0w, s0p);
        batch.Add(2, s0w);
        batch.Add(3, s0p);
        batch.Add(4, n0w, n0p);
        batch.Add(5, n0w);
        batch.Add(6, n0p);
        batch.Add(7, n1w, n1p);
        batch.Add(8, n1w);
        batch.Add(9, n1p);
        batch.Add(10, n2w, n2p);
        batch.Add(11, n2w);
        batch.Add(12, n2p);

        // Word pairs.
        batch.Add(13, FeatureHash.Add(s0w, s0p), n0w, n0p);
        batch.Add(14, s0w, s0p, n0w);
        batch.Add(15, s0w, n0w, n0p);
        batch.Add(16, s0w, s0p, n0p);
        batch.Add(17, s0p, n0w, n0p);
        batch.Add(18, s0w, n0w);
        batch.Add(19, s0p, n0p);
        batch.Add(20, n0p, n1p);

        // Three words.
        batch.Add(21, n0p, n1p, n2p);
        batch.Add(22, s0p, n0p, n1p);
        batch.Add(23, s0hp, s0p, n0p);
        batch.Add(24, s0p, s0lp, n0p);
        batch.Add(25, s0p, s0rp, n0p);
        batch.Add(26, s0p, n0p, n0lp);

        // Distance.
        batch.Add(27, s0w, distance);
        batch.Add(28, s0p, distance);
        batch.Add(29, n0w, distance);
        batch.Add(30, n0p, distance);
        batch.Add(31, s0w, n0w, distance);
        batch.Add(32, s0p, n0p, distance);

        // Valency.
        batch.Add(33, s0w, s0vr);
        batch.Add(34, s0p, s0vr);
        batch.Add(35, s0w, s0vl);
        batch.Add(36, s0p, s0vl);
        batch.Add(37, n0w, n0vl);
        batch.Add(38, n0p, n0vl);

        // Unigrams of heads and outermost dependents.
        batch.Add(39, s0hw);
        batch.Add(40, s0hp);
        batch.Add(41, L(state, s0));
        batch.Add(42, W(words, s0l));
        batch.Add(43, s0lp);
        batch.Add(44, L(state, s0l));
        batch.Add(45, W(words, s0r));
        batch.Add(46, s0rp);
        batch.Add(47, L(state, s0r));
        batch.Add(48, W(words, n0l));
        batch.Add(49, n0lp);
        batch.Add(50, L(state, n0l));

        // Third order.
        batch.Add(51, W(words, s0h2));
        batch.Add(52, T(tags, s0h2));
        batch.Add(53, L(state, s0h));
        batch.Add(54, W(words, s0l2));
        batch.Add(55, T(tags, s0l2));
        batch.Add(56, L(state, s0l2));
        batch.Add(57, W(words, s0r2));
        batch.Add(58, T(tags, s0r2));
        batch.Add(59, L(state, s0r2));
        batch.Add(60, W(words, n0l2));
        batch.Add(61, T(tags, n0l2));
        batch.Add(62, L(state, n0l2));
        batch.Add(63, s0p, s0lp, T(tags, s0l2));
        batch.Add(64, s0p, s0rp, T(tags, s0r2));
        batch.Add(65, s0p, s0hp, T(tags, s0h2));
        batch.Add(66, n0p, n0lp, T(tags, n0l2));

        // Label sets.
        batch.Add(67, s0w, s0sr);
        batch.Add(68, s0p, s0sr);
        batch.Add(69, s0w, s0sl);
        batch.Add(70, s0p, s0sl);
        batch.Add(71, n0w, n0sl);
        batch.Add(72, n0p, n0sl);

        // Second stack item (helps REDUCE decisions) and bias.
        batch.Add(73, s1w, s1p);
        batch.Add(74, s1p, s0p, n0p);
        batch.Add(75, s0h >= 0 ? 1UL : 0UL, s0p, n0p);
        batch.Add(76, 1);

        // Extra context: the next words together, the top's own arc, and the second stack item.
        batch.Add(77, n0w, n1w);
        batch.Add(78, n0w, n0p, n1p);
        batch.Add(79, FeatureHash.Add(s0p, n0p), n1p, n2p);
        batch.Add(80, s0p, L(state, s0), n0p);
        batch.Add(81, FeatureHash.Add(s0p, s0rp), L(state, s0r), n0p);
        batch.Add(82, s1p, s0p);
        batch.Add(83, s1w, n0w);
        batch.Add(84, n0p, n0lp, L(state, n0l));
        batch.Add(85, s0w, n0p, n1p);
        return batch.Hash(features);
    }

    private static ulong W(ReadOnlySpan<ulong> words, int i) => i < 0 ? NoneWord : i == 0 ? RootWord : words[i];

    private static ulong T(ReadOnlySpan<ulong> tags, int i) => i < 0 ? NoneTag : i == 0 ? RootTag : tags[i];

    private static ulong L(ArcEagerState state, int i) => i < 0 ? 0UL : (ulong)(state.Labels[i] + 2);
}
