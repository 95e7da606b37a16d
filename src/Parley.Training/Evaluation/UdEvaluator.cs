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
    public static UdScores ScoreGoldTokenization(IReadOnlyList<ConlluSentence> gold, IEnumerable<IPipe> components, TextWriter? output = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(components);
        var pipeline = Pipeline.Create(components.Prepend(new PresetLayers(Annotations.Tokens, Annotations.Sentences)));
        var document = GoldDocument(gold);
        pipeline.Process(document);
        if (output is not null)
        {
            ConlluDocumentWriter.Write(document, output, [.. gold.Select(s => s.SentId)]);
        }

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

    /// <summary>
    /// Runs <paramref name="pipeline"/> (which must segment the text itself) on the raw text behind
    /// <paramref name="gold"/> and scores it as the CoNLL 2018 shared task does: system words are aligned to
    /// gold words by identical character spans, and every score is an F1 over aligned words.
    /// </summary>
    public static UdScores ScoreRaw(IReadOnlyList<ConlluSentence> gold, Pipeline pipeline, TextWriter? output = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(pipeline);
        var raw = RawText.Build(gold);
        var document = pipeline.Process(new Document(raw.Text));
        if (output is not null)
        {
            ConlluDocumentWriter.Write(document, output);
        }

        var goldWords = gold.SelectMany(s => s.Words).ToList();
        var goldHeads = new int[goldWords.Count];
        var start = 0;
        foreach (var sentence in gold)
        {
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                var h = sentence.Words[i].Head;
                goldHeads[start + i] = h <= 0 ? -1 : start + h - 1;
            }

            start += sentence.Words.Count;
        }

        var bySpan = new Dictionary<(int, int), Queue<int>>();
        for (var i = 0; i < goldWords.Count; i++)
        {
            var key = (raw.WordStarts[i], raw.WordEnds[i]);
            if (!bySpan.TryGetValue(key, out var queue))
            {
                bySpan[key] = queue = new Queue<int>();
            }

            queue.Enqueue(i);
        }

        var n = document.TokenCount;
        var toGold = new int[n];
        var aligned = 0;
        for (var t = 0; t < n; t++)
        {
            toGold[t] = bySpan.TryGetValue((document.GetTokenStart(t), document.GetTokenEnd(t)), out var queue) && queue.Count > 0 ? queue.Dequeue() : -1;
            aligned += toGold[t] >= 0 ? 1 : 0;
        }

        long upos = 0;
        long xpos = 0;
        long lemma = 0;
        long uas = 0;
        long las = 0;
        for (var t = 0; t < n; t++)
        {
            var g = toGold[t];
            if (g < 0)
            {
                continue;
            }

            var word = goldWords[g];
            upos += document.Upos is { } u && u[t] == word.Upos ? 1 : 0;
            xpos += document.Xpos is { } x && x[t] == word.Xpos ? 1 : 0;
            lemma += document.Lemmas is { } l && l[t] == word.Lemma ? 1 : 0;
            if (document.Heads is { } heads && document.Relations is { } relations)
            {
                var head = heads[t] < 0 ? -1 : toGold[heads[t]];
                if ((heads[t] < 0 && goldHeads[g] < 0) || (head >= 0 && head == goldHeads[g]))
                {
                    uas++;
                    if (Universal(relations[t]).SequenceEqual(Universal(word.Deprel)))
                    {
                        las++;
                    }
                }
            }
        }

        var goldSentences = new HashSet<(int, int)>();
        for (var s = 0; s < raw.SentenceStarts.Count; s++)
        {
            goldSentences.Add((raw.SentenceStarts[s], raw.SentenceEnds[s]));
        }

        var sentenceMatches = 0;
        for (var s = 0; s < document.SentenceCount; s++)
        {
            var sentence = document.GetSentence(s);
            sentenceMatches += goldSentences.Contains((sentence.Start, sentence.End)) ? 1 : 0;
        }

        double F(long c, int goldCount, int systemCount) => goldCount + systemCount == 0 ? 0 : 200.0 * c / (goldCount + systemCount);
        return new UdScores(
            goldWords.Count,
            n,
            F(aligned, goldWords.Count, n),
            F(sentenceMatches, raw.SentenceStarts.Count, document.SentenceCount),
            F(upos, goldWords.Count, n),
            F(xpos, goldWords.Count, n),
            F(lemma, goldWords.Count, n),
            F(uas, goldWords.Count, n),
            F(las, goldWords.Count, n));
    }

    /// <summary>The universal part of a relation (before the colon).</summary>
    public static ReadOnlySpan<char> Universal(string relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        var colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}
