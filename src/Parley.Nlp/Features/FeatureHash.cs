namespace Parley.Nlp.Features;

/// <summary>
/// The fixed hash every model feature goes through: 64-bit FNV-1a (Fowler–Noll–Vo) over UTF-16 code units
/// and over the little-endian bytes of integers. Never <see cref="string.GetHashCode()"/>, whose value
/// changes from process to process; a model trained today must score the same features tomorrow.
/// </summary>
public static class FeatureHash
{
    /// <summary>The FNV-1a 64-bit offset basis.</summary>
    public const ulong Seed = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    /// <summary>Hashes the characters of <paramref name="text"/> as they are.</summary>
    public static ulong Text(ReadOnlySpan<char> text) => Text(Seed, text);

    /// <summary>Continues <paramref name="hash"/> with the characters of <paramref name="text"/>.</summary>
    public static ulong Text(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }

    /// <summary>Continues <paramref name="hash"/> with one character.</summary>
    public static ulong Char(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * Prime;
        return (hash ^ (byte)(c >> 8)) * Prime;
    }

    /// <summary>Continues <paramref name="hash"/> with the eight bytes of <paramref name="value"/>.</summary>
    public static ulong Add(ulong hash, ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            hash = (hash ^ (value & 0xFF)) * Prime;
            value >>= 8;
        }

        return hash;
    }

    /// <summary>A feature made of a template id and one value; never 0 (0 marks an empty slot).</summary>
    public static ulong Feature(int template, ulong a) => NonZero(Add(Add(Seed, (ulong)template), a));

    /// <summary>A feature made of a template id and two values.</summary>
    public static ulong Feature(int template, ulong a, ulong b) => NonZero(Add(Add(Add(Seed, (ulong)template), a), b));

    /// <summary>A feature made of a template id and three values.</summary>
    public static ulong Feature(int template, ulong a, ulong b, ulong c) => NonZero(Add(Add(Add(Add(Seed, (ulong)template), a), b), c));

    private static ulong NonZero(ulong h) => h == 0 ? 1 : h;
}
