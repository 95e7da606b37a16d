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
        // The eight steps of the byte loop written out (feature extraction runs this tens of millions of times).
        hash = (hash ^ (value & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 8) & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 16) & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 24) & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 32) & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 40) & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 48) & 0xFF)) * Prime;
        return (hash ^ (value >> 56)) * Prime;
    }

    /// <summary>A feature made of a template id and one value; never 0 (0 marks an empty slot).</summary>
    public static ulong Feature(int template, ulong a) => NonZero(Add(TemplateStart(template), a));

    /// <summary>A feature made of a template id and two values.</summary>
    public static ulong Feature(int template, ulong a, ulong b) => NonZero(Add(Add(TemplateStart(template), a), b));

    /// <summary>A feature made of a template id and three values.</summary>
    public static ulong Feature(int template, ulong a, ulong b, ulong c) => NonZero(Add(Add(Add(TemplateStart(template), a), b), c));

    // The hash of the seed and a template id, Add(Seed, template), taken from a table for the ids in use.
    private static readonly ulong[] TemplateStarts = [.. Enumerable.Range(0, 256).Select(t => Add(Seed, (ulong)t))];

    /// <summary>The hash of the seed and a template id, where every feature's hash starts.</summary>
    internal static ulong TemplateStart(int template) => (uint)template < (uint)TemplateStarts.Length ? TemplateStarts[template] : Add(Seed, (ulong)template);

    private static ulong NonZero(ulong h) => h == 0 ? 1 : h;
}
