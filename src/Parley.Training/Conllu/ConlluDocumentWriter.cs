using System.Globalization;
using Parley.Core;

namespace Parley.Training.Conllu;

/// <summary>Writes a processed document as CoNLL-U: one block per sentence with Parley's tags, lemmas, heads and relations.</summary>
public static class ConlluDocumentWriter
{
    /// <summary>
    /// Writes <paramref name="document"/>'s sentences to <paramref name="writer"/>. Layers the document lacks are
    /// written as <c>_</c>. <paramref name="sentenceIds"/> (optional, one per sentence) become <c># sent_id</c> lines.
    /// </summary>
    public static void Write(Document document, TextWriter writer, IReadOnlyList<string>? sentenceIds = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        for (var s = 0; s < document.SentenceCount; s++)
        {
            var sentence = document.GetSentence(s);
            var first = sentence.FirstToken;
            var n = sentence.TokenCount;
            var id = sentenceIds is not null && s < sentenceIds.Count ? sentenceIds[s] : (s + 1).ToString(CultureInfo.InvariantCulture);
            writer.Write("# sent_id = ");
            writer.WriteLine(id);
            writer.Write("# text = ");
            writer.WriteLine(document.Text.AsSpan(document.GetTokenStart(first), document.GetTokenEnd(first + n - 1) - document.GetTokenStart(first)).ToString().ReplaceLineEndings(" "));
            for (var i = 0; i < n; i++)
            {
                var t = first + i;
                var head = document.Heads is { } heads ? (heads[t] < 0 ? "0" : (heads[t] - first + 1).ToString(CultureInfo.InvariantCulture)) : "_";
                var spaceAfter = i + 1 < n && document.GetTokenEnd(t) == document.GetTokenStart(t + 1) ? "SpaceAfter=No" : "_";
                writer.WriteLine(string.Join('\t',
                    (i + 1).ToString(CultureInfo.InvariantCulture),
                    document.GetTokenSpan(t).ToString(),
                    document.Lemmas?[t] ?? "_",
                    document.Upos?[t] ?? "_",
                    document.Xpos?[t] ?? "_",
                    "_",
                    head,
                    document.Relations?[t] ?? "_",
                    "_",
                    spaceAfter));
            }

            writer.WriteLine();
        }
    }
}
