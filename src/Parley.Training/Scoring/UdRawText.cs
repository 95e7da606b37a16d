using System.Text;

namespace Parley.Training.Scoring;

/// <summary>
/// The raw text of a CoNLL-U file, rebuilt the way UD's <c>conllu_to_text</c> does (sentences of a
/// paragraph joined by a space, paragraphs and documents separated by a blank line), with the gold
/// character span of every word and sentence. Words of a multiword token ("don't" = "do" + "n't") get
/// the slices of the surface form their forms spell out, or the whole token when they don't.
/// </summary>
public sealed class UdRawText
{
    private UdRawText(string text, List<(int Start, int End)> words, List<(int Start, int End)> sentences)
    {
        Text = text;
        Words = words;
        Sentences = sentences;
    }

    /// <summary>The rebuilt raw text.</summary>
    public string Text { get; }

    /// <summary>Gold word spans, in order.</summary>
    public IReadOnlyList<(int Start, int End)> Words { get; }

    /// <summary>Gold sentence spans, in order.</summary>
    public IReadOnlyList<(int Start, int End)> Sentences { get; }

    /// <summary>Reads a CoNLL-U file from <paramref name="reader"/>.</summary>
    /// <exception cref="FormatException">A line is not valid CoNLL-U; the message names the line.</exception>
    public static UdRawText Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = new StringBuilder();
        var words = new List<(int, int)>();
        var sentences = new List<(int, int)>();
        var tokens = new List<(string Form, string[] Words, bool SpaceAfter)>();
        string? sentenceText = null;
        var newParagraph = false;
        var lineNumber = 0;
        string? line;
        var pendingMwtEnd = 0;
        var pendingMwt = -1;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# newpar", StringComparison.Ordinal) || line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    newParagraph = true;
                }
                else if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    sentenceText = line[9..];
                }

                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new FormatException($"line {lineNumber}: expected 10 tab-separated columns, found {cols.Length}.");
            }

            var id = cols[0];
            if (id.Contains('.', StringComparison.Ordinal))
            {
                continue; // empty node
            }

            var spaceAfter = !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            var dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                pendingMwtEnd = int.Parse(id[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                tokens.Add((cols[1], [], spaceAfter));
                pendingMwt = tokens.Count - 1;
                continue;
            }

            var wordId = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
            if (pendingMwt >= 0)
            {
                var mwt = tokens[pendingMwt];
                tokens[pendingMwt] = (mwt.Form, [.. mwt.Words, cols[1]], mwt.SpaceAfter);
                if (wordId >= pendingMwtEnd)
                {
                    pendingMwt = -1;
                }

                continue;
            }

            tokens.Add((cols[1], [cols[1]], spaceAfter));
        }

        Flush();
        return new UdRawText(text.ToString(), words, sentences);

        void Flush()
        {
            if (tokens.Count == 0)
            {
                return;
            }

            if (text.Length > 0)
            {
                text.Append(newParagraph ? "\n\n" : " ");
            }

            newParagraph = false;
            var sentenceStart = text.Length;
            var surface = sentenceText ?? string.Join(' ', tokens.Select(t => t.Form));
            var pos = 0;
            foreach (var (form, parts, _) in tokens)
            {
                while (pos < surface.Length && char.IsWhiteSpace(surface[pos]))
                {
                    pos++;
                }

                var at = surface.AsSpan(pos).StartsWith(form, StringComparison.Ordinal) ? pos : pos;
                var tokenEnd = Math.Min(surface.Length, at + form.Length);
                AddWords(sentenceStart + at, sentenceStart + tokenEnd, form, parts);
                pos = tokenEnd;
            }

            text.Append(surface);
            sentences.Add((sentenceStart, sentenceStart + surface.TrimEnd().Length));
            tokens.Clear();
            sentenceText = null;
        }

        void AddWords(int start, int end, string form, string[] parts)
        {
            if (parts.Length == 1)
            {
                words.Add((start, end));
                return;
            }

            if (string.Concat(parts).Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                var p = start;
                foreach (var part in parts)
                {
                    words.Add((p, p + part.Length));
                    p += part.Length;
                }

                return;
            }

            foreach (var _ in parts)
            {
                words.Add((start, end));
            }
        }
    }
}
