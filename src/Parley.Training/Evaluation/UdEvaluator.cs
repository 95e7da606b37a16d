using Parley.Core;
using Parley.Training.Conllu;

namespace Parley.Training.Evaluation;

/// <summary>
/// Runs Parley's components over CoNLL-U gold data and scores them with the CoNLL 2018 definitions.
/// </summary>
public static class UdEvaluator
{
    /// <summary>
    /// Builds one document from gold-tokenized sentences (words joined by single spaces, gold sentence
    /// boundaries) so the pipeline components run exactly as at run time.
    /// </summary>
    public static Document GoldDocument(IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new System.Text.StringBuilder();
        var starts = new List<int>();
        var ends = new List<int>();
        var firsts = new List<int>();
        var lasts = new List<int>();
        var paragraphs = new List<int>();
        var paragraph = -1;
        foreach (var sentence in sentences)
        {
            if (sentence.NewParagraph || paragraph < 0)
            {
                paragraph++;
            }

            firsts.Add(starts.Count);
            foreach (var w in sentence.Words)
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                starts.Add(text.Length);
                text.Append(w.Form.Length == 0 ? "_" : w.Form);
                ends.Add(text.Length);
            }

            lasts.Add(starts.Count);
            paragraphs.Add(paragraph);
        }

        var document = new Document(text.ToString());
        document.SetTokens(starts.ToArray(), ends.ToArray());
        document.SetSentences(firsts.ToArray(), lasts.ToArray(), paragraphs.ToArray());
        return document;
    }

    /// <summary>Runs <paramref name="components"/> (tagger, lemmatizer, parser — any subset) on gold tokenization and scores them.</summary>
    public static UdScores ScoreGoldTokenization(IReadOnlyList<ConlluSentence> gold, IEnumerable<IPipe> components)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(components);
        var pipeline = Pipeline.Create(components.Prepend(new PresetLayers(Annotations.Tokens, Annotations.Sentences)));
        var document = GoldDocument(gold);
        pipeline.Process(document);
        var words = gold.SelectMany(s => s.Words.Select(w => (Sentence: s, Word: w))).ToList();
        long upos = 0;
        long xpos = 0;
        long lemma = 0;
        long uas = 0;
        long las = 0;
        var sentenceIndex = 0;
        var sentenceStart = 0;
        for (var i = 0; i < words.Count; i++)
        {
            while (i >= sentenceStart + gold[sentenceIndex].Words.Count)
            {
                sentenceStart += gold[sentenceIndex].Words.Count;
                sentenceIndex++;
            }

            var g = words[i].Word;
            upos += document.Upos is { } u && u[i] == g.Upos ? 1 : 0;
            xpos += document.Xpos is { } x && x[i] == g.Xpos ? 1 : 0;
            lemma += document.Lemmas is { } l && l[i] == g.Lemma ? 1 : 0;
            if (document.Heads is { } heads && document.Relations is { } relations)
            {
                var predictedHead = heads[i] < 0 ? 0 : heads[i] - sentenceStart + 1;
                if (predictedHead == g.Head)
                {
                    uas++;
                    if (Universal(relations[i]).SequenceEqual(Universal(g.Deprel)))
                    {
                        las++;
                    }
                }
            }
        }

        double P(long c) => words.Count == 0 ? 0 : c * 100.0 / words.Count;
        return new UdScores(words.Count, words.Count, 100, 100, P(upos), P(xpos), P(lemma), P(uas), P(las));
    }

    /// <summary>The universal part of a relation (before the colon).</summary>
    public static ReadOnlySpan<char> Universal(string relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        var colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}
