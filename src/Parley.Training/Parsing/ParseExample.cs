using Parley.Nlp.Parsing;
using Parley.Training.Conllu;

namespace Parley.Training.Parsing;

/// <summary>One sentence prepared for the parser: word and tag hashes and gold arcs, all indexed 1..n.</summary>
/// <param name="Words">Word hashes (index 0 unused).</param>
/// <param name="Tags">Tag hashes of the (predicted) tags.</param>
/// <param name="Heads">Gold heads (0 = root).</param>
/// <param name="Labels">Gold label ids.</param>
public sealed record ParseExample(ulong[] Words, ulong[] Tags, int[] Heads, int[] Labels)
{
    /// <summary>
    /// Prepares a gold sentence with the given (usually predicted) tags. Relations missing from
    /// <paramref name="labels"/> become <c>dep</c>.
    /// </summary>
    public static ParseExample Create(ConlluSentence sentence, IReadOnlyList<(string Upos, string Xpos)> tags, string[] labels)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(labels);
        var n = sentence.Words.Count;
        var words = new ulong[n + 1];
        var tagHashes = new ulong[n + 1];
        var heads = new int[n + 1];
        var ids = new int[n + 1];
        var dep = Array.IndexOf(labels, "dep");
        for (var i = 0; i < n; i++)
        {
            var w = sentence.Words[i];
            words[i + 1] = ParserModel.WordHash(w.Form);
            tagHashes[i + 1] = ParserModel.TagHash(tags[i].Upos, tags[i].Xpos);
            heads[i + 1] = w.Head;
            var id = Array.IndexOf(labels, w.Deprel);
            ids[i + 1] = id < 0 ? dep : id;
        }

        return new ParseExample(words, tagHashes, heads, ids);
    }

    /// <summary>The sorted label set of <paramref name="sentences"/>, always with <c>dep</c> and <c>root</c>.</summary>
    public static string[] LabelSet(IEnumerable<ConlluSentence> sentences) =>
        sentences.SelectMany(s => s.Words).Select(w => w.Deprel).Append("dep").Append("root")
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
