using System.Text;
using Parley.Training.Conllu;

namespace Parley.Training.Evaluation;

/// <summary>
/// The raw text behind CoNLL-U sentences, rebuilt from the surface tokens and <c>SpaceAfter=No</c>
/// (paragraphs and documents separated by a blank line), with the character span of every gold word and sentence.
/// </summary>
public sealed class RawText
{
    private RawText(string text, int[] wordStarts, int[] wordEnds, int[] sentenceStarts, int[] sentenceEnds)
    {
        Text = text;
        WordStarts = wordStarts;
        WordEnds = wordEnds;
        SentenceStarts = sentenceStarts;
        SentenceEnds = sentenceEnds;
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>Start of each gold word (all sentences, in order).</summary>
    public IReadOnlyList<int> WordStarts { get; }

    /// <summary>End (exclusive) of each gold word.</summary>
    public IReadOnlyList<int> WordEnds { get; }

    /// <summary>Start of each gold sentence.</summary>
    public IReadOnlyList<int> SentenceStarts { get; }

    /// <summary>End (exclusive) of each gold sentence.</summary>
    public IReadOnlyList<int> SentenceEnds { get; }

    /// <summary>
    /// Rebuilds the text. Words of a multiword token get consecutive sub-spans when their forms spell the
    /// token (<c>don't</c> = <c>do</c> + <c>n't</c>); otherwise each gets the whole token's span.
    /// </summary>
    public static RawText Build(IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new StringBuilder();
        var wordStarts = new List<int>();
        var wordEnds = new List<int>();
        var sentenceStarts = new List<int>();
        var sentenceEnds = new List<int>();
        foreach (var sentence in sentences)
        {
            if (text.Length > 0)
            {
                text.Append(sentence.NewParagraph ? "\n\n" : " ");
            }

            sentenceStarts.Add(text.Length);
            var w = 0;
            var mwt = 0;
            while (w < sentence.Words.Count)
            {
                var id = w + 1;
                while (mwt < sentence.MultiwordTokens.Count && sentence.MultiwordTokens[mwt].Last < id)
                {
                    mwt++;
                }

                bool noSpace;
                if (mwt < sentence.MultiwordTokens.Count && sentence.MultiwordTokens[mwt].First == id)
                {
                    var token = sentence.MultiwordTokens[mwt];
                    var start = text.Length;
                    text.Append(token.Form);
                    var parts = sentence.Words.Skip(token.First - 1).Take(token.Last - token.First + 1).Select(x => x.Form).ToList();
                    var spells = string.Equals(string.Concat(parts), token.Form, StringComparison.OrdinalIgnoreCase);
                    var offset = start;
                    foreach (var part in parts)
                    {
                        wordStarts.Add(spells ? offset : start);
                        offset += part.Length;
                        wordEnds.Add(spells ? offset : text.Length);
                    }

                    noSpace = token.NoSpaceAfter;
                    w = token.Last;
                }
                else
                {
                    var word = sentence.Words[w];
                    wordStarts.Add(text.Length);
                    text.Append(word.Form);
                    wordEnds.Add(text.Length);
                    noSpace = word.NoSpaceAfter;
                    w++;
                }

                if (!noSpace && w < sentence.Words.Count)
                {
                    text.Append(' ');
                }
            }

            sentenceEnds.Add(text.Length);
        }

        return new RawText(text.ToString(), [.. wordStarts], [.. wordEnds], [.. sentenceStarts], [.. sentenceEnds]);
    }
}
