namespace Parley.Nlp.Parsing;

/// <summary>
/// The parser's feature templates: the rich non-local arc-eager features of Zhang and Nivre (2011) —
/// words and tags of S0, N0, N1, N2 and their heads and outermost dependents, distance, valency and label
/// sets. Training and parsing call the same code. If the templates change, bump <see cref="Version"/>.
/// </summary>
public static class ParserFeatures
{
    /// <summary>Feature-set version recorded in the manifest and checked on load.</summary>
    public const int Version = 1;

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

        var n = 0;

        // Single words.
        features[n++] = F(1, s0w, s0p);
        features[n++] = F(2, s0w);
        features[n++] = F(3, s0p);
        features[n++] = F(4, n0w, n0p);
        features[n++] = F(5, n0w);
        features[n++] = F(6, n0p);
        features[n++] = F(7, n1w, n1p);
        features[n++] = F(8, n1w);
        features[n++] = F(9, n1p);
        features[n++] = F(10, n2w, n2p);
        features[n++] = F(11, n2w);
        features[n++] = F(12, n2p);

        // Word pairs.
        features[n++] = F(13, s0w, s0p, n0w, n0p);
        features[n++] = F(14, s0w, s0p, n0w);
        features[n++] = F(15, s0w, n0w, n0p);
        features[n++] = F(16, s0w, s0p, n0p);
        features[n++] = F(17, s0p, n0w, n0p);
        features[n++] = F(18, s0w, n0w);
        features[n++] = F(19, s0p, n0p);
        features[n++] = F(20, n0p, n1p);

        // Three words.
        features[n++] = F(21, n0p, n1p, n2p);
        features[n++] = F(22, s0p, n0p, n1p);
        features[n++] = F(23, s0hp, s0p, n0p);
        features[n++] = F(24, s0p, s0lp, n0p);
        features[n++] = F(25, s0p, s0rp, n0p);
        features[n++] = F(26, s0p, n0p, n0lp);

        // Distance.
        features[n++] = F(27, s0w, distance);
        features[n++] = F(28, s0p, distance);
        features[n++] = F(29, n0w, distance);
        features[n++] = F(30, n0p, distance);
        features[n++] = F(31, s0w, n0w, distance);
        features[n++] = F(32, s0p, n0p, distance);

        // Valency.
        features[n++] = F(33, s0w, s0vr);
        features[n++] = F(34, s0p, s0vr);
        features[n++] = F(35, s0w, s0vl);
        features[n++] = F(36, s0p, s0vl);
        features[n++] = F(37, n0w, n0vl);
        features[n++] = F(38, n0p, n0vl);

        // Unigrams of heads and outermost dependents.
        features[n++] = F(39, s0hw);
        features[n++] = F(40, s0hp);
        features[n++] = F(41, L(state, s0));
        features[n++] = F(42, W(words, s0l));
        features[n++] = F(43, s0lp);
        features[n++] = F(44, L(state, s0l));
        features[n++] = F(45, W(words, s0r));
        features[n++] = F(46, s0rp);
        features[n++] = F(47, L(state, s0r));
        features[n++] = F(48, W(words, n0l));
        features[n++] = F(49, n0lp);
        features[n++] = F(50, L(state, n0l));

        // Third order.
        features[n++] = F(51, W(words, s0h2));
        features[n++] = F(52, T(tags, s0h2));
        features[n++] = F(53, L(state, s0h));
        features[n++] = F(54, W(words, s0l2));
        features[n++] = F(55, T(tags, s0l2));
        features[n++] = F(56, L(state, s0l2));
        features[n++] = F(57, W(words, s0r2));
        features[n++] = F(58, T(tags, s0r2));
        features[n++] = F(59, L(state, s0r2));
        features[n++] = F(60, W(words, n0l2));
        features[n++] = F(61, T(tags, n0l2));
        features[n++] = F(62, L(state, n0l2));
        features[n++] = F(63, s0p, s0lp, T(tags, s0l2));
        features[n++] = F(64, s0p, s0rp, T(tags, s0r2));
        features[n++] = F(65, s0p, s0hp, T(tags, s0h2));
        features[n++] = F(66, n0p, n0lp, T(tags, n0l2));

        // Label sets.
        features[n++] = F(67, s0w, s0sr);
        features[n++] = F(68, s0p, s0sr);
        features[n++] = F(69, s0w, s0sl);
        features[n++] = F(70, s0p, s0sl);
        features[n++] = F(71, n0w, n0sl);
        features[n++] = F(72, n0p, n0sl);

        // Second stack item (helps REDUCE decisions) and bias.
        features[n++] = F(73, s1w, s1p);
        features[n++] = F(74, s1p, s0p, n0p);
        features[n++] = F(75, s0h >= 0 ? 1UL : 0UL, s0p, n0p);
        features[n++] = F(76, 1);
        return n;
    }

    private static ulong W(ReadOnlySpan<ulong> words, int i) => i < 0 ? NoneWord : i == 0 ? RootWord : words[i];

    private static ulong T(ReadOnlySpan<ulong> tags, int i) => i < 0 ? NoneTag : i == 0 ? RootTag : tags[i];

    private static ulong L(ArcEagerState state, int i) => i < 0 ? 0UL : (ulong)(state.Labels[i] + 2);

    private static ulong F(int t, ulong a) => Features.FeatureHash.Feature(t, a);

    private static ulong F(int t, ulong a, ulong b) => Features.FeatureHash.Feature(t, a, b);

    private static ulong F(int t, ulong a, ulong b, ulong c) => Features.FeatureHash.Feature(t, a, b, c);

    private static ulong F(int t, ulong a, ulong b, ulong c, ulong d) => Features.FeatureHash.Feature(t, Features.FeatureHash.Add(a, b), c, d);
}
