using System.Runtime.CompilerServices;
using Parley.Nlp.Features;

namespace Parley.Nlp.Ner;

/// <summary>
/// The recogniser's feature templates: the word and its neighbours (normalised and exact), shapes,
/// affixes, gazetteer matches around the word and the two previous labels. Features are FNV-1a hashes
/// (<see cref="FeatureHash"/>) of a template id and values. Immutable and thread-safe.
/// </summary>
/// <remarks>Changing any template changes the features: bump <see cref="Version"/> and retrain.</remarks>
public sealed class NerFeatures
{
    /// <summary>The feature-set version stored in model manifests.</summary>
    public const int Version = 4;

    /// <summary>An upper bound on the features of one token.</summary>
    public const int MaxFeatures = 96;

    private const uint InitCap = 1, AllCaps = 2, HasDigit = 4, HasHyphen = 8, HasPeriod = 16, Lower = 32, Mixed = 64, NoLetter = 128;

    private static readonly ulong Boundary = FeatureHash.Text("<s>");

    private static readonly ulong NoTag = FeatureHash.Text("<no-tag>");

    private readonly Gazetteer _gazetteer;

    /// <summary>Creates the features over <paramref name="gazetteer"/> and an optional word-class lexicon.</summary>
    /// <param name="gazetteer">The name lists.</param>
    /// <param name="lexicon">The word-class lexicon.</param>
    /// <param name="usesTags">Whether the features read part-of-speech tags (then every sentence must come with them).</param>
    public NerFeatures(Gazetteer gazetteer, NerLexicon? lexicon = null, bool usesTags = false)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        Lexicon = lexicon ?? NerLexicon.Empty;
        UsesTags = usesTags;
    }

    /// <summary>Whether the features read Penn Treebank tags from Parley's tagger (saved with the model).</summary>
    public bool UsesTags { get; }

    /// <summary>The gazetteer the features read.</summary>
    public Gazetteer Gazetteer => _gazetteer;

    /// <summary>The word-class lexicon (saved with the model).</summary>
    public NerLexicon Lexicon { get; }

    /// <summary>Hashes the per-token views of <paramref name="tokens"/> and their optional part-of-speech tags.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="pos">Penn Treebank tags from Parley's tagger, one per token: required when <see cref="UsesTags"/>, ignored otherwise.</param>
    /// <exception cref="ArgumentException">The features use tags and none (or not one per token) were given.</exception>
    public NerSentenceContext Prepare(IReadOnlyList<string> tokens, IReadOnlyList<string>? pos = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (!UsesTags)
        {
            pos = null;
        }
        else if (pos is null || pos.Count != tokens.Count)
        {
            throw new ArgumentException($"This NER model reads part-of-speech tags: give one per token ({tokens.Count}); run Parley's tagger before the recogniser.", nameof(pos));
        }

        var context = new NerSentenceContext(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            context.Pos[i] = pos is null ? NoTag : FeatureHash.Text(pos[i]);
        }

        _gazetteer.Match(tokens, context.Gazetteer);
        _gazetteer.Match(tokens, context.LowerGazetteer, ignoreCase: true);
        Span<char> shape = stackalloc char[16];
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].AsSpan();
            var norm = FeatureHash.Seed;
            var exact = FeatureHash.Seed;
            var shapeLength = 0;
            var shortShape = FeatureHash.Seed;
            var lastClass = '\0';
            var run = 0;
            var upper = 0;
            var letters = 0;
            uint flags = 0;
            for (var k = 0; k < word.Length; k++)
            {
                var c = word[k];
                exact = FeatureHash.Char(exact, c);
                norm = FeatureHash.Char(norm, Normalise(c));
                char cls;
                if (char.IsUpper(c))
                {
                    cls = 'X';
                    upper++;
                    letters++;
                    if (k > 0)
                    {
                        flags |= Mixed;
                    }
                }
                else if (char.IsLetter(c))
                {
                    cls = 'x';
                    letters++;
                }
                else if (char.IsDigit(c))
                {
                    cls = 'd';
                    flags |= HasDigit;
                }
                else
                {
                    cls = Normalise(c);
                    if (c == '-')
                    {
                        flags |= HasHyphen;
                    }
                    else if (c == '.')
                    {
                        flags |= HasPeriod;
                    }
                }

                run = cls == lastClass ? run + 1 : 1;
                if (run <= 3 && shapeLength < shape.Length)
                {
                    shape[shapeLength++] = cls;
                }

                if (run == 1)
                {
                    shortShape = FeatureHash.Char(shortShape, cls);
                }

                lastClass = cls;
            }

            if (letters == 0)
            {
                flags |= NoLetter;
            }
            else if (upper == letters && letters > 1)
            {
                flags |= AllCaps;
            }
            else if (upper == 0)
            {
                flags |= Lower;
            }

            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                flags |= InitCap;
            }

            context.Norm[i] = norm;
            context.Exact[i] = exact;
            context.Shape[i] = FeatureHash.Text(shape[..shapeLength]);
            context.ShortShape[i] = shortShape;
            context.Flags[i] = flags;
            context.Lexicon[i] = Lexicon.ClassOf(word);
            var prefix = FeatureHash.Seed;
            for (var k = 0; k < 3; k++)
            {
                prefix = k < word.Length ? FeatureHash.Char(prefix, Normalise(word[k])) : FeatureHash.Char(prefix, '\0');
                context.Prefix[(i * 3) + k] = prefix;
            }

            var suffix = FeatureHash.Seed;
            for (var k = 0; k < 4; k++)
            {
                suffix = k < word.Length ? FeatureHash.Char(suffix, Normalise(word[word.Length - 1 - k])) : FeatureHash.Char(suffix, '\0');
                context.Suffix[(i * 4) + k] = suffix;
            }
        }

        return context;
    }

    /// <summary>
    /// Writes the features of token <paramref name="i"/> given the two previous labels (-1 before the
    /// sentence start) into <paramref name="output"/> and returns how many there are.
    /// </summary>
    [SkipLocalsInit]
    public static int Extract(NerSentenceContext context, int i, int previous1, int previous2, Span<ulong> output)
    {
        ArgumentNullException.ThrowIfNull(context);
        var batch = new FeatureBatch(stackalloc ulong[FeatureBatch.ScratchSize(MaxFeatures)]);
        var w = context.Norm[i];
        var s = context.Shape[i];
        var p1 = (ulong)(previous1 + 1);
        var p2 = (ulong)(previous2 + 1);
        var wm1 = Norm(context, i - 1);
        var wp1 = Norm(context, i + 1);
        var sm1 = ShapeAt(context, i - 1);
        var sp1 = ShapeAt(context, i + 1);
        var first = i == 0 ? 1UL : 0UL;

        batch.Add(0, 0);
        batch.Add(1, w);
        batch.Add(2, context.Exact[i]);
        batch.Add(3, s);
        batch.Add(4, context.ShortShape[i], first);
        for (var k = 0; k < 3; k++)
        {
            batch.Add(5 + k, context.Prefix[(i * 3) + k]);
        }

        for (var k = 0; k < 4; k++)
        {
            batch.Add(8 + k, context.Suffix[(i * 4) + k]);
        }

        batch.Add(12, wm1);
        batch.Add(13, wp1);
        batch.Add(14, Norm(context, i - 2));
        batch.Add(15, Norm(context, i + 2));
        batch.Add(16, sm1);
        batch.Add(17, sp1);
        batch.Add(18, wm1, w);
        batch.Add(19, w, wp1);
        batch.Add(20, p1);
        batch.Add(21, p1, p2);
        batch.Add(22, p1, w);
        batch.Add(23, p1, s);
        batch.Add(24, sm1, s, sp1);
        batch.Add(25, w, first);
        batch.Add(26, context.Flags[i], first);
        batch.Add(27, i > 0 ? context.Exact[i - 1] : Boundary);
        batch.Add(28, p1, wm1);
        batch.Add(29, context.Suffix[(i * 4) + 2], p1);
        batch.Add(35, s, wp1);
        batch.Add(36, wm1, s);
        batch.Add(37, Norm(context, i - 2), wm1);
        batch.Add(38, wp1, Norm(context, i + 2));
        batch.Add(39, ShortAt(context, i - 1), context.ShortShape[i], ShortAt(context, i + 1));
        batch.Add(40, p1, s, wp1);
        var lex = context.Lexicon[i];
        batch.Add(41, lex, context.Flags[i] & (InitCap | AllCaps), first);
        batch.Add(42, LexAt(context, i - 1), lex, LexAt(context, i + 1));
        batch.Add(43, lex, p1);
        GazetteerBits(context.Gazetteer[i], 30, ref batch);
        GazetteerCategories(context, i - 1, 31, ref batch);
        GazetteerCategories(context, i + 1, 32, ref batch);
        var lowerGaz = context.LowerGazetteer[i];
        if (lowerGaz != 0 && context.Gazetteer[i] == 0)
        {
            GazetteerBits(lowerGaz, 44, ref batch);
            batch.Add(45, lowerGaz, context.Flags[i] & (Lower | AllCaps));
        }

        var pos = context.Pos[i];
        var posM1 = PosAt(context, i - 1);
        var posP1 = PosAt(context, i + 1);
        batch.Add(50, pos);
        batch.Add(51, pos, context.Flags[i] & (InitCap | AllCaps | Lower), first);
        batch.Add(52, posM1, pos, posP1);
        batch.Add(53, pos, p1);
        batch.Add(54, posP1, s);
        batch.Add(55, posM1, pos);
        batch.Add(56, pos, posP1);
        var length = context.Length;
        batch.Add(46, (ulong)(length == 1 ? 1 : length == 2 ? 2 : length <= 5 ? 3 : 4), context.ShortShape[i], first);
        batch.Add(47, context.Suffix[(i * 4) + 2], context.Flags[i] & InitCap);
        batch.Add(48, p1, sp1);
        var h = context.History[i];
        batch.Add(60, h);
        batch.Add(61, h, context.Flags[i] & (InitCap | AllCaps | Lower), first);
        batch.Add(62, h, p1);
        batch.Add(63, HistoryAt(context, i - 1), h, HistoryAt(context, i + 1));
        var gaz = context.Gazetteer[i];
        if (gaz != 0)
        {
            batch.Add(33, gaz, context.Flags[i] & (InitCap | AllCaps));
            batch.Add(34, gaz, p1);
        }

        return batch.Hash(output);
    }

    private static void GazetteerBits(uint mask, int template, ref FeatureBatch batch)
    {
        for (var bit = 0; mask != 0 && bit < 32; bit++, mask >>= 1)
        {
            if ((mask & 1) != 0 && batch.Count < MaxFeatures)
            {
                batch.Add(template, (ulong)bit);
            }
        }
    }

    private static void GazetteerCategories(NerSentenceContext context, int i, int template, ref FeatureBatch batch)
    {
        if (i < 0 || i >= context.Length)
        {
            return;
        }

        var mask = context.Gazetteer[i];
        for (var category = 0; mask != 0 && category < 8; category++, mask >>= Ner.Gazetteer.BitsPerCategory)
        {
            if ((mask & 0xF) != 0 && batch.Count < MaxFeatures)
            {
                batch.Add(template, (ulong)category);
            }
        }
    }

    private static ulong Norm(NerSentenceContext context, int i) => i < 0 || i >= context.Length ? Boundary : context.Norm[i];

    private static ulong HistoryAt(NerSentenceContext context, int i) => i < 0 || i >= context.Length ? 255UL : context.History[i];

    private static ulong PosAt(NerSentenceContext context, int i) => i < 0 || i >= context.Length ? Boundary : context.Pos[i];

    private static ulong LexAt(NerSentenceContext context, int i) => i < 0 || i >= context.Length ? 255UL : context.Lexicon[i];

    private static ulong ShortAt(NerSentenceContext context, int i) => i < 0 || i >= context.Length ? Boundary : context.ShortShape[i];

    private static ulong ShapeAt(NerSentenceContext context, int i) => i < 0 || i >= context.Length ? Boundary : context.Shape[i];

    private static char Normalise(char c) => c switch
    {
        >= '0' and <= '9' => '0',
        '\u2018' or '\u2019' or '\u201B' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' => '"',
        '\u2013' or '\u2014' => '-',
        _ => char.ToLowerInvariant(c),
    };
}
