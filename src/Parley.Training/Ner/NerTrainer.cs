using Parley.Nlp.Ner;
using Parley.Nlp.Perceptron;
using Parley.Training.Perceptron;

namespace Parley.Training.Ner;

/// <summary>
/// Trains a <see cref="NerModel"/> with the averaged perceptron over greedy BILOU decoding
/// (<see cref="NerDecoder"/>, the same loop that runs at inference). Deterministic for a given seed.
/// </summary>
public static class NerTrainer
{
    /// <summary>Trains a model.</summary>
    /// <param name="sentences">Gold sentences (IOB2 or BILOU tags).</param>
    /// <param name="gazetteer">The gazetteer the features read.</param>
    /// <param name="options">Settings.</param>
    /// <param name="dev">Optional sentences scored after each epoch (reported through <paramref name="log"/>).</param>
    /// <param name="log">Progress messages.</param>
    /// <param name="lexicon">Optional word-class lexicon the features read.</param>
    public static NerModel Train(IReadOnlyList<NerSentence> sentences, Gazetteer gazetteer, NerTrainingOptions options, IReadOnlyList<NerSentence>? dev = null, Action<string>? log = null, NerLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(options);
        var labels = new NerLabelSet(options.Types ?? NerTrainingOptions.DefaultTypes);
        var features = new NerFeatures(gazetteer, lexicon, usesTags: sentences.Count > 0 && sentences.All(s => s.Pos != null));
        var prepared = new List<(NerSentenceContext Context, int[] Gold)>(sentences.Count);
        var ids = new List<string>(sentences.Count);
        foreach (var sentence in sentences)
        {
            if (sentence.Tokens.Count == 0)
            {
                continue;
            }

            prepared.Add((features.Prepare(sentence.Tokens, sentence.Pos), GoldClasses(sentence, labels)));
            ids.Add(sentence.Id);
        }

        // Documents (consecutive sentences sharing an id prefix) are shuffled as wholes and read in order, so the
        // document-history features see the model's own earlier labels as they do at inference.
        var documents = new List<(int Start, int End)>();
        for (var start = 0; start < prepared.Count;)
        {
            var doc = DocumentOf(ids[start]);
            var end = start + 1;
            while (end < prepared.Count && DocumentOf(ids[end]) == doc)
            {
                end++;
            }

            documents.Add((start, end));
            start = end;
        }

        if (options.Soup <= 1)
        {
            return new NerModel(labels, TrainOne(prepared, documents, labels, features, options.Seed, options, dev, log).Average(options.Prune), features);
        }

        // A "model soup": perceptrons trained with seeds Seed, Seed + 1, … (different document orders), their
        // averaged weights averaged once more and then pruned. It evens out the large seed-to-seed variance.
        var sets = new List<PerceptronWeights>(options.Soup);
        for (var k = 0; k < options.Soup; k++)
        {
            log?.Invoke($"ner: soup member {k + 1} of {options.Soup} (seed {options.Seed + k})");
            sets.Add(TrainOne(prepared, documents, labels, features, options.Seed + k, options, dev, log).Average());
        }

        var soup = new NerModel(labels, PerceptronWeights.Average(sets).Prune(options.Prune), features);
        if (dev is { Count: > 0 })
        {
            log?.Invoke($"ner: soup of {options.Soup}: dev F1 {Evaluate(soup, dev).Overall.F1:F2}");
        }

        return soup;
    }

    private static AveragedPerceptron TrainOne(List<(NerSentenceContext Context, int[] Gold)> prepared, List<(int Start, int End)> documents, NerLabelSet labels, NerFeatures features, int seed, NerTrainingOptions options, IReadOnlyList<NerSentence>? dev, Action<string>? log)
    {
        var perceptron = new AveragedPerceptron(labels.Count);
        var order = Enumerable.Range(0, documents.Count).ToArray();
        var history = new NerDocumentHistory();
        var random = new Random(seed);
        var output = new int[prepared.Count == 0 ? 0 : prepared.Max(p => p.Gold.Length)];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var correct = 0;
            var total = 0;
            foreach (var document in order)
            {
                history.Clear();
                for (var index = documents[document].Start; index < documents[document].End; index++)
                {
                    var (context, gold) = prepared[index];
                    var guess = output.AsSpan(0, gold.Length);
                    NerDecoder.Decode(context, labels, perceptron.Score, guess, gold, (f, truth, g) => perceptron.Update(f, truth, g), history);
                    for (var i = 0; i < gold.Length; i++)
                    {
                        correct += guess[i] == gold[i] ? 1 : 0;
                    }

                    total += gold.Length;
                }
            }

            var message = $"ner: epoch {epoch}: token accuracy {100.0 * correct / Math.Max(1, total):F2}";
            if (dev is { Count: > 0 })
            {
                var model = new NerModel(labels, perceptron.Average(options.Prune), features);
                message += $", dev F1 {Evaluate(model, dev).Overall.F1:F2}";
            }

            log?.Invoke(message);
        }

        return perceptron;
    }

    /// <summary>Scores a model on gold sentences (gold tokenization).</summary>
    public static NerScore Evaluate(NerModel model, IReadOnlyList<NerSentence> sentences) =>
        NerScore.Compute([.. sentences.Select(s => s.Tags)], Predict(model, sentences));

    /// <summary>The model's IOB2 tags for each sentence, sentence by sentence (what <see cref="Evaluate"/> scores).</summary>
    public static List<IReadOnlyList<string>> Predict(NerModel model, IReadOnlyList<NerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentences);
        return [.. sentences.Select(s => (IReadOnlyList<string>)EntityTags.ToIob2(model.Predict(s.Tokens, s.Pos), s.Tokens.Count))];
    }

    /// <summary>
    /// Scores the recogniser as the pipeline runs it: the sentences of each document (consecutive sentences
    /// whose ids share the part before the last <c>-</c>, as in <c>n01001-0003</c>) go through
    /// <see cref="EntityRecognizer"/> together, so names found once are also found where they recur.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="sentences">Gold sentences in document order.</param>
    /// <param name="syntax">The components run on each document before the recogniser, as in the pipeline (the tagger; the model's tag features read "no tag" without it).</param>
    public static NerScore EvaluateDocuments(NerModel model, IReadOnlyList<NerSentence> sentences, IReadOnlyList<Parley.Core.IPipe>? syntax = null) =>
        NerScore.Compute([.. sentences.Select(s => s.Tags)], PredictDocuments(model, sentences, syntax));

    /// <summary>The recogniser's IOB2 tags for each sentence, run document by document as in the pipeline (what <see cref="EvaluateDocuments"/> scores).</summary>
    public static List<IReadOnlyList<string>> PredictDocuments(NerModel model, IReadOnlyList<NerSentence> sentences, IReadOnlyList<Parley.Core.IPipe>? syntax = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentences);
        var recognizer = new EntityRecognizer(model);
        var system = new List<IReadOnlyList<string>>(sentences.Count);
        var start = 0;
        while (start < sentences.Count)
        {
            var doc = DocumentOf(sentences[start].Id);
            var end = start + 1;
            while (end < sentences.Count && DocumentOf(sentences[end].Id) == doc)
            {
                end++;
            }

            foreach (var tags in PredictDocument(recognizer, sentences, start, end, syntax))
            {
                system.Add(tags);
            }

            start = end;
        }

        return system;
    }

    /// <summary>The IOB2 tags the recogniser gives sentences <c>[start, end)</c> read as one document.</summary>
    public static List<string[]> PredictDocument(EntityRecognizer recognizer, IReadOnlyList<NerSentence> sentences, int start, int end, IReadOnlyList<Parley.Core.IPipe>? syntax = null)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new System.Text.StringBuilder();
        var starts = new List<int>();
        var ends = new List<int>();
        var firsts = new int[end - start];
        var lasts = new int[end - start];
        for (var k = start; k < end; k++)
        {
            firsts[k - start] = starts.Count;
            foreach (var token in sentences[k].Tokens)
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                starts.Add(text.Length);
                text.Append(token.Length == 0 ? "_" : token);
                ends.Add(text.Length);
            }

            lasts[k - start] = starts.Count;
        }

        var result = new List<string[]>(end - start);
        var nonEmpty = Enumerable.Range(0, end - start).Where(k => lasts[k] > firsts[k]).ToArray();
        var spans = new List<(int First, int End, string Type)>();
        if (starts.Count > 0)
        {
            var document = new Parley.Core.Document(text.ToString());
            document.SetTokens(starts.ToArray(), ends.ToArray());
            document.SetSentences(nonEmpty.Select(k => firsts[k]).ToArray(), nonEmpty.Select(k => lasts[k]).ToArray(), new int[nonEmpty.Length]);
            foreach (var pipe in syntax ?? [])
            {
                pipe.Process(document);
            }

            spans = recognizer.Predict(document);
        }

        for (var k = start; k < end; k++)
        {
            var first = firsts[k - start];
            var local = spans.Where(s => s.First >= first && s.End <= lasts[k - start]).Select(s => new EntitySpan(s.First - first, s.End - first, s.Type));
            result.Add(EntityTags.ToIob2([.. local], sentences[k].Tokens.Count));
        }

        return result;
    }

    private static string DocumentOf(string sentenceId)
    {
        var dash = sentenceId.LastIndexOf('-');
        return dash > 0 ? sentenceId[..dash] : sentenceId;
    }

    private static int[] GoldClasses(NerSentence sentence, NerLabelSet labels)
    {
        var spans = EntityTags.Spans(sentence.Tags).Where(s => labels.Types.Contains(s.Type));
        var bilou = EntityTags.ToBilou(spans, sentence.Tokens.Count);
        var classes = new int[bilou.Length];
        for (var i = 0; i < bilou.Length; i++)
        {
            classes[i] = Math.Max(0, labels.IndexOf(bilou[i]));
        }

        return classes;
    }
}
