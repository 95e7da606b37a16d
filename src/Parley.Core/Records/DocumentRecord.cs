namespace Parley.Core.Records;

/// <summary>
/// The public JSON record of one coded document (see <c>docs/output-format.md</c>). Built from an
/// annotated <see cref="Document"/> by <see cref="From"/>; serialised by <see cref="RecordJson"/>.
/// </summary>
public sealed record DocumentRecord
{
    /// <summary>The engine version written into every record.</summary>
    public const string EngineVersion = "0.1.0";

    public string Parley { get; init; } = EngineVersion;
    public required DocumentHeader Document { get; init; }
    public IReadOnlyList<Removal> Removed { get; init; } = [];
    public IReadOnlyList<SentenceRecord> Sentences { get; init; } = [];

    /// <summary>Tokens with their annotations; present only when asked for (<c>parley code --tokens</c>).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TokenRecord>? Tokens { get; init; }
    public IReadOnlyList<EntityRecord> Entities { get; init; } = [];
    public IReadOnlyList<ActorRecord> Actors { get; init; } = [];
    public IReadOnlyList<QuoteRecord> Quotes { get; init; } = [];
    public IReadOnlyList<CitationRecord> Citations { get; init; } = [];
    public IReadOnlyList<TimeRecord> Times { get; init; } = [];
    public IReadOnlyList<EventRecord> Events { get; init; } = [];

    /// <summary>Builds the record of an annotated document.</summary>
    public static DocumentRecord From(Document document, bool includeTokens = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = new SentenceRecord[document.SentenceCount];
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = document.GetSentence(s);
            sentences[s] = new SentenceRecord(sentence.Start, sentence.End, sentence.Paragraph);
        }

        TokenRecord[]? tokens = null;
        if (includeTokens)
        {
            tokens = new TokenRecord[document.TokenCount];
            for (var i = 0; i < tokens.Length; i++)
            {
                var token = document[i];
                tokens[i] = new TokenRecord
                {
                    Start = token.Start,
                    End = token.End,
                    Text = token.Text,
                    Sentence = token.Sentence,
                    Upos = token.Upos,
                    Xpos = token.Xpos,
                    Lemma = token.Lemma,
                    Head = token.Head,
                    Relation = token.Relation,
                };
            }
        }

        var info = document.Info;
        return new DocumentRecord
        {
            Document = new DocumentHeader
            {
                Id = document.Id,
                Path = info.Path,
                Title = info.Title,
                Published = info.Published,
                Outlet = info.Outlet,
                Byline = info.Byline,
                Dateline = info.Dateline,
                Url = info.Url,
                Text = document.Text,
            },
            Removed = info.Removed,
            Sentences = sentences,
            Tokens = tokens,
            Entities = document.Entities,
            Actors = document.Actors,
            Quotes = document.Quotes,
            Citations = document.Citations,
            Times = document.Times,
            Events = document.Events,
        };
    }
}

/// <summary>The <c>document</c> object of a record.</summary>
public sealed record DocumentHeader
{
    public required string Id { get; init; }
    public string? Path { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
    public string? Outlet { get; init; }
    public string? Byline { get; init; }
    public string? Dateline { get; init; }
    public string? Url { get; init; }
    public required string Text { get; init; }
}

/// <summary>A sentence's offsets and paragraph.</summary>
public sealed record SentenceRecord(int Start, int End, int Paragraph);

/// <summary>A token with its annotations.</summary>
public sealed record TokenRecord
{
    public int Start { get; init; }
    public int End { get; init; }
    public required string Text { get; init; }
    public int Sentence { get; init; }
    public string? Upos { get; init; }
    public string? Xpos { get; init; }
    public string? Lemma { get; init; }

    /// <summary>Head as a document token index, -1 for a sentence root.</summary>
    public int? Head { get; init; }
    public string? Relation { get; init; }
}
