using System.Text;

namespace Parley.Events.Actors;

/// <summary>
/// Splits a short phrase on whitespace and punctuation for dictionary look-up. Hyphens split words
/// ("Kim Jong-un" = "Kim Jong Un"), a possessive <c>'s</c> becomes its own token, a final period is
/// dropped unless the word is an abbreviation ("U.S."), and letters are lower-cased with common
/// Latin diacritics folded. This is deliberately simple: the engine's own tokenizer decides
/// phrase boundaries, this only has to agree with itself on names.
/// </summary>
internal static class PhraseTokenizer
{
    public const string Possessive = "'s";

    /// <summary>Tokenises <paramref name="text"/>; appends the normalised text to <paramref name="norm"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<PhraseToken> tokens, StringBuilder norm)
    {
        tokens.Clear();
        norm.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '-')
            {
                i++;
                continue;
            }

            if (IsPunctuation(c))
            {
                AddToken(text, i, i + 1, tokens, norm, punctuation: true);
                i++;
                continue;
            }

            // A word runs to whitespace, punctuation or an inner hyphen.
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && !IsPunctuation(text[i]) && text[i] != '-')
            {
                i++;
            }

            var end = i;
            if (i < text.Length && text[i] == '-')
            {
                i++; // inner hyphen: split
            }

            EmitWord(text, start, end, tokens, norm);
        }
    }

    private static void EmitWord(ReadOnlySpan<char> text, int start, int end, List<PhraseToken> tokens, StringBuilder norm)
    {
        // Strip quotes around the word.
        while (start < end && IsQuote(text[start]))
        {
            start++;
        }

        var possessive = false;
        if (end - start > 2 && (text[end - 1] == 's' || text[end - 1] == 'S') && IsQuote(text[end - 2]))
        {
            possessive = true;
            end -= 2;
        }
        else if (end - start > 1 && IsQuote(text[end - 1]) && (text[end - 2] == 's' || text[end - 2] == 'S'))
        {
            possessive = true; // "the Koreas'"
            end -= 1;
        }

        while (end > start && IsQuote(text[end - 1]))
        {
            end--;
        }

        if (end > start && text[end - 1] == '.')
        {
            var word = text[start..(end - 1)];
            var keep = word.Length == 1 || word.Contains('.');
            if (!keep)
            {
                end--;
            }
        }

        if (end > start)
        {
            AddToken(text, start, end, tokens, norm, punctuation: false);
        }

        if (possessive)
        {
            var at = end;
            if (norm.Length > 0)
            {
                norm.Append(' ');
            }

            var normStart = norm.Length;
            norm.Append(Possessive);
            tokens.Add(new PhraseToken(at, at + 2, normStart, norm.Length, false));
        }
    }

    private static void AddToken(ReadOnlySpan<char> text, int start, int end, List<PhraseToken> tokens, StringBuilder norm, bool punctuation)
    {
        if (norm.Length > 0)
        {
            norm.Append(' ');
        }

        var normStart = norm.Length;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            norm.Append(c == '\u2019' || c == '\u2018' || c == '`' ? '\'' : Fold(char.ToLowerInvariant(c)));
        }

        tokens.Add(new PhraseToken(start, end, normStart, norm.Length, punctuation));
    }

    /// <summary>The normalised form of a whole name, as the lexicon stores it.</summary>
    public static string NormalizeName(string name)
    {
        var tokens = new List<PhraseToken>();
        var norm = new StringBuilder();
        Tokenize(name, tokens, norm);
        return norm.ToString();
    }

    public static bool IsPunctuation(char c) => c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '{' or '}' or '"'
        or '\u201C' or '\u201D' or '!' or '?' or '/' or '\u2014' or '\u2013' or '&' or '|';

    private static bool IsQuote(char c) => c is '\'' or '\u2019' or '\u2018' or '`';

    /// <summary>Folds the common Latin diacritics so "Côte" and "Cote" look up alike.</summary>
    private static char Fold(char c)
    {
        if (c < '\u00C0')
        {
            return c;
        }

        return c switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' or 'ă' or 'ą' => 'a',
            'ç' or 'ć' or 'č' => 'c',
            'ď' or 'đ' => 'd',
            'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' => 'e',
            'ğ' => 'g',
            'ì' or 'í' or 'î' or 'ï' or 'ī' or 'ı' => 'i',
            'ł' or 'ľ' => 'l',
            'ñ' or 'ń' or 'ň' => 'n',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' or 'ő' => 'o',
            'ř' => 'r',
            'ś' or 'š' or 'ş' or 'ș' => 's',
            'ť' or 'ț' or 'ţ' => 't',
            'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' => 'u',
            'ý' or 'ÿ' => 'y',
            'ź' or 'ż' or 'ž' => 'z',
            _ => c,
        };
    }
}
