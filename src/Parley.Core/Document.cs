using System.Security.Cryptography;
using System.Text;

namespace Parley.Core;

/// <summary>
/// A document: its cleaned text plus annotation layers stored as parallel arrays (struct-of-arrays).
/// <see cref="Token"/> and <see cref="Sentence"/> are lightweight views <c>(document, index)</c>.
/// All offsets are UTF-16 code-unit offsets into <see cref="Text"/>, half-open <c>[start, end)</c>.
/// </summary>
/// <remarks>
/// A document is written by one pipeline run at a time and is not thread-safe while it is being
/// annotated; once annotated it may be read from any number of threads.
/// </remarks>
public sealed class Document
{
    private readonly HashSet<string> _layers = new(StringComparer.Ordinal) { Annotations.Text };
    private string? _id;
    private int[] _tokenStarts = [];
    private int[] _tokenEnds = [];
    private int[] _tokenSentence = [];
    private int[] _sentenceFirst = [];
    private int[] _sentenceEnd = [];
    private int[] _sentenceParagraph = [];
    private string[]? _upos;
    private string[]? _xpos;
    private string[]? _lemmas;
    private int[]? _heads;
    private string[]? _relations;

    /// <summary>Creates a document over already-cleaned text.</summary>
    public Document(string text, DocumentInfo? info = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Info = info ?? DocumentInfo.Empty;
    }

    /// <summary>The cleaned body text every offset points into.</summary>
    public string Text { get; }

    /// <summary>Metadata (title, publication date, removed furniture, …).</summary>
    public DocumentInfo Info { get; set; }

    /// <summary>A stable content hash of <see cref="Text"/>: the first 16 hex digits of its SHA-256 over UTF-8.</summary>
    public string Id => _id ??= ComputeId(Text);

    /// <summary>The annotation layers present, by <see cref="Annotations"/> name.</summary>
    public IReadOnlyCollection<string> Layers => _layers;

    /// <summary>Whether the layer named <paramref name="layer"/> has been assigned.</summary>
    public bool Has(string layer) => _layers.Contains(layer);

    /// <summary>Records that a layer has been assigned (for layers kept outside this class).</summary>
    public void MarkAssigned(string layer) => _layers.Add(layer);

    /// <summary>Number of tokens; 0 before tokenization.</summary>
    public int TokenCount => _tokenStarts.Length;

    /// <summary>Token start offsets.</summary>
    public ReadOnlySpan<int> TokenStarts => _tokenStarts;

    /// <summary>Token end offsets (exclusive).</summary>
    public ReadOnlySpan<int> TokenEnds => _tokenEnds;

    /// <summary>Number of sentences; 0 before sentence splitting.</summary>
    public int SentenceCount => _sentenceFirst.Length;

    /// <summary>The token at <paramref name="index"/>.</summary>
    public Token this[int index] => new(this, index);

    /// <summary>Universal POS tags, one per token, once tagged.</summary>
    public string[]? Upos => _upos;

    /// <summary>Penn Treebank tags, one per token, once tagged.</summary>
    public string[]? Xpos => _xpos;

    /// <summary>Lemmas, one per token, once lemmatized.</summary>
    public string[]? Lemmas => _lemmas;

    /// <summary>Dependency heads as document token indices (-1 for a sentence root), once parsed.</summary>
    public int[]? Heads => _heads;

    /// <summary>Universal Dependencies relations, one per token, once parsed.</summary>
    public string[]? Relations => _relations;

    /// <summary>Sets the tokens. Offsets must be non-empty, ascending, non-overlapping and inside the text.</summary>
    /// <exception cref="ArgumentException">The offsets break one of those rules.</exception>
    public void SetTokens(ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        if (starts.Length != ends.Length)
        {
            throw new ArgumentException($"{starts.Length} token starts but {ends.Length} ends.", nameof(ends));
        }

        var previousEnd = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            if (starts[i] < previousEnd || ends[i] <= starts[i] || ends[i] > Text.Length)
            {
                throw new ArgumentException(
                    $"Token {i} [{starts[i]}, {ends[i]}) is empty, overlaps the previous token or lies outside the text of length {Text.Length}.",
                    nameof(starts));
            }

            previousEnd = ends[i];
        }

        _tokenStarts = starts.ToArray();
        _tokenEnds = ends.ToArray();
        _tokenSentence = new int[starts.Length];
        _sentenceFirst = [];
        _sentenceEnd = [];
        _sentenceParagraph = [];
        _upos = _xpos = _lemmas = _relations = null;
        _heads = null;
        _layers.Add(Annotations.Tokens);
    }

    /// <summary>
    /// Sets sentence boundaries as token ranges <c>[first, end)</c> that must cover every token in order,
    /// each with the id of the paragraph it belongs to.
    /// </summary>
    /// <exception cref="ArgumentException">The ranges do not tile the tokens.</exception>
    public void SetSentences(ReadOnlySpan<int> firstTokens, ReadOnlySpan<int> endTokens, ReadOnlySpan<int> paragraphs)
    {
        if (firstTokens.Length != endTokens.Length || firstTokens.Length != paragraphs.Length)
        {
            throw new ArgumentException("Sentence starts, ends and paragraphs differ in length.", nameof(endTokens));
        }

        var expected = 0;
        for (var s = 0; s < firstTokens.Length; s++)
        {
            if (firstTokens[s] != expected || endTokens[s] <= firstTokens[s] || endTokens[s] > TokenCount)
            {
                throw new ArgumentException($"Sentence {s} [{firstTokens[s]}, {endTokens[s]}) does not continue from token {expected}.", nameof(firstTokens));
            }

            for (var t = firstTokens[s]; t < endTokens[s]; t++)
            {
                _tokenSentence[t] = s;
            }

            expected = endTokens[s];
        }

        if (expected != TokenCount)
        {
            throw new ArgumentException($"Sentences cover {expected} of {TokenCount} tokens.", nameof(endTokens));
        }

        _sentenceFirst = firstTokens.ToArray();
        _sentenceEnd = endTokens.ToArray();
        _sentenceParagraph = paragraphs.ToArray();
        _layers.Add(Annotations.Sentences);
    }

    /// <summary>Sets UPOS and XPOS tags, one per token.</summary>
    public void SetTags(string[] upos, string[] xpos)
    {
        CheckLength(upos, nameof(upos));
        CheckLength(xpos, nameof(xpos));
        _upos = upos;
        _xpos = xpos;
        _layers.Add(Annotations.Tags);
    }

    /// <summary>Sets lemmas, one per token.</summary>
    public void SetLemmas(string[] lemmas)
    {
        CheckLength(lemmas, nameof(lemmas));
        _lemmas = lemmas;
        _layers.Add(Annotations.Lemmas);
    }

    /// <summary>Sets dependency heads (document token indices, -1 for roots; a head stays inside its sentence) and relations.</summary>
    public void SetDependencies(int[] heads, string[] relations)
    {
        CheckLength(heads, nameof(heads));
        CheckLength(relations, nameof(relations));
        for (var i = 0; i < heads.Length; i++)
        {
            if (heads[i] != -1 && (heads[i] < 0 || heads[i] >= TokenCount || heads[i] == i ||
                (SentenceCount > 0 && _tokenSentence[heads[i]] != _tokenSentence[i])))
            {
                throw new ArgumentException($"Token {i} has head {heads[i]}, which is itself, outside the document or in another sentence.", nameof(heads));
            }
        }

        _heads = heads;
        _relations = relations;
        _layers.Add(Annotations.Dependencies);
    }

    /// <summary>Named mentions, in text order.</summary>
    public List<Records.EntityRecord> Entities { get; } = [];

    /// <summary>Coreference mentions (names, pronouns, appositives, descriptions) with their clusters, in text order.</summary>
    public List<Records.MentionRecord> Mentions { get; } = [];

    /// <summary>Actors (one per resolved coreference cluster).</summary>
    public List<Records.ActorRecord> Actors { get; } = [];

    /// <summary>Quotations.</summary>
    public List<Records.QuoteRecord> Quotes { get; } = [];

    /// <summary>Outlets the article cites.</summary>
    public List<Records.CitationRecord> Citations { get; } = [];

    /// <summary>Time expressions.</summary>
    public List<Records.TimeRecord> Times { get; } = [];

    /// <summary>Coded events.</summary>
    public List<Records.EventRecord> Events { get; } = [];

    /// <summary>Start offset of token <paramref name="index"/>.</summary>
    public int GetTokenStart(int index) => _tokenStarts[index];

    /// <summary>End offset (exclusive) of token <paramref name="index"/>.</summary>
    public int GetTokenEnd(int index) => _tokenEnds[index];

    /// <summary>The characters of token <paramref name="index"/>, without allocating.</summary>
    public ReadOnlySpan<char> GetTokenSpan(int index) => Text.AsSpan(_tokenStarts[index], _tokenEnds[index] - _tokenStarts[index]);

    /// <summary>
    /// The token at character <paramref name="offset"/>: the last token that starts at or before it (so an
    /// offset in the space after a token gives that token), or 0 for an offset before the first token.
    /// Needs at least one token.
    /// </summary>
    public int TokenAt(int offset)
    {
        var i = TokenStarts.BinarySearch(offset);
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }

    /// <summary>The sentence that contains token <paramref name="index"/>; 0 before sentence splitting.</summary>
    public int GetTokenSentence(int index) => _tokenSentence[index];

    /// <summary>The sentence at <paramref name="index"/>.</summary>
    public Sentence GetSentence(int index) => new(this, index);

    /// <summary>All sentences, in order.</summary>
    public IEnumerable<Sentence> Sentences
    {
        get
        {
            for (var s = 0; s < SentenceCount; s++)
            {
                yield return new Sentence(this, s);
            }
        }
    }

    internal int SentenceFirstToken(int s) => _sentenceFirst[s];

    internal int SentenceEndToken(int s) => _sentenceEnd[s];

    internal int SentenceParagraph(int s) => _sentenceParagraph[s];

    private void CheckLength<T>(T[] values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Length != TokenCount)
        {
            throw new ArgumentException($"{values.Length} values for {TokenCount} tokens.", name);
        }
    }

    private static string ComputeId(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
