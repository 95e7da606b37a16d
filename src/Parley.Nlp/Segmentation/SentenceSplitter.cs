using Parley.Core;

namespace Parley.Nlp.Segmentation;

/// <summary>
/// Rule-based sentence splitter over tokens. A sentence ends at terminal punctuation (with any closing
/// quotes or brackets that follow it) when the next token can start a sentence, and always at a paragraph
/// break (a blank line). A single line break ends a sentence after terminal punctuation or before a
/// capitalised line (headlines without a full stop). Abbreviations that introduce names ("Mr.", "Sen.",
/// initials) never end a sentence; other abbreviations ("U.S.", "Inc.") end one only before a typical
/// sentence opener. Paragraph ids count blank-line breaks.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class SentenceSplitter : IPipe
{
    /// <inheritdoc/>
    public string Name => "sentences";

    /// <inheritdoc/>
    public IReadOnlyList<string> Requires { get; } = [Annotations.Tokens];

    /// <inheritdoc/>
    public IReadOnlyList<string> Assigns { get; } = [Annotations.Sentences];

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text.AsSpan();
        var starts = document.TokenStarts;
        var ends = document.TokenEnds;
        var count = starts.Length;
        var first = new List<int>();
        var last = new List<int>();
        var paragraphs = new List<int>();
        var paragraph = 0;
        var sentenceStart = 0;
        for (var i = 0; i < count; i++)
        {
            if (i + 1 == count)
            {
                Close(i + 1);
                break;
            }

            var gap = Gap(text, ends[i], starts[i + 1]);
            if (gap == GapKind.Paragraph)
            {
                Close(i + 1);
                paragraph++;
                continue;
            }

            var token = text[starts[i]..ends[i]];
            if (!IsTerminal(token))
            {
                if (gap == GapKind.Line && StartsLine(text, starts, ends, i + 1) && !EndsWithContinuation(token))
                {
                    Close(i + 1);
                }

                continue;
            }

            // Absorb closing quotes and brackets that hug the terminal punctuation.
            var j = i;
            while (j + 1 < count && starts[j + 1] == ends[j] && IsCloser(text, starts, ends, j + 1))
            {
                j++;
            }

            if (j + 1 == count)
            {
                i = j;
                continue;
            }

            var nextGap = Gap(text, ends[j], starts[j + 1]);
            if (nextGap == GapKind.None && j == i && token.Length == 1)
            {
                continue; // "a.b" glued: not a boundary
            }

            if (nextGap == GapKind.Paragraph || nextGap == GapKind.Line || CanStart(text, starts, ends, j + 1, token) ||
                (j == i && token.Length == 1 && nextGap == GapKind.Space && char.IsLower(text[starts[j + 1]])))
            {
                i = j;
                if (nextGap == GapKind.Paragraph)
                {
                    Close(i + 1);
                    paragraph++;
                }
                else
                {
                    Close(i + 1);
                }
            }
        }

        if (count > 0 && (first.Count == 0 || last[^1] != count))
        {
            Close(count);
        }

        document.SetSentences(
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(first),
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(last),
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(paragraphs));

        void Close(int endToken)
        {
            if (endToken <= sentenceStart)
            {
                return;
            }

            first.Add(sentenceStart);
            last.Add(endToken);
            paragraphs.Add(paragraph);
            sentenceStart = endToken;
        }
    }

    private enum GapKind
    {
        None,
        Space,
        Line,
        Paragraph,
    }

    private static GapKind Gap(ReadOnlySpan<char> text, int from, int to)
    {
        if (from == to)
        {
            return GapKind.None;
        }

        var newlines = 0;
        for (var k = from; k < to; k++)
        {
            if (text[k] == '\n' || text[k] == '\u2029')
            {
                newlines++;
            }
        }

        return newlines switch
        {
            0 => to - from >= 2 ? GapKind.Line : GapKind.Space, // a run of spaces separates lines in flattened text
            1 => GapKind.Line,
            _ => GapKind.Paragraph,
        };
    }

    private static bool IsTerminal(ReadOnlySpan<char> token)
    {
        var c = token[^1];
        if (c is '!' or '?' or '…')
        {
            return true;
        }

        if (c != '.')
        {
            return false;
        }

        // A token that is only periods, or a word that kept its period (abbreviation) — the latter is
        // decided in CanStart from the abbreviation kind.
        return true;
    }

    private static bool EndsWithContinuation(ReadOnlySpan<char> token) => token[^1] is ',' or ';' or '-' or '—' or '–' or '(' or '“';

    private static bool IsCloser(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t)
    {
        var token = text[starts[t]..ends[t]];
        var c = token[0];
        if (c is '”' or '’' or ')' or ']' or '»' or '}')
        {
            return true;
        }

        if (c is '"' or '\'')
        {
            // A straight quote glued to the punctuation before it and followed by a space (or the end) closes.
            return ends[t] == text.Length || Tokenizer.IsSpace(text[ends[t]]) || text[ends[t]] is '"' or ')' or ',';
        }

        return false;
    }

    private static bool CanStart(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int next, ReadOnlySpan<char> terminal)
    {
        var nextToken = text[starts[next]..ends[next]];
        var c = nextToken[0];
        var startsLikeSentence = char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '[' or '\'' or '¿' or '¡' or '*' or '-' or '—' or '•' ||
                                 (char.IsLetter(c) && !char.IsLower(c));
        if (!startsLikeSentence)
        {
            return false;
        }

        if (terminal.Length > 1 && terminal[^1] == '.' && char.IsLetter(terminal[^2]))
        {
            // A word that kept its period: an abbreviation, an initial or a dotted acronym.
            var core = terminal[..^1];
            if (core.Length == 1 && char.IsUpper(core[0]))
            {
                return false; // an initial: "Henry L. Stimson"
            }

            Span<char> lower = stackalloc char[Math.Min(core.Length, 16)];
            if (core.Length <= 16)
            {
                core.ToLowerInvariant(lower);
                if (Abbreviations.NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower))
                {
                    return false;
                }
            }

            return IsSentenceOpener(nextToken);
        }

        return true;
    }

    private static bool IsSentenceOpener(ReadOnlySpan<char> token)
    {
        if (token.Length > 12)
        {
            return false;
        }

        if (!char.IsLetter(token[0]))
        {
            return true;
        }

        Span<char> lower = stackalloc char[token.Length];
        token.ToLowerInvariant(lower);
        return Abbreviations.SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private static bool StartsLine(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int next)
    {
        var c = text[starts[next]];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '*' or '-' or '•' or '—' or '(' or '[';
    }
}
