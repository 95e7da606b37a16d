using System.Globalization;

namespace Parley.Ingest.Text;

/// <summary>
/// Decides whether cleaned text is English prose Parley can work on. The rules, in order:
/// replacement characters (U+FFFD) over 1% of letters or 20 in all mean a broken encoding; text with no letters is not an
/// article; under 70% Latin-script letters means another script; and with 20 or more words, under 12% of them being
/// common English function words ("the", "of", "said", …) means another language or garbage.
/// </summary>
internal static class TextQuality
{
    /// <summary>Minimum share of Latin letters among all letters.</summary>
    public const double MinLatinShare = 0.70;

    /// <summary>Minimum share of common English words among all words, for texts of 20 words or more.</summary>
    public const double MinEnglishShare = 0.12;

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "at", "from", "it", "he",
        "she", "his", "her", "be", "are", "have", "has", "had", "not", "an", "this", "will", "said", "says", "but", "they",
        "their", "were", "which", "who", "would", "or", "its", "been", "we", "after", "also", "more", "than", "about", "i",
        "you", "our", "there", "into", "over", "what", "when", "could", "should", "no", "if", "all", "one", "two", "new",
    };

    /// <summary>Returns null when the text is usable, otherwise what is wrong and what to do.</summary>
    public static string? Check(string text)
    {
        int letters = 0, latin = 0, replacements = 0;
        Span<int> scripts = stackalloc int[Script.Count];
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                replacements++;
                continue;
            }

            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            var script = Classify(c);
            if (script == Script.Latin)
            {
                latin++;
            }
            else
            {
                scripts[script]++;
            }
        }

        if (replacements >= 20 || (replacements > 0 && replacements * 100 > letters))
        {
            return $"the text contains {replacements} replacement characters (U+FFFD), so it was decoded with the wrong encoding somewhere; re-save the original as UTF-8";
        }

        if (letters == 0)
        {
            return "the text has no words, only numbers or symbols; give a file with article text";
        }

        if (latin < letters * MinLatinShare)
        {
            var top = 0;
            for (var s = 1; s < Script.Count; s++)
            {
                top = scripts[s] > scripts[top] ? s : top;
            }

            var share = (letters - latin) * 100 / letters;
            return $"the text is mostly in {Script.Names[top]} script ({share}% of its letters are not Latin); Parley reads English news only";
        }

        var (words, english) = CountWords(text);
        if (words >= 20 && english < words * MinEnglishShare)
        {
            var share = english * 100 / words;
            return string.Create(CultureInfo.InvariantCulture, $"the text does not look like English ({share}% common English words, expected at least {MinEnglishShare * 100:0}%); it may be another language or garbled. Parley reads English news only");
        }

        return null;
    }

    private static (int Words, int English) CountWords(string text)
    {
        int words = 0, english = 0;
        Span<char> buffer = stackalloc char[16];
        var length = 0;
        var tooLong = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c) || (c is '\'' or '’' && length > 0))
            {
                if (length < buffer.Length)
                {
                    buffer[length] = char.ToLowerInvariant(c);
                }
                else
                {
                    tooLong = true;
                }

                length++;
                continue;
            }

            if (length > 0)
            {
                words++;
                if (!tooLong && EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer[..length]))
                {
                    english++;
                }
            }

            length = 0;
            tooLong = false;
        }

        return (words, english);
    }

    private static int Classify(char c) => c switch
    {
        < '\u0250' or (>= '\u1E00' and <= '\u1EFF') => Script.Latin,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0530' and <= '\u058F' => Script.Armenian,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        (>= '\u0600' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') => Script.Arabic,
        >= '\u0900' and <= '\u0DFF' => Script.Indic,
        >= '\u0E00' and <= '\u0E7F' => Script.Thai,
        >= '\u10A0' and <= '\u10FF' => Script.Georgian,
        (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F') or (>= '\uAC00' and <= '\uD7AF') => Script.Hangul,
        >= '\u3040' and <= '\u30FF' => Script.Japanese,
        (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') => Script.Han,
        _ => Script.Other,
    };

    private static class Script
    {
        public const int Other = 0;
        public const int Latin = 1;
        public const int Greek = 2;
        public const int Cyrillic = 3;
        public const int Armenian = 4;
        public const int Hebrew = 5;
        public const int Arabic = 6;
        public const int Indic = 7;
        public const int Thai = 8;
        public const int Georgian = 9;
        public const int Hangul = 10;
        public const int Japanese = 11;
        public const int Han = 12;
        public const int Count = 13;

        public static readonly string[] Names =
            ["a non-Latin", "Latin", "Greek", "Cyrillic", "Armenian", "Hebrew", "Arabic", "an Indic", "Thai", "Georgian", "Hangul (Korean)", "Japanese", "Han (Chinese)"];
    }
}
