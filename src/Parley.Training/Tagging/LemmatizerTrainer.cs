using Parley.Nlp.Lemmatization;
using Parley.Training.Conllu;

namespace Parley.Training.Tagging;

/// <summary>
/// Learns the lemmatizer: for every (XPOS, final characters) the most frequent edit, then an exception entry
/// for each (form, XPOS) whose most frequent lemma the rules get wrong. Deterministic.
/// </summary>
public static class LemmatizerTrainer
{
    /// <summary>Learns from the gold forms, tags and lemmas of <paramref name="train"/>.</summary>
    /// <param name="train">Training sentences.</param>
    /// <param name="minRuleCount">A suffix rule needs this many supporting words.</param>
    public static LemmatizerModel Train(IReadOnlyList<ConlluSentence> train, int minRuleCount = 2)
    {
        ArgumentNullException.ThrowIfNull(train);
        var pairs = new Dictionary<(string Form, string Xpos), Dictionary<string, int>>();
        foreach (var w in train.SelectMany(s => s.Words))
        {
            if (w.Lemma == "_" && w.Form != "_")
            {
                continue;
            }

            if (!pairs.TryGetValue((w.Form, w.Xpos), out var lemmas))
            {
                pairs[(w.Form, w.Xpos)] = lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            lemmas[w.Lemma] = lemmas.GetValueOrDefault(w.Lemma) + 1;
        }

        var best = pairs
            .Select(p => (p.Key.Form, p.Key.Xpos, Lemma: p.Value.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).First().Key, Count: p.Value.Values.Sum()))
            .OrderBy(p => p.Xpos, StringComparer.Ordinal).ThenBy(p => p.Form, StringComparer.Ordinal)
            .ToList();

        // Count edits per rule key, by distinct word types (so frequent irregular words do not dominate).
        var editIds = new Dictionary<LemmaEdit, int>();
        var edits = new List<LemmaEdit>();
        var ruleCounts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var (form, xpos, lemma, _) in best)
        {
            var edit = LemmaEdit.Learn(form, lemma);
            if (!editIds.TryGetValue(edit, out var id))
            {
                editIds[edit] = id = edits.Count;
                edits.Add(edit);
            }

            for (var k = 0; k <= Math.Min(LemmatizerModel.MaxSuffix, form.Length); k++)
            {
                var key = LemmatizerModel.RuleKey(xpos, form, k);
                if (!ruleCounts.TryGetValue(key, out var counts))
                {
                    ruleCounts[key] = counts = [];
                }

                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        var rules = new Dictionary<ulong, int>();
        foreach (var key in ruleCounts.Keys.Order())
        {
            var counts = ruleCounts[key];
            var top = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First();
            if (top.Value >= minRuleCount)
            {
                rules[key] = top.Key;
            }
        }

        var withoutExceptions = new LemmatizerModel(edits, rules, new Dictionary<ulong, string>());
        var exceptions = new Dictionary<ulong, string>();
        foreach (var (form, xpos, lemma, _) in best)
        {
            var predicted = withoutExceptions.ApplyRules(form, xpos) ?? form;
            if (!string.Equals(predicted, lemma, StringComparison.Ordinal))
            {
                exceptions[LemmatizerModel.ExceptionKey(form, xpos)] = lemma;
            }
        }

        return new LemmatizerModel(edits, rules, exceptions);
    }
}
