using System.Buffers;
using Parley.Nlp.Features;
using Parley.Nlp.Perceptron;

namespace Parley.Nlp.Tagging;

/// <summary>
/// A trained part-of-speech model: an averaged perceptron over joint UPOS+XPOS tags, plus a dictionary of
/// frequent words that always carried one tag in training (those skip scoring). With second-pass weights the
/// sentence is tagged twice, left to right: the second pass also sees the first pass's tags of the next two
/// words. Immutable and thread-safe.
/// </summary>
public sealed class TaggerModel
{
    private readonly Dictionary<ulong, int> _tagDictionary;
    private readonly Dictionary<ulong, ulong> _ambiguity;

    /// <summary>Creates a model.</summary>
    /// <param name="upos">UPOS of each class.</param>
    /// <param name="xpos">XPOS of each class.</param>
    /// <param name="weights">Weights over <paramref name="upos"/>.Length classes.</param>
    /// <param name="tagDictionary">Exact-form hash → class for unambiguous frequent words.</param>
    /// <param name="ambiguity">Normalised-form hash → hash of the set of classes the word had in training.</param>
    /// <param name="secondPass">Weights of the second pass (features of <see cref="TaggerFeatures.ExtractSecondPass"/>), or null for one pass.</param>
    public TaggerModel(string[] upos, string[] xpos, PerceptronWeights weights, IReadOnlyDictionary<ulong, int> tagDictionary, IReadOnlyDictionary<ulong, ulong> ambiguity, PerceptronWeights? secondPass = null)
    {
        ArgumentNullException.ThrowIfNull(ambiguity);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(tagDictionary);
        if (upos.Length != xpos.Length || upos.Length != weights.ClassCount)
        {
            throw new ArgumentException($"{upos.Length} UPOS and {xpos.Length} XPOS labels for {weights.ClassCount} classes.", nameof(weights));
        }

        if (secondPass is not null && secondPass.ClassCount != weights.ClassCount)
        {
            throw new ArgumentException($"The second pass scores {secondPass.ClassCount} classes, the first {weights.ClassCount}.", nameof(secondPass));
        }

        Upos = upos;
        Xpos = xpos;
        Weights = weights;
        SecondPass = secondPass;
        _tagDictionary = new Dictionary<ulong, int>(tagDictionary);
        _ambiguity = new Dictionary<ulong, ulong>(ambiguity);
        _presentVerb = [.. upos.Select((u, c) => u == "VERB" && xpos[c] == "VBZ")];
        _modal = [.. xpos.Select(x => x == "MD")];
    }

    // Classes of a present-tense verb ("talks", "forces") and of a modal ("will", "could").
    private readonly bool[] _presentVerb;
    private readonly bool[] _modal;

    /// <summary>UPOS of each class.</summary>
    public IReadOnlyList<string> Upos { get; }

    /// <summary>XPOS of each class.</summary>
    public IReadOnlyList<string> Xpos { get; }

    /// <summary>The weights.</summary>
    public PerceptronWeights Weights { get; }

    /// <summary>The second pass's weights, or null when the model tags in one pass.</summary>
    public PerceptronWeights? SecondPass { get; }

    /// <summary>The unambiguous-word dictionary (exact-form hash → class).</summary>
    public IReadOnlyDictionary<ulong, int> TagDictionary => _tagDictionary;

    /// <summary>Normalised-form hash → hash of the word's training tag set.</summary>
    public IReadOnlyDictionary<ulong, ulong> Ambiguity => _ambiguity;

    /// <summary>Tags the words <c>[starts[i], ends[i])</c> of <paramref name="text"/>, writing class ids to <paramref name="tags"/>.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> tags)
    {
        var n = starts.Length;
        var words = ArrayPool<WordInfo>.Shared.Rent(n + (2 * TaggerFeatures.Pad));
        try
        {
            TaggerFeatures.Prepare(text, starts, ends, words);
            for (var i = 0; i < n; i++)
            {
                if (!_ambiguity.ContainsKey(words[i + TaggerFeatures.Pad].Norm) && AmericanSpelling(text[starts[i]..ends[i]]) is { } known)
                {
                    words[i + TaggerFeatures.Pad] = known;
                }
            }

            Tag(words.AsSpan(0, n + (2 * TaggerFeatures.Pad)), tags);
        }
        finally
        {
            ArrayPool<WordInfo>.Shared.Return(words);
        }
    }

    /// <summary>
    /// The word as its American spelling when the model never saw <paramref name="word"/> but knows that
    /// spelling (<see cref="SpellingVariants"/>), else null.
    /// </summary>
    private WordInfo? AmericanSpelling(ReadOnlySpan<char> word)
    {
        // Lower-case words only: a capitalised British form is often a name ("Endeavour", "Labour", "Coloured").
        if (word.Length < 4 || !char.IsLower(word[0]) || !char.IsLetter(word[^1]))
        {
            return null;
        }

        var form = word.ToString();
        foreach (var candidate in SpellingVariants.Candidates(form))
        {
            var info = WordInfo.Create(candidate);
            if (_ambiguity.ContainsKey(info.Norm))
            {
                return info;
            }
        }

        return null;
    }

    /// <summary>Tags prepared words (see <see cref="TaggerFeatures.Prepare"/>).</summary>
    public void Tag(ReadOnlySpan<WordInfo> words, Span<int> tags)
    {
        var n = words.Length - (2 * TaggerFeatures.Pad);
        var ambiguity = words.Length <= 256 ? stackalloc ulong[words.Length] : new ulong[words.Length];
        FillAmbiguity(words, ambiguity);
        if (SecondPass is null)
        {
            Decode(null, words, ambiguity, default, tags);
            return;
        }

        var first = n <= 256 ? stackalloc int[n] : new int[n];
        Decode(null, words, ambiguity, default, first);
        Decode(SecondPass, words, ambiguity, first, tags);
    }

    /// <summary>
    /// One greedy left-to-right pass with the previous two tags. Without <paramref name="second"/> it is the
    /// first pass; with it, the second pass, which also sees the <paramref name="first"/> pass's tags of the
    /// next two words and adds the first pass's weights over the features the passes share.
    /// </summary>
    private void Decode(PerceptronWeights? second, ReadOnlySpan<WordInfo> words, ReadOnlySpan<ulong> ambiguity, ReadOnlySpan<int> first, Span<int> tags)
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
                scores.Clear();
                if (second is null)
                {
                    var count = TaggerFeatures.Extract(words, ambiguity, i, p1, p2, features);
                    Weights.Score(features[..count], scores);
                }
                else
                {
                    var r1 = i + 1 < n ? first[i + 1] : TaggerFeatures.StartTag;
                    var r2 = i + 2 < n ? first[i + 2] : TaggerFeatures.StartTag;
                    var count = TaggerFeatures.ExtractSecondPass(words, ambiguity, i, p1, p2, r1, r2, features);
                    second.Score(features[..count], scores);

                    // The first pass's weights vote too, on the features the two passes share (a two-model
                    // ensemble; on EWT dev as accurate as the second pass alone, and it keeps "a need to travel" a noun).
                    Weights.Score(features[..(count - TaggerFeatures.SecondPassExtra)], scores);
                }

                best = ArgMax(scores);

                // A verb in -s right before a modal is a plural noun: "talks will begin", "sanctions could bite".
                // (The treebanks never have a main verb there; their only cases are "is can"-style auxiliaries.)
                // Not after a wh-word: "Whoever wins will face …", "What Russia wants will …".
                if (second is not null && _presentVerb[best] && i + 1 < n && _modal[first[i + 1]] && !AfterWhWord(words, i))
                {
                    for (var c = 0; c < scores.Length; c++)
                    {
                        if (_presentVerb[c])
                        {
                            scores[c] = float.NegativeInfinity;
                        }
                    }

                    best = ArgMax(scores);
                }
            }

            tags[i] = best;
            p2 = p1;
            p1 = best;
        }
    }

    private static readonly ulong[] WhWords = [.. new[] { "who", "whoever", "what", "whatever", "which", "whichever", "that" }.Select(w => WordInfo.Create(w).Norm)];

    // Whether one of the three words before word i (0-based, unpadded) is a wh-word opening a subject clause.
    private static bool AfterWhWord(ReadOnlySpan<WordInfo> words, int i)
    {
        for (var k = Math.Max(0, i - 3); k < i; k++)
        {
            if (Array.IndexOf(WhWords, words[k + TaggerFeatures.Pad].Norm) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Looks up the training tag set of every prepared word (0 when unknown).</summary>
    public void FillAmbiguity(ReadOnlySpan<WordInfo> words, Span<ulong> ambiguity)
    {
        for (var i = 0; i < words.Length; i++)
        {
            ambiguity[i] = _ambiguity.GetValueOrDefault(words[i].Norm);
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
