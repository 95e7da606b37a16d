namespace Parley.Training.Ner;

/// <summary>
/// Reads Universal NER style IOB2 files: <c># comment</c> lines (<c># sent_id = …</c> is kept), then one
/// token per line as tab-separated <c>index, form, tag[, …]</c>, sentences separated by blank lines.
/// Tags are <c>O</c>, <c>B-TYPE</c> or <c>I-TYPE</c>; an <c>I-</c> that does not continue an entity of
/// its type is read as a <c>B-</c>, as the CoNLL scorer does.
/// </summary>
public static class Iob2Reader
{
    /// <summary>Reads every sentence of <paramref name="reader"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">A name for error messages (usually the path).</param>
    /// <exception cref="Iob2FormatException">A line is not an IOB2 token line.</exception>
    public static IEnumerable<NerSentence> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var tokens = new List<string>();
        var tags = new List<string>();
        string? id = null;
        var lineNumber = 0;
        var count = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                if (tokens.Count > 0)
                {
                    yield return Make(ref id, tokens, tags, ref count);
                }

                continue;
            }

            if (line[0] == '#' && tokens.Count == 0)
            {
                const string SentId = "# sent_id = ";
                if (line.StartsWith(SentId, StringComparison.Ordinal))
                {
                    id = line[SentId.Length..].Trim();
                }

                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 3)
            {
                throw new Iob2FormatException($"{source}:{lineNumber}: expected 'index<TAB>form<TAB>tag', found '{Clip(line)}'. Give a Universal NER IOB2 file.");
            }

            var tag = fields[2].Trim();
            if (tag != "O" && !(tag.Length > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-'))
            {
                throw new Iob2FormatException($"{source}:{lineNumber}: '{Clip(tag)}' is not an IOB2 tag (O, B-TYPE or I-TYPE).");
            }

            if (tag[0] == 'I' && (tags.Count == 0 || tags[^1] == "O" || !string.Equals(tags[^1].AsSpan(2).ToString(), tag[2..], StringComparison.Ordinal)))
            {
                tag = "B-" + tag[2..];
            }

            tokens.Add(fields[1]);
            tags.Add(tag);
        }

        if (tokens.Count > 0)
        {
            yield return Make(ref id, tokens, tags, ref count);
        }
    }

    /// <summary>Reads every sentence of an IOB2 string.</summary>
    public static IReadOnlyList<NerSentence> Parse(string text, string source = "<string>")
    {
        using var reader = new StringReader(text);
        return [.. Read(reader, source)];
    }

    /// <summary>Writes sentences as IOB2 (index, form, tag).</summary>
    public static void Write(TextWriter writer, IEnumerable<NerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var sentence in sentences)
        {
            writer.Write("# sent_id = ");
            writer.Write(sentence.Id);
            writer.Write('\n');
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                writer.Write(i + 1);
                writer.Write('\t');
                writer.Write(sentence.Tokens[i]);
                writer.Write('\t');
                writer.Write(sentence.Tags[i]);
                writer.Write('\n');
            }

            writer.Write('\n');
        }
    }

    private static NerSentence Make(ref string? id, List<string> tokens, List<string> tags, ref int count)
    {
        count++;
        var sentence = new NerSentence(id ?? $"s{count}", [.. tokens], [.. tags]);
        id = null;
        tokens.Clear();
        tags.Clear();
        return sentence;
    }

    private static string Clip(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
