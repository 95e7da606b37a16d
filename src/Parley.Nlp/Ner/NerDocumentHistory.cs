namespace Parley.Nlp.Ner;

/// <summary>
/// What the recogniser said earlier in the same document about each word (Ratinov and Roth's "extended
/// prediction history"): for every normalised word form, how often the decoder labelled it with each entity
/// type or left it outside an entity. <see cref="NerDecoder"/> reads it before a sentence (a history feature
/// per token) and adds the sentence's labels afterwards, so a name recognised in an easy context helps where
/// it recurs in a hard one. One instance per document; not thread-safe.
/// </summary>
public sealed class NerDocumentHistory
{
    // Per word: [outside, type 0, type 1, …] counts.
    private readonly Dictionary<ulong, int[]> _counts = [];

    /// <summary>Number of distinct words recorded.</summary>
    public int Count => _counts.Count;

    /// <summary>Forgets everything (a new document starts).</summary>
    public void Clear() => _counts.Clear();

    /// <summary>
    /// The history value of each token of <paramref name="context"/>: 0 never seen, 1 seen only outside
    /// entities, then for the entity type <c>t</c> it most often had: <c>2 + 2t</c> when it was that type at
    /// least as often as outside an entity, <c>3 + 2t</c> otherwise.
    /// </summary>
    internal void Fill(NerSentenceContext context)
    {
        for (var i = 0; i < context.Length; i++)
        {
            context.History[i] = _counts.TryGetValue(context.Exact[i], out var counts) ? Value(counts) : 0UL;
        }
    }

    /// <summary>Records the labels the decoder gave <paramref name="context"/>: entity tokens, and capitalised tokens outside entities.</summary>
    internal void Record(NerSentenceContext context, NerLabelSet labels, ReadOnlySpan<int> classes)
    {
        for (var i = 0; i < context.Length; i++)
        {
            var type = labels.TypeOf(classes[i]);
            if (type < 0 && !context.IsCapitalised(i))
            {
                continue;
            }

            if (!_counts.TryGetValue(context.Exact[i], out var counts))
            {
                counts = new int[labels.Types.Count + 1];
                _counts[context.Exact[i]] = counts;
            }

            counts[type + 1]++;
        }
    }

    private static ulong Value(int[] counts)
    {
        var best = -1;
        for (var t = 1; t < counts.Length; t++)
        {
            if (counts[t] > 0 && (best < 0 || counts[t] > counts[best]))
            {
                best = t;
            }
        }

        if (best < 0)
        {
            return 1;
        }

        return (ulong)(2 + (2 * (best - 1)) + (counts[best] >= counts[0] ? 0 : 1));
    }
}
