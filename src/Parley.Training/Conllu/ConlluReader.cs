using System.Globalization;

namespace Parley.Training.Conllu;

/// <summary>
/// Reads CoNLL-U (https://universaldependencies.org/format.html). Multiword token lines (<c>3-4</c>) are kept
/// as <see cref="ConlluMultiwordToken"/>; empty nodes (<c>3.1</c>) are skipped; the word lines are the
/// sentence. Document ids and <c># meta::genre</c> carry over to the sentences that follow them.
/// </summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence of <paramref name="reader"/>.</summary>
    /// <param name="reader">The CoNLL-U text.</param>
    /// <param name="source">A name for the input used in error messages (e.g. the file path).</param>
    /// <exception cref="ConlluFormatException">A line is malformed.</exception>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = new List<ConlluWord>();
        var multiword = new List<ConlluMultiwordToken>();
        string? sentId = null;
        string? text = null;
        string? docId = null;
        string? genre = null;
        var newDoc = false;
        var newPar = false;
        var lineNumber = 0;
        var sentenceLine = 0;
        var fields = new string[10];
        while (true)
        {
            var line = reader.ReadLine();
            lineNumber++;
            if (line is null || line.TrimEnd('\r').Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new ConlluSentence
                    {
                        SentId = sentId ?? $"{source}:{sentenceLine}",
                        Text = text,
                        DocId = docId,
                        Genre = genre,
                        NewDocument = newDoc,
                        NewParagraph = newPar || newDoc,
                        Words = words.ToArray(),
                        MultiwordTokens = multiword.ToArray(),
                    };
                }
                else if (multiword.Count > 0)
                {
                    throw new ConlluFormatException($"{source}, line {lineNumber}: a sentence has multiword tokens but no words.");
                }

                words.Clear();
                multiword.Clear();
                sentId = text = null;
                newDoc = newPar = false;
                if (line is null)
                {
                    yield break;
                }

                continue;
            }

            line = line.TrimEnd('\r');
            if (words.Count == 0 && multiword.Count == 0)
            {
                sentenceLine = lineNumber;
            }

            if (line[0] == '#')
            {
                ReadComment(line, ref sentId, ref text, ref docId, ref genre, ref newDoc, ref newPar);
                continue;
            }

            var count = Split(line, fields);
            if (count != 10)
            {
                throw new ConlluFormatException($"{source}, line {lineNumber}: expected 10 tab-separated columns, found {count}.");
            }

            var id = fields[0];
            if (id.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                if (!int.TryParse(id.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var first) ||
                    !int.TryParse(id.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var last) || last < first)
                {
                    throw new ConlluFormatException($"{source}, line {lineNumber}: bad multiword token range '{id}'.");
                }

                multiword.Add(new ConlluMultiwordToken(first, last, fields[1], fields[9]));
                continue;
            }

            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var wordId) || wordId != words.Count + 1)
            {
                throw new ConlluFormatException($"{source}, line {lineNumber}: word id '{id}' should be {words.Count + 1}.");
            }

            var head = -1;
            if (fields[6] != "_" && !int.TryParse(fields[6], NumberStyles.None, CultureInfo.InvariantCulture, out head))
            {
                throw new ConlluFormatException($"{source}, line {lineNumber}: head '{fields[6]}' is not a number.");
            }

            words.Add(new ConlluWord(wordId, fields[1], fields[2], fields[3], fields[4], fields[5], head, fields[7], fields[9]));
        }
    }

    /// <summary>Reads every sentence of a CoNLL-U string (convenient for tests).</summary>
    public static IReadOnlyList<ConlluSentence> Parse(string conllu, string source = "<string>")
    {
        using var reader = new StringReader(conllu);
        return Read(reader, source).ToList();
    }

    private static void ReadComment(string line, ref string? sentId, ref string? text, ref string? docId, ref string? genre, ref bool newDoc, ref bool newPar)
    {
        var body = line.AsSpan(1).Trim();
        if (TryValue(body, "sent_id", out var value))
        {
            sentId = value;
        }
        else if (TryValue(body, "text", out value))
        {
            text = value;
        }
        else if (body.StartsWith("newdoc", StringComparison.Ordinal))
        {
            newDoc = true;
            genre = null;
            docId = TryValue(body, "newdoc id", out value) ? value : null;
        }
        else if (body.StartsWith("newpar", StringComparison.Ordinal) && !body.StartsWith("newpar_", StringComparison.Ordinal))
        {
            newPar = true;
        }
        else if (TryValue(body, "meta::genre", out value))
        {
            genre = value;
        }
    }

    private static bool TryValue(ReadOnlySpan<char> body, string key, out string value)
    {
        value = "";
        if (!body.StartsWith(key, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = body[key.Length..].TrimStart();
        if (rest.Length == 0 || rest[0] != '=')
        {
            return false;
        }

        value = rest[1..].Trim().ToString();
        return true;
    }

    private static int Split(string line, string[] fields)
    {
        var count = 0;
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || line[i] == '\t')
            {
                if (count < fields.Length)
                {
                    fields[count] = line[start..i];
                }

                count++;
                start = i + 1;
            }
        }

        return count;
    }
}
