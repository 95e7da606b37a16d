using Parley.Core;

namespace Parley.Nlp.Segmentation;

/// <summary>
/// Rule-based English tokenizer following Universal Dependencies English conventions: punctuation,
/// quotes and brackets split off; clitics split ("does|n't", "Japan|'s", "ca|n't", "gon|na"); hyphens
/// split except after common prefixes ("anti-", "co-", "e-") and in romanised given names ("Jae-in");
/// abbreviations, initials, numbers, URLs, e-mail addresses and @handles kept whole. Tokens are
/// offsets into the text: every token is a non-empty, non-whitespace slice, in order.
/// </summary>
/// <remarks>Stateless and thread-safe. One pass over the characters, no regular expressions.</remarks>
public sealed class Tokenizer : IPipe
{
    private static readonly string[] HyphenPrefixes =
    [
        "e", "pro", "un", "multi", "inter", "re", "non", "co", "anti", "ex", "extra", "counter", "mid", "pre",
        "post", "de", "trans", "self", "semi", "sub", "super", "ultra", "neo", "pan", "bi", "tri", "vice", "uh",
        "mm", "x", "t", "u", "k", "a", "b", "c",
    ];

    /// <inheritdoc/>
    public string Name => "tokenizer";

    /// <inheritdoc/>
    public IReadOnlyList<string> Requires { get; } = [];

    /// <inheritdoc/>
    public IReadOnlyList<string> Assigns { get; } = [Annotations.Tokens];

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var starts = new List<int>(document.Text.Length / 5);
        var ends = new List<int>(document.Text.Length / 5);
        Tokenize(document.Text, starts, ends);
        document.SetTokens(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(starts), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ends));
    }

    /// <summary>Tokenizes <paramref name="text"/>, appending token offsets to the lists.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<int> starts, List<int> ends)
    {
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(ends);
        var sink = new Sink(starts, ends);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !IsSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                TokenizeChunk(text, start, i, ref sink);
            }
        }
    }

    /// <summary>Whitespace for tokenization, including no-break and zero-width spaces.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF' || c == '\u00AD';

    private static void TokenizeChunk(ReadOnlySpan<char> text, int start, int end, ref Sink sink)
    {
        // Em and en dashes separate words even inside what looks like an address ("desk@example.com—or").
        var dash = text[start..end].IndexOfAny('—', '–');
        if (dash > 0)
        {
            var at = start + dash;
            var run = RunOf(text, at, end, text[at]);
            TokenizeChunk(text, start, at, ref sink);
            sink.Add(at, at + run);
            if (at + run < end)
            {
                TokenizeChunk(text, at + run, end, ref sink);
            }

            return;
        }

        // Leading punctuation: opening quotes and brackets, dashes, currency signs before a number.
        while (start < end)
        {
            var c = text[start];
            if (IsOpening(c) || IsDash(c) || c == '*' || c == '•')
            {
                if (IsDash(c) && start + 1 < end && (char.IsDigit(text[start + 1]) || text[start + 1] == '.') && c == '-')
                {
                    break; // a negative number
                }

                var run = RunOf(text, start, end, c);
                sink.Add(start, start + run);
                start += run;
                continue;
            }

            if ((IsCurrency(c) || (c == '#' && char.IsDigit(text[start + 1 < end ? start + 1 : start]))) && start + 1 < end)
            {
                sink.Add(start, start + 1);
                start++;
                continue;
            }

            if ((c == '\'' || c == '’' || c == '‘') && start + 1 < end && !IsClitic(text[start..end]) && !IsYearApostrophe(text[start..end]))
            {
                sink.Add(start, start + 1);
                start++;
                continue;
            }

            break;
        }

        if (start >= end)
        {
            return;
        }

        // Trailing punctuation, collected right to left.
        Span<int> trailStarts = stackalloc int[16];
        Span<int> trailEnds = stackalloc int[16];
        var trail = 0;
        var whole = IsUrlLike(text[start..end]);
        while (end > start && trail < trailStarts.Length)
        {
            var c = text[end - 1];
            int cut;
            if (c == '.')
            {
                if (end - start >= 2 && text[end - 2] == '.')
                {
                    cut = RunBack(text, start, end, '.');
                }
                else if (!whole && KeepsPeriod(text[start..end]))
                {
                    break;
                }
                else
                {
                    cut = 1;
                }
            }
            else if (c is '!' or '?')
            {
                cut = 1;
                while (cut < end - start && text[end - cut - 1] is '!' or '?')
                {
                    cut++;
                }
            }
            else if (IsClosing(c) || c is ',' or ';' or ':' or '…' or '%' || IsDash(c))
            {
                if ((c == '\'' || c == '’') && !whole && IsPluralPossessive(text[start..end]))
                {
                    cut = 1;
                }
                else if (c == ':' && whole)
                {
                    cut = 1;
                }
                else
                {
                    cut = c is '%' ? 1 : RunBack(text, start, end, c);
                }
            }
            else
            {
                break;
            }

            if (cut >= end - start)
            {
                break;
            }

            trailStarts[trail] = end - cut;
            trailEnds[trail] = end;
            trail++;
            end -= cut;
        }

        if (whole)
        {
            sink.Add(start, end);
        }
        else
        {
            SplitCore(text, start, end, ref sink);
        }

        for (var t = trail - 1; t >= 0; t--)
        {
            sink.Add(trailStarts[t], trailEnds[t]);
        }
    }

    /// <summary>Splits the core of a chunk (no leading or trailing punctuation) at inner dashes, slashes, hyphens and clitics.</summary>
    private static void SplitCore(ReadOnlySpan<char> text, int start, int end, ref Sink sink)
    {
        var pieceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var splitHere = false;
            var width = 1;
            if (c is '—' or '–' or '…' || c == '"' || c == '“' || c == '”' || c == '(' || c == ')' || c == '[' || c == ']')
            {
                splitHere = true;
                width = RunOf(text, i, end, c);
            }
            else if (c == '.' && i + 1 < end && text[i + 1] == '.' && i > pieceStart)
            {
                splitHere = true;
                width = RunOf(text, i, end, '.');
            }
            else if (c == '-' && i + 1 < end && text[i + 1] == '-')
            {
                splitHere = true;
                width = RunOf(text, i, end, '-');
            }
            else if (c == '-' && i > pieceStart && i + 1 < end && ShouldSplitHyphen(text, pieceStart, i, end))
            {
                splitHere = true;
            }
            else if (c == '/' && i > pieceStart && i + 1 < end && LetterRun(text, pieceStart, i) >= 2 && LetterRunForward(text, i + 1, end) >= 2)
            {
                splitHere = true;
            }
            else if (c == ',' && i > pieceStart && i + 1 < end && !(char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])))
            {
                splitHere = true;
            }

            if (!splitHere)
            {
                continue;
            }

            if (i > pieceStart)
            {
                EmitWord(text, pieceStart, i, ref sink);
            }

            sink.Add(i, i + width);
            i += width - 1;
            pieceStart = i + 1;
        }

        if (end > pieceStart)
        {
            EmitWord(text, pieceStart, end, ref sink);
        }
    }

    /// <summary>Emits a word, splitting English clitics and fused forms the way UD English does.</summary>
    private static void EmitWord(ReadOnlySpan<char> text, int start, int end, ref Sink sink)
    {
        var word = text[start..end];
        var length = word.Length;
        if (length >= 4 && EndsWithNt(word))
        {
            var stem = length - 3;
            if (word[..stem].Equals("ca", StringComparison.OrdinalIgnoreCase) ||
                word[..stem].Equals("wo", StringComparison.OrdinalIgnoreCase) ||
                word[..stem].Equals("ai", StringComparison.OrdinalIgnoreCase) ||
                word[..stem].Equals("sha", StringComparison.OrdinalIgnoreCase) || stem > 0)
            {
                sink.Add(start, start + stem);
                sink.Add(start + stem, end);
                return;
            }
        }

        if (length >= 3 && (word[^2] == '\'' || word[^2] == '’') && char.IsLetter(word[^3]) && IsCliticLetter(word[^1]))
        {
            sink.Add(start, end - 2);
            sink.Add(end - 2, end);
            return;
        }

        if (length >= 4 && (word[^3] == '\'' || word[^3] == '’') && char.IsLetter(word[^4]) &&
            (word[^2..].Equals("re", StringComparison.OrdinalIgnoreCase) || word[^2..].Equals("ve", StringComparison.OrdinalIgnoreCase) ||
             word[^2..].Equals("ll", StringComparison.OrdinalIgnoreCase)))
        {
            sink.Add(start, end - 3);
            sink.Add(end - 3, end);
            return;
        }

        if (length == 5 && (word.Equals("gonna", StringComparison.OrdinalIgnoreCase) || word.Equals("wanna", StringComparison.OrdinalIgnoreCase) ||
                            word.Equals("gotta", StringComparison.OrdinalIgnoreCase)))
        {
            sink.Add(start, start + 3);
            sink.Add(start + 3, end);
            return;
        }

        if (length == 6 && word.Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            sink.Add(start, start + 3);
            sink.Add(start + 3, end);
            return;
        }

        sink.Add(start, end);
    }

    private static bool EndsWithNt(ReadOnlySpan<char> word) =>
        (word[^1] == 't' || word[^1] == 'T') && (word[^2] == '\'' || word[^2] == '’') && (word[^3] == 'n' || word[^3] == 'N');

    private static bool IsCliticLetter(char c) => c is 's' or 'S' or 'd' or 'D' or 'm' or 'M';

    private static bool IsClitic(ReadOnlySpan<char> chunk)
    {
        // "'s" or "’re" standing alone after a space (rare, but keep them as one token).
        var rest = chunk[1..];
        return rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("re", StringComparison.OrdinalIgnoreCase) ||
               rest.Equals("ve", StringComparison.OrdinalIgnoreCase) || rest.Equals("ll", StringComparison.OrdinalIgnoreCase) ||
               rest.Equals("d", StringComparison.OrdinalIgnoreCase) || rest.Equals("m", StringComparison.OrdinalIgnoreCase) ||
               rest.Equals("em", StringComparison.OrdinalIgnoreCase) || rest.Equals("til", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsYearApostrophe(ReadOnlySpan<char> chunk) => chunk.Length >= 3 && char.IsDigit(chunk[1]) && char.IsDigit(chunk[2]);

    /// <summary>"states'" (a plural possessive): the apostrophe is its own token.</summary>
    private static bool IsPluralPossessive(ReadOnlySpan<char> chunk) => chunk.Length >= 3 && (chunk[^2] is 's' or 'S') && char.IsLetter(chunk[^3]);

    private static bool ShouldSplitHyphen(ReadOnlySpan<char> text, int pieceStart, int hyphen, int end)
    {
        var left = text[pieceStart..hyphen];
        var rightEnd = hyphen + 1;
        while (rightEnd < end && char.IsLetterOrDigit(text[rightEnd]))
        {
            rightEnd++;
        }

        var right = text[(hyphen + 1)..rightEnd];
        if (right.IsEmpty || left.IsEmpty || !char.IsLetterOrDigit(left[^1]))
        {
            return false;
        }

        // Phone and reference numbers ("212-902-3724") stay whole; a single numeric range splits.
        if (char.IsDigit(left[^1]) && char.IsDigit(right[0]) && (rightEnd < end && text[rightEnd] == '-' || text[pieceStart..hyphen].Contains('-')))
        {
            return false;
        }

        // "891-5042", "20006-3700" are numbers; "2013-2014" and "10-12" are ranges.
        if (IsDigits(left) && IsDigits(right) && left.Length >= 3 && right.Length >= 4 && !(left.Length == 4 && right.Length == 4))
        {
            return false;
        }

        foreach (var prefix in HyphenPrefixes)
        {
            if (left.Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        // Romanised given names ("Jae-in", "Jong-un", "Kyung-wha") stay one token.
        if (left.Length <= 6 && right.Length <= 5 && char.IsUpper(left[0]) && IsLowerWord(left[1..]) && IsLowerWord(right))
        {
            return false;
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int LetterRun(ReadOnlySpan<char> text, int from, int to)
    {
        var n = 0;
        for (var i = to - 1; i >= from && char.IsLetter(text[i]); i--)
        {
            n++;
        }

        return n;
    }

    private static int LetterRunForward(ReadOnlySpan<char> text, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to && char.IsLetter(text[i]); i++)
        {
            n++;
        }

        return n;
    }

    /// <summary>Whether a word that ends with '.' keeps it: abbreviations, initials, dotted acronyms ("U.S.", "a.m.").</summary>
    internal static bool KeepsPeriod(ReadOnlySpan<char> word)
    {
        var core = word[..^1];
        if (core.IsEmpty)
        {
            return false;
        }

        if (core.Length == 1 && char.IsLetter(core[0]))
        {
            return true;
        }

        var hasInnerDot = false;
        var allLettersOrDots = true;
        foreach (var c in core)
        {
            if (c == '.')
            {
                hasInnerDot = true;
            }
            else if (!char.IsLetter(c))
            {
                allLettersOrDots = false;
            }
        }

        if (hasInnerDot && allLettersOrDots)
        {
            return true;
        }

        if (core.Length > 8)
        {
            return false;
        }

        Span<char> lower = stackalloc char[core.Length];
        core.ToLowerInvariant(lower);
        return Abbreviations.All.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private static bool IsUrlLike(ReadOnlySpan<char> chunk)
    {
        if (chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
            chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (chunk.Length > 1 && (chunk[0] == '@' || chunk[0] == '#') && char.IsLetterOrDigit(chunk[1]))
        {
            return true;
        }

        var at = chunk.IndexOf('@');
        return at > 0 && chunk[(at + 1)..].IndexOf('.') > 0;
    }

    private static int RunOf(ReadOnlySpan<char> text, int start, int end, char c)
    {
        var n = 1;
        while (start + n < end && text[start + n] == c)
        {
            n++;
        }

        return n;
    }

    private static int RunBack(ReadOnlySpan<char> text, int start, int end, char c)
    {
        var n = 1;
        while (end - n - 1 >= start && text[end - n - 1] == c)
        {
            n++;
        }

        return n;
    }

    private static bool IsOpening(char c) => c is '"' or '“' or '‘' or '(' or '[' or '{' or '«' or '„' or '<' or '¿' or '¡';

    private static bool IsClosing(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '}' or '»' or '>';

    private static bool IsDash(char c) => c is '—' or '–' or '-' or '―';

    private static bool IsCurrency(char c) => c is '$' or '£' or '€' or '¥' or '₩' or '₹';

    private ref struct Sink(List<int> starts, List<int> ends)
    {
        private readonly List<int> _starts = starts;
        private readonly List<int> _ends = ends;

        public readonly void Add(int start, int end)
        {
            _starts.Add(start);
            _ends.Add(end);
        }
    }
}
