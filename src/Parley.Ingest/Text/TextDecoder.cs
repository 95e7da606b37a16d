using System.Text;
using System.Text.Unicode;

namespace Parley.Ingest.Text;

/// <summary>
/// Turns the bytes of a text file into a string: BOM-marked UTF-8, UTF-16 LE/BE and UTF-32 LE; UTF-16 without a BOM
/// when its zero bytes give it away; strict UTF-8; and, for bytes that are not valid UTF-8, Windows-1252 (a superset of
/// Latin-1's printable range) when the result is plausible text. Double-encoded UTF-8 ("â€™" for "’") is repaired when
/// the whole text round-trips. Rejects binary data with a message that says what to do.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Windows-1252 code points for bytes 0x80–0x9F; 0 marks the five undefined bytes.</summary>
    private static readonly char[] Cp1252High =
    [
        '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0',
        '\0', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Decodes <paramref name="bytes"/>; on failure <paramref name="error"/> says what is wrong and what to do.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? error)
    {
        text = "";
        error = null;
        try
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            {
                text = new UTF32Encoding(false, false, true).GetString(bytes[4..]);
            }
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                text = StrictUtf8.GetString(bytes[3..]);
            }
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            {
                text = new UnicodeEncoding(false, false, true).GetString(bytes[2..]);
            }
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                text = new UnicodeEncoding(true, false, true).GetString(bytes[2..]);
            }
            else if (SniffUtf16(bytes) is { } utf16)
            {
                text = utf16.GetString(bytes);
            }
            else if (bytes.Contains((byte)0))
            {
                error = "this looks like a binary file (it contains NUL bytes), not text; give a .txt, .html or .jsonl file";
                return false;
            }
            else if (Utf8.IsValid(bytes))
            {
                text = Encoding.UTF8.GetString(bytes);
            }
            else if (!TryDecodeCp1252(bytes, out text))
            {
                error = "the file is not valid UTF-8 and does not look like Latin-1/Windows-1252 text either (binary data or another encoding); re-save it as UTF-8";
                return false;
            }
        }
        catch (DecoderFallbackException)
        {
            error = "the file starts with a Unicode byte-order mark but its bytes are not valid in that encoding; re-save it as UTF-8";
            return false;
        }

        return CheckText(ref text, out error);
    }

    /// <summary>Checks already-decoded text (standard input, JSON strings) for binary content and mojibake.</summary>
    public static bool CheckText(ref string text, out string? error)
    {
        error = null;
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                error = "this looks like a binary file (it contains NUL characters), not text; give a .txt, .html or .jsonl file";
                return false;
            }

            if ((c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || c is >= '\u007F' and <= '\u009F')
            {
                controls++;
            }
        }

        if (controls > Math.Max(2, text.Length / 100))
        {
            error = $"this looks like binary data, not text ({controls} control characters); give a .txt, .html or .jsonl file";
            return false;
        }

        var marks = CountMojibake(text);
        if (marks > 0 && TryRepairMojibake(text, out var repaired))
        {
            text = repaired;
        }
        else if (marks >= 3 && marks * 200 > text.Length)
        {
            error = "the text is mis-encoded (it is full of sequences like 'â€™' or 'Ã©', UTF-8 read as Windows-1252); re-save the original as UTF-8";
            return false;
        }

        return true;
    }

    private static UnicodeEncoding? SniffUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 < pairs)
        {
            return new UnicodeEncoding(false, false, true);
        }

        return evenZeros * 10 >= pairs * 7 && oddZeros * 20 < pairs ? new UnicodeEncoding(true, false, true) : null;
    }

    /// <summary>
    /// Decodes as Windows-1252 when the result is plausible text: no undefined bytes, few non-ASCII bytes (at most 1 in 5)
    /// and most of them letters or typographic punctuation rather than symbols.
    /// </summary>
    private static bool TryDecodeCp1252(ReadOnlySpan<byte> bytes, out string text)
    {
        text = "";
        var high = 0;
        var odd = 0;
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                chars[i] = (char)b;
                continue;
            }

            high++;
            var c = b < 0xA0 ? Cp1252High[b - 0x80] : (char)b;
            if (c == '\0')
            {
                return false;
            }

            if (!char.IsLetter(c) && c is not ('’' or '‘' or '“' or '”' or '–' or '—' or '…' or '•' or '€' or '£' or '°' or '©' or '®' or '™' or '«' or '»' or '\u00A0' or '§' or '½' or '¼' or '¾'))
            {
                odd++;
            }

            chars[i] = c;
        }

        if (high * 5 > bytes.Length || odd * 2 > high)
        {
            return false;
        }

        text = new string(chars);
        return true;
    }

    private static int CountMojibake(string text)
    {
        var count = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var c = text[i];
            var next = text[i + 1];
            if ((c is 'Ã' or 'Â' && next is >= '\u0080' and <= '\u00BF') || (c == 'â' && next == '€') || (c is 'Ã' or 'Â' && Array.IndexOf(Cp1252High, next) >= 0 && next != '\0'))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Re-encodes the whole text as Windows-1252 and reads the bytes as UTF-8, if that works and removes every marker.</summary>
    private static bool TryRepairMojibake(string text, out string repaired)
    {
        repaired = text;
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // C1 controls stand for the five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
            if (c <= '\u00FF')
            {
                bytes[i] = (byte)c;
                continue;
            }

            var index = Array.IndexOf(Cp1252High, c);
            if (index < 0 || c == '\0')
            {
                return false;
            }

            bytes[i] = (byte)(0x80 + index);
        }

        if (!Utf8.IsValid(bytes))
        {
            return false;
        }

        var candidate = Encoding.UTF8.GetString(bytes);
        if (CountMojibake(candidate) > 0)
        {
            return false;
        }

        repaired = candidate;
        return true;
    }
}
