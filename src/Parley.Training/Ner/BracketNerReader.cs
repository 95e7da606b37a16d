using System.Text;
using Parley.Nlp.Segmentation;

namespace Parley.Training.Ner;

/// <summary>
/// Reads named-entity training text written by hand: one sentence per line, entities marked inline as
/// <c>[PER Ana Ruiz]</c>, <c>[ORG Oxfam]</c> or <c>[LOC Nairobi]</c>, documents separated by a blank line.
/// Each sentence is tokenized with Parley's own <see cref="Tokenizer"/>, so the tokens are the ones the
/// recogniser sees at run time, and tagged IOB2 by the marked character spans.
/// </summary>
/// <remarks>
/// Sentence ids are <c>NAME-dDOC-SENT</c>, so the trainer groups a document's sentences and its
/// document-level features see names recur as they do in real text. An entity whose edge falls inside a
/// token (e.g. <c>[LOC Texas]based</c>) cannot be tagged on that token; the token stays <c>O</c> and the
/// count of such entities is reported by <see cref="Read(TextReader, string, string, out int)"/>.
/// </remarks>
public static class BracketNerReader
{
    /// <summary>The entity types a bracket may name.</summary>
    public static readonly IReadOnlyList<string> Types = ["PER", "ORG", "LOC"];

    /// <summary>Reads every sentence of <paramref name="reader"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">A name for error messages (usually the path).</param>
    /// <param name="name">The prefix of the sentence ids (usually the file name).</param>
    /// <param name="misaligned">How many marked entities do not start and end on token boundaries.</param>
    /// <exception cref="Iob2FormatException">A line has an unknown type, an unclosed, nested or stray bracket.</exception>
    public static List<NerSentence> Read(TextReader reader, string source, string name, out int misaligned)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<NerSentence>();
        misaligned = 0;
        var document = 1;
        var inDocument = 0;
        var lineNumber = 0;
        var starts = new List<int>();
        var ends = new List<int>();
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                if (inDocument > 0)
                {
                    document++;
                    inDocument = 0;
                }

                continue;
            }

            var (text, entities) = Strip(line, source, lineNumber);
            starts.Clear();
            ends.Clear();
            Tokenizer.Tokenize(text, starts, ends);
            var tokens = new string[starts.Count];
            var tags = new string[starts.Count];
            for (var t = 0; t < tokens.Length; t++)
            {
                tokens[t] = text[starts[t]..ends[t]];
                tags[t] = "O";
            }

            foreach (var (type, start, end) in entities)
            {
                var first = starts.IndexOf(start);
                var last = ends.IndexOf(end);
                if (first < 0 || last < first)
                {
                    misaligned++;
                    continue;
                }

                tags[first] = "B-" + type;
                for (var t = first + 1; t <= last; t++)
                {
                    tags[t] = "I-" + type;
                }
            }

            inDocument++;
            sentences.Add(new NerSentence($"{name}-d{document:D4}-{inDocument:D3}", tokens, tags));
        }

        return sentences;
    }

    /// <summary>Reads an in-memory string (tests).</summary>
    public static List<NerSentence> Parse(string text, string name = "text") =>
        Read(new StringReader(text), "<string>", name, out _);

    /// <summary>Removes the markup of one line, returning the plain sentence and its entities' character spans.</summary>
    private static (string Text, List<(string Type, int Start, int End)> Entities) Strip(string line, string source, int lineNumber)
    {
        var text = new StringBuilder(line.Length);
        var entities = new List<(string, int, int)>();
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ']')
            {
                throw Error(source, lineNumber, "a ']' closes no entity", line);
            }

            if (c != '[')
            {
                text.Append(c);
                i++;
                continue;
            }

            var space = line.IndexOf(' ', i);
            var type = space < 0 ? string.Empty : line[(i + 1)..space];
            if (!Types.Contains(type))
            {
                throw Error(source, lineNumber, $"'[{(type.Length > 0 ? type : "…")}' does not start an entity; write [PER …], [ORG …] or [LOC …]", line);
            }

            var close = line.IndexOf(']', space);
            var nested = line.IndexOf('[', space);
            if (close < 0 || (nested >= 0 && nested < close))
            {
                throw Error(source, lineNumber, $"the [{type} …] entity is not closed before the next '[' or the end of the line", line);
            }

            var words = line[(space + 1)..close].Trim();
            if (words.Length == 0)
            {
                throw Error(source, lineNumber, $"the [{type} …] entity is empty", line);
            }

            var start = text.Length;
            text.Append(words);
            entities.Add((type, start, text.Length));
            i = close + 1;
        }

        return (text.ToString(), entities);
    }

    private static Iob2FormatException Error(string source, int lineNumber, string what, string line) =>
        new($"{source}:{lineNumber}: {what}: '{(line.Length <= 80 ? line : line[..80] + "…")}'. Mark entities as [PER name], [ORG name] or [LOC name], one sentence per line.");
}
