namespace Parley.Nlp.Ner;

/// <summary>Adds the weights of hashed features to per-class scores.</summary>
public delegate void NerScorer(ReadOnlySpan<ulong> features, Span<float> scores);

/// <summary>Called during training with a token's features, its gold class and the guessed class.</summary>
public delegate void NerUpdater(ReadOnlySpan<ulong> features, int truth, int guess);

/// <summary>
/// Greedy left-to-right BILOU decoding with the two previous labels as features and only valid
/// transitions allowed. Training runs the same loop with an <see cref="NerUpdater"/>, so the model learns
/// from its own previous decisions.
/// </summary>
public static class NerDecoder
{
    /// <summary>Labels every token of <paramref name="context"/> into <paramref name="output"/>.</summary>
    /// <param name="context">The prepared sentence.</param>
    /// <param name="labels">The label set.</param>
    /// <param name="score">Scores features.</param>
    /// <param name="output">One class per token.</param>
    /// <param name="gold">Gold classes, when training.</param>
    /// <param name="update">The training update, called for each token when <paramref name="gold"/> is given.</param>
    /// <param name="history">What earlier sentences of the document said about each word; read before decoding and given this sentence's labels after. Without it the history features read "never seen".</param>
    public static void Decode(NerSentenceContext context, NerLabelSet labels, NerScorer score, Span<int> output, ReadOnlySpan<int> gold = default, NerUpdater? update = null, NerDocumentHistory? history = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(score);
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[labels.Count];
        if (history is null)
        {
            context.History.AsSpan().Clear();
        }
        else
        {
            history.Fill(context);
        }

        int previous1 = -1, previous2 = -1;
        for (var i = 0; i < context.Length; i++)
        {
            var count = NerFeatures.Extract(context, i, previous1, previous2, features);
            scores.Clear();
            score(features[..count], scores);
            var last = i == context.Length - 1;
            var best = -1;
            for (var c = 0; c < labels.Count; c++)
            {
                if (labels.Allowed(previous1, c, last) && (best < 0 || scores[c] > scores[best]))
                {
                    best = c;
                }
            }

            if (update != null && !gold.IsEmpty)
            {
                update(features[..count], gold[i], best);
            }

            output[i] = best;
            previous2 = previous1;
            previous1 = best;
        }

        history?.Record(context, labels, output[..context.Length]);
    }
}
