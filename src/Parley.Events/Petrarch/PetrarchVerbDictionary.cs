namespace Parley.Events.Petrarch;

/// <summary>
/// A PETRARCH (CAMEO 2.0 format) verb dictionary: synonym sets and verb blocks with their patterns.
/// Immutable once read; see <c>docs/formats/petrarch.md</c>.
/// </summary>
public sealed class PetrarchVerbDictionary
{
    internal PetrarchVerbDictionary(string source, IReadOnlyDictionary<string, IReadOnlyList<string>> synonymSets, IReadOnlyList<PetrarchVerbBlock> blocks,
        IReadOnlyList<PetrarchLineError> skipped, int transformations)
    {
        Source = source;
        SynonymSets = synonymSets;
        Blocks = blocks;
        Skipped = skipped;
        Transformations = transformations;
    }

    /// <summary>Name of the input the dictionary was read from.</summary>
    public string Source { get; }

    /// <summary>Synonym sets by name (<c>&amp;NAME</c> without the ampersand, upper case) → lower-case members, nested sets expanded.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SynonymSets { get; }

    /// <summary>The verb blocks, in file order.</summary>
    public IReadOnlyList<PetrarchVerbBlock> Blocks { get; }

    /// <summary>Malformed lines that were skipped (empty unless read with <c>skipMalformed</c>).</summary>
    public IReadOnlyList<PetrarchLineError> Skipped { get; }

    /// <summary>Number of <c>~</c> transformation rules seen; Parley does not apply them.</summary>
    public int Transformations { get; }

    /// <summary>Number of patterns over all blocks.</summary>
    public int PatternCount => Blocks.Sum(b => b.Patterns.Count);

    /// <summary>Number of member verbs over all blocks.</summary>
    public int VerbCount => Blocks.Sum(b => b.Verbs.Count);
}
