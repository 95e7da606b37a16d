using Parley.Nlp.Ner;
using Parley.Training.Scoring;

namespace Parley.Training.Ner;

/// <summary>
/// Entity-level scores (CoNLL style): an entity counts as correct only when its token span and its type
/// both match a gold entity exactly. Overall and per type.
/// </summary>
public sealed class NerScore
{
    private NerScore(F1Score overall, IReadOnlyDictionary<string, F1Score> byType)
    {
        Overall = overall;
        ByType = byType;
    }

    /// <summary>All types together.</summary>
    public F1Score Overall { get; }

    /// <summary>Per entity type, ordered by type name.</summary>
    public IReadOnlyDictionary<string, F1Score> ByType { get; }

    /// <summary>Scores system tags against gold tags, sentence by sentence (IOB2, BIO or BILOU tags).</summary>
    /// <param name="gold">Gold tags of each sentence.</param>
    /// <param name="system">System tags of the same sentences, same lengths.</param>
    public static NerScore Compute(IReadOnlyList<IReadOnlyList<string>> gold, IReadOnlyList<IReadOnlyList<string>> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        if (gold.Count != system.Count)
        {
            throw new ArgumentException($"{gold.Count} gold sentences but {system.Count} system sentences.", nameof(system));
        }

        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        for (var s = 0; s < gold.Count; s++)
        {
            if (gold[s].Count != system[s].Count)
            {
                throw new ArgumentException($"Sentence {s} has {gold[s].Count} gold tags but {system[s].Count} system tags.", nameof(system));
            }

            var g = EntityTags.Spans(gold[s]);
            var p = EntityTags.Spans(system[s]);
            foreach (var span in g)
            {
                Count(counts, span.Type)[0]++;
            }

            foreach (var span in p)
            {
                Count(counts, span.Type)[1]++;
                if (g.Contains(span))
                {
                    Count(counts, span.Type)[2]++;
                }
            }
        }

        var byType = new SortedDictionary<string, F1Score>(StringComparer.Ordinal);
        int tg = 0, ts = 0, tc = 0;
        foreach (var (type, c) in counts)
        {
            byType[type] = new F1Score(c[0], c[1], c[2]);
            tg += c[0];
            ts += c[1];
            tc += c[2];
        }

        return new NerScore(new F1Score(tg, ts, tc), byType);
    }

    private static int[] Count(SortedDictionary<string, int[]> counts, string type)
    {
        if (!counts.TryGetValue(type, out var c))
        {
            c = new int[3];
            counts[type] = c;
        }

        return c;
    }
}
