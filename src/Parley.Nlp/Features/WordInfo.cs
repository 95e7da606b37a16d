namespace Parley.Nlp.Features;

/// <summary>Pre-hashed views of one word used by the tagger and parser features.</summary>
public readonly struct WordInfo
{
    /// <summary>Hash of the lower-cased word with digits mapped to 0.</summary>
    public ulong Norm { get; init; }

    /// <summary>Hash of the word exactly as written.</summary>
    public ulong Exact { get; init; }

    /// <summary>Hashes of the last 1–4 normalised characters (index 0 = last one).</summary>
    public ulong Suffix1 { get; init; }

    /// <summary>Last two characters.</summary>
    public ulong Suffix2 { get; init; }

    /// <summary>Last three characters.</summary>
    public ulong Suffix3 { get; init; }

    /// <summary>Last four characters.</summary>
    public ulong Suffix4 { get; init; }

    /// <summary>First normalised character.</summary>
    public ulong Prefix1 { get; init; }

    /// <summary>First two characters.</summary>
    public ulong Prefix2 { get; init; }

    /// <summary>First three characters.</summary>
    public ulong Prefix3 { get; init; }

    /// <summary>Hash of the word shape (X, x, d, other; runs longer than 3 collapsed).</summary>
    public ulong Shape { get; init; }

    /// <summary>Bit flags: 1 has a hyphen, 2 has a digit, 4 has an upper-case letter, 8 all upper-case.</summary>
    public ulong Flags { get; init; }

    /// <summary>Fills a word's hashes from its characters.</summary>
    public static WordInfo Create(ReadOnlySpan<char> word)
    {
        var norm = FeatureHash.Seed;
        var shape = FeatureHash.Seed;
        var lastClass = '\0';
        var run = 0;
        var upper = 0;
        var letters = 0;
        ulong flags = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var n = Normalise(c);
            norm = FeatureHash.Char(norm, n);
            char cls;
            if (char.IsUpper(c))
            {
                cls = 'X';
                upper++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                cls = 'x';
                letters++;
            }
            else if (char.IsDigit(c))
            {
                cls = 'd';
                flags |= 2;
            }
            else
            {
                cls = c;
                if (c == '-')
                {
                    flags |= 1;
                }
            }

            run = cls == lastClass ? run + 1 : 1;
            lastClass = cls;
            if (run <= 3)
            {
                shape = FeatureHash.Char(shape, cls);
            }
        }

        if (upper > 0)
        {
            flags |= 4;
        }

        if (upper > 0 && upper == letters)
        {
            flags |= 8;
        }

        return new WordInfo
        {
            Norm = norm,
            Exact = FeatureHash.Text(word),
            Shape = shape,
            Flags = flags,
            Suffix1 = Affix(word, 1, suffix: true),
            Suffix2 = Affix(word, 2, suffix: true),
            Suffix3 = Affix(word, 3, suffix: true),
            Suffix4 = Affix(word, 4, suffix: true),
            Prefix1 = Affix(word, 1, suffix: false),
            Prefix2 = Affix(word, 2, suffix: false),
            Prefix3 = Affix(word, 3, suffix: false),
        };
    }

    /// <summary>The padding word used before the first and after the last word of a sentence.</summary>
    public static WordInfo Padding(ulong marker)
    {
        var h = FeatureHash.Add(FeatureHash.Seed, marker);
        return new WordInfo
        {
            Norm = h,
            Exact = h,
            Suffix1 = h,
            Suffix2 = h,
            Suffix3 = h,
            Suffix4 = h,
            Prefix1 = h,
            Prefix2 = h,
            Prefix3 = h,
            Shape = h,
            Flags = 0,
        };
    }

    private static ulong Affix(ReadOnlySpan<char> word, int length, bool suffix)
    {
        var n = Math.Min(length, word.Length);
        var part = suffix ? word[^n..] : word[..n];
        var h = FeatureHash.Add(FeatureHash.Seed, (ulong)length);
        foreach (var c in part)
        {
            h = FeatureHash.Char(h, Normalise(c));
        }

        return h;
    }

    private static char Normalise(char c) => char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
}
