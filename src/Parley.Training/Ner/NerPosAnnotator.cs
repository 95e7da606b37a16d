using Parley.Core;

namespace Parley.Training.Ner;

/// <summary>Adds Parley's part-of-speech tags to NER sentences, as the pipeline's tagger gives them to the recogniser.</summary>
public static class NerPosAnnotator
{
    /// <summary>Returns <paramref name="sentences"/> with <see cref="NerSentence.Pos"/> set by running <paramref name="components"/> (the tagger) on each.</summary>
    public static List<NerSentence> Annotate(IReadOnlyList<NerSentence> sentences, IReadOnlyList<IPipe> components)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(components);
        var result = new List<NerSentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            result.Add(sentence.Tokens.Count == 0 ? sentence : sentence with { Pos = Annotate(sentence.Tokens, components) });
        }

        return result;
    }

    /// <summary>The Penn Treebank tags of one sentence of tokens.</summary>
    public static string[] Annotate(IReadOnlyList<string> tokens, IReadOnlyList<IPipe> components)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(components);
        var text = new System.Text.StringBuilder();
        var starts = new int[tokens.Count];
        var ends = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            starts[i] = text.Length;
            text.Append(tokens[i].Length == 0 ? "_" : tokens[i]);
            ends[i] = text.Length;
        }

        var document = new Document(text.ToString());
        document.SetTokens(starts, ends);
        document.SetSentences([0], [tokens.Count], [0]);
        foreach (var pipe in components)
        {
            pipe.Process(document);
        }

        return document.Xpos ?? throw new InvalidOperationException("The components did not tag the sentence: pass Parley's tagger.");
    }
}
