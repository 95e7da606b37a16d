namespace Parley.Nlp.Ner;

/// <summary>The pre-hashed views of one sentence's tokens that <see cref="NerFeatures"/> reads.</summary>
public sealed class NerSentenceContext
{
    internal NerSentenceContext(int length)
    {
        Length = length;
        Norm = new ulong[length];
        Exact = new ulong[length];
        Shape = new ulong[length];
        ShortShape = new ulong[length];
        Prefix = new ulong[length * 3];
        Suffix = new ulong[length * 4];
        Gazetteer = new uint[length];
        LowerGazetteer = new uint[length];
        Flags = new uint[length];
        Lexicon = new byte[length];
        Pos = new ulong[length];
        History = new ulong[length];
    }

    /// <summary>Number of tokens.</summary>
    public int Length { get; }

    internal ulong[] Norm { get; }

    internal ulong[] Exact { get; }

    internal ulong[] Shape { get; }

    internal ulong[] ShortShape { get; }

    internal ulong[] Prefix { get; }

    internal ulong[] Suffix { get; }

    internal uint[] Gazetteer { get; }

    internal uint[] LowerGazetteer { get; }

    internal uint[] Flags { get; }

    internal byte[] Lexicon { get; }

    internal ulong[] Pos { get; }

    /// <summary>Per token, what earlier sentences of the document said about the word (<see cref="NerDocumentHistory"/>); 0 without a history.</summary>
    internal ulong[] History { get; }

    internal bool IsCapitalised(int i) => (Flags[i] & 3u) != 0;
}
