namespace Parley.Core;

/// <summary>A view of one sentence of a <see cref="Document"/>.</summary>
public readonly struct Sentence : IEquatable<Sentence>
{
    internal Sentence(Document document, int index)
    {
        Document = document;
        Index = index;
    }

    /// <summary>The document this sentence belongs to.</summary>
    public Document Document { get; }

    /// <summary>Index of the sentence in the document.</summary>
    public int Index { get; }

    /// <summary>Index of the first token.</summary>
    public int FirstToken => Document.SentenceFirstToken(Index);

    /// <summary>Index one past the last token.</summary>
    public int EndToken => Document.SentenceEndToken(Index);

    /// <summary>Number of tokens.</summary>
    public int TokenCount => EndToken - FirstToken;

    /// <summary>Start offset in the document text.</summary>
    public int Start => Document.GetTokenStart(FirstToken);

    /// <summary>End offset (exclusive) in the document text.</summary>
    public int End => Document.GetTokenEnd(EndToken - 1);

    /// <summary>The paragraph this sentence belongs to (0-based).</summary>
    public int Paragraph => Document.SentenceParagraph(Index);

    /// <summary>The sentence's text.</summary>
    public string Text => Document.Text[Start..End];

    /// <summary>The token at position <paramref name="i"/> within the sentence.</summary>
    public Token this[int i] => Document[FirstToken + i];

    /// <inheritdoc/>
    public bool Equals(Sentence other) => ReferenceEquals(Document, other.Document) && Index == other.Index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Sentence other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Document, Index);

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>Equality of views.</summary>
    public static bool operator ==(Sentence left, Sentence right) => left.Equals(right);

    /// <summary>Inequality of views.</summary>
    public static bool operator !=(Sentence left, Sentence right) => !left.Equals(right);
}
