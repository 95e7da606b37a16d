using Parley.Core;

namespace Parley.Events.Tests.Coding;

/// <summary>
/// Builds a parsed document by hand from lines <c>form lemma UPOS head relation</c> (heads 1-based
/// within the sentence, 0 for the root; a blank line starts a new sentence). Tokens are joined by spaces,
/// except that a form written with a leading <c>~</c> follows the previous token directly.
/// </summary>
internal static class ParsedDocument
{
    /// <summary>Builds the document and returns the events <paramref name="coder"/> finds in it.</summary>
    public static List<Core.Records.EventRecord> Code(IPipe coder, string conll)
    {
        var document = Build(conll);
        coder.Process(document);
        return document.Events;
    }

    public static Document Build(string conll, string? published = "2018-08-29")
    {
        var sentences = conll.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var text = new System.Text.StringBuilder();
        var starts = new List<int>();
        var ends = new List<int>();
        var upos = new List<string>();
        var lemmas = new List<string>();
        var heads = new List<int>();
        var rels = new List<string>();
        var first = new List<int>();
        var last = new List<int>();
        var xpos = new List<string>();
        foreach (var sentence in sentences)
        {
            var offset = starts.Count;
            first.Add(offset);
            foreach (var line in sentence.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var glued = cols[0].Length > 1 && cols[0][0] == '~'; // "~-" and "~fire": no space before, as in "cease-fire"
                if (glued)
                {
                    cols[0] = cols[0][1..];
                }
                else if (text.Length > 0)
                {
                    text.Append(' ');
                }

                starts.Add(text.Length);
                text.Append(cols[0]);
                ends.Add(text.Length);
                lemmas.Add(cols[1]);
                upos.Add(cols[2]);
                var head = int.Parse(cols[3], System.Globalization.CultureInfo.InvariantCulture);
                heads.Add(head == 0 ? -1 : offset + head - 1);
                rels.Add(cols[4]);
                xpos.Add(cols.Length > 5 ? cols[5] : cols[2]); // an optional sixth column gives the Penn tag
            }

            last.Add(starts.Count);
        }

        var document = new Document(text.ToString(), new DocumentInfo { Published = published });
        document.SetTokens(starts.ToArray(), ends.ToArray());
        document.SetSentences(first.ToArray(), last.ToArray(), new int[first.Count]);
        document.SetTags([.. upos], [.. xpos]);
        document.SetLemmas([.. lemmas]);
        document.SetDependencies([.. heads], [.. rels]);
        return document;
    }
}
