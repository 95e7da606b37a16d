namespace Parley.Core;

/// <summary>A view of one token of a <see cref="Document"/>; cheap to create and copy.</summary>
public readonly struct Token : IEquatable<Token>
{
    internal Token(Document document, int index)
    {
        Document = document;
        Index = index;
    }

    /// <summary>The document this token belongs to.</summary>
    public Document Document { get; }

    /// <summary>Index of the token in the document.</summary>
    public int Index { get; }

    /// <summary>Start offset in the document text.</summary>
    public int Start => Document.GetTokenStart(Index);

    /// <summary>End offset (exclusive) in the document text.</summary>
    public int End => Document.GetTokenEnd(Index);

    /// <summary>The token's characters, without allocating.</summary>
    public ReadOnlySpan<char> Span => Document.GetTokenSpan(Index);

    /// <summary>The token's text.</summary>
    public string Text => Document.GetTokenSpan(Index).ToString();

    /// <summary>Universal POS tag, or null before tagging.</summary>
    public string? Upos => Document.Upos?[Index];

    /// <summary>Penn Treebank tag, or null before tagging.</summary>
    public string? Xpos => Document.Xpos?[Index];

    /// <summary>Lemma, or null before lemmatization.</summary>
    public string? Lemma => Document.Lemmas?[Index];

    /// <summary>Head token index (-1 for the sentence root), or null before parsing.</summary>
    public int? Head => Document.Heads?[Index];

    /// <summary>Dependency relation, or null before parsing.</summary>
    public string? Relation => Document.Relations?[Index];

    /// <summary>Index of the sentence holding this token.</summary>
    public int Sentence => Document.GetTokenSentence(Index);

    /// <inheritdoc/>
    public bool Equals(Token other) => ReferenceEquals(Document, other.Document) && Index == other.Index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Document, Index);

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>Equality of views.</summary>
    public static bool operator ==(Token left, Token right) => left.Equals(right);

    /// <summary>Inequality of views.</summary>
    public static bool operator !=(Token left, Token right) => !left.Equals(right);
}
