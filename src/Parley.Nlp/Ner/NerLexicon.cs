using Parley.Nlp.Features;

namespace Parley.Nlp.Ner;

/// <summary>
/// A word-class lexicon learned from POS-annotated text: for each normalised word, how often it is a proper
/// noun and how often it is written lower-case, in coarse buckets. It lets the recogniser tell a
/// sentence-initial common word ("Luckily") from a name it never saw. Immutable and thread-safe.
/// </summary>
public sealed class NerLexicon
{
    private readonly Dictionary<ulong, byte> _classes;

    private NerLexicon(Dictionary<ulong, byte> classes) => _classes = classes;

    /// <summary>A lexicon that knows no word.</summary>
    public static NerLexicon Empty { get; } = new([]);

    /// <summary>Number of words.</summary>
    public int Count => _classes.Count;

    /// <summary>Builds a lexicon from word occurrences; words seen fewer than <paramref name="minCount"/> times are left out.</summary>
    /// <param name="words">Each occurrence's form and whether it was tagged a proper noun.</param>
    /// <param name="minCount">Minimum occurrences.</param>
    public static NerLexicon Build(IEnumerable<(string Form, bool ProperNoun)> words, int minCount = 2)
    {
        ArgumentNullException.ThrowIfNull(words);
        var counts = new Dictionary<ulong, (int Total, int Proper, int Lower)>();
        foreach (var (form, proper) in words)
        {
            if (form.Length == 0)
            {
                continue;
            }

            var key = Key(form);
            var c = counts.GetValueOrDefault(key);
            counts[key] = (c.Total + 1, c.Proper + (proper ? 1 : 0), c.Lower + (char.IsLower(form[0]) ? 1 : 0));
        }

        var classes = new Dictionary<ulong, byte>();
        foreach (var (key, (total, proper, lower)) in counts)
        {
            if (total < minCount)
            {
                continue;
            }

            var p = (double)proper / total;
            var l = (double)lower / total;
            var pb = p < 0.05 ? 0 : p < 0.5 ? 1 : p < 0.95 ? 2 : 3;
            var lb = l < 0.05 ? 0 : l < 0.5 ? 1 : 2;
            classes[key] = (byte)(1 + (pb * 3) + lb);
        }

        return new NerLexicon(classes);
    }

    /// <summary>The class of <paramref name="word"/>: 0 when unknown, else 1–12.</summary>
    public byte ClassOf(ReadOnlySpan<char> word) => _classes.GetValueOrDefault(Key(word));

    /// <summary>Writes the lexicon (keys ascending).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var keys = _classes.Keys.Order().ToArray();
        writer.Write(keys.Length);
        foreach (var k in keys)
        {
            writer.Write(k);
            writer.Write(_classes[k]);
        }
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is malformed.</exception>
    public static NerLexicon Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException($"The lexicon declares {count} words.");
        }

        var classes = new Dictionary<ulong, byte>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            var value = reader.ReadByte();
            if (value is 0 or > 12)
            {
                throw new InvalidDataException($"Lexicon class {value} is out of range 1..12.");
            }

            classes[key] = value;
        }

        return new NerLexicon(classes);
    }

    private static ulong Key(ReadOnlySpan<char> word)
    {
        var hash = FeatureHash.Seed;
        foreach (var c in word)
        {
            hash = FeatureHash.Char(hash, char.ToLowerInvariant(c));
        }

        return hash;
    }
}
