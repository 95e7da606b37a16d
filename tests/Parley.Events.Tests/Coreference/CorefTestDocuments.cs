using Parley.Core;
using Parley.Core.Records;
using Parley.Nlp.Ner;
using Parley.Nlp.Segmentation;

namespace Parley.Events.Tests.Coreference;

/// <summary>Builds tokenized documents with hand-marked entities (no model needed).</summary>
internal static class CorefTestDocuments
{
    public static readonly Gazetteer Gazetteer = Gazetteer.LoadDefault();

    /// <summary>Tokenizes and splits <paramref name="text"/>, then marks every whole-word occurrence of each name (longest names first).</summary>
    public static Document Build(string text, params (string Name, string Type)[] names)
    {
        var document = new Document(text);
        Pipeline.Create([new Tokenizer(), new SentenceSplitter()]).Process(document);
        var taken = new bool[text.Length];
        var entities = new List<EntityRecord>();
        foreach (var (name, type) in names.OrderByDescending(n => n.Name.Length))
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                var wordStart = at == 0 || !char.IsLetter(text[at - 1]);
                var wordEnd = end == text.Length || !char.IsLetter(text[end]);
                if (!wordStart || !wordEnd || taken.AsSpan(at, name.Length).Contains(true))
                {
                    continue;
                }

                taken.AsSpan(at, name.Length).Fill(true);
                var first = document.TokenStarts.BinarySearch(at);
                entities.Add(new EntityRecord { Start = at, End = end, Text = name, Type = type, Sentence = document.GetTokenSentence(first) });
            }
        }

        document.Entities.AddRange(entities.OrderBy(e => e.Start));
        document.MarkAssigned(Annotations.Entities);
        return document;
    }

    public static Document Resolve(Document document)
    {
        new Events.Coreference.CoreferenceResolver(Gazetteer).Process(document);
        return document;
    }

    /// <summary>The cluster of the mention whose text is <paramref name="text"/>, the <paramref name="occurrence"/>-th one.</summary>
    public static int ClusterOf(Document document, string text, int occurrence = 0) =>
        document.Mentions.Where(m => m.Text == text).ElementAt(occurrence).Cluster;

    /// <summary>The cluster of the first pronoun <paramref name="pronoun"/> after the text <paramref name="after"/>.</summary>
    public static int? PronounCluster(Document document, string pronoun, string after)
    {
        var start = document.Text.IndexOf(after, StringComparison.Ordinal) + after.Length;
        var m = document.Mentions.FirstOrDefault(m => m.Kind == "pronoun" && m.Start >= start && m.Text == pronoun);
        return m?.Cluster;
    }
}
