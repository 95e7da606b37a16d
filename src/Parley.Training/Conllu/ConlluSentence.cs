namespace Parley.Training.Conllu;

/// <summary>One sentence of a CoNLL-U file: its words (empty nodes dropped), multiword tokens and metadata.</summary>
public sealed class ConlluSentence
{
    /// <summary>The <c># sent_id</c>, or a generated "line N" id.</summary>
    public required string SentId { get; init; }

    /// <summary>The <c># text</c>, or null.</summary>
    public string? Text { get; init; }

    /// <summary>The document id in force (<c># newdoc id</c>), or null.</summary>
    public string? DocId { get; init; }

    /// <summary>The genre in force (<c># meta::genre</c> of the document), or null.</summary>
    public string? Genre { get; init; }

    /// <summary>Whether this sentence starts a new document.</summary>
    public bool NewDocument { get; init; }

    /// <summary>Whether this sentence starts a new paragraph.</summary>
    public bool NewParagraph { get; init; }

    /// <summary>The syntactic words, in order; word <c>i</c> has id <c>i + 1</c>.</summary>
    public required IReadOnlyList<ConlluWord> Words { get; init; }

    /// <summary>Multiword tokens, in order.</summary>
    public required IReadOnlyList<ConlluMultiwordToken> MultiwordTokens { get; init; }

    /// <summary>Whether every word has a head and the heads form a tree rooted at 0 with one root.</summary>
    public bool HasTree
    {
        get
        {
            var roots = 0;
            foreach (var w in Words)
            {
                if (w.Head < 0 || w.Head > Words.Count)
                {
                    return false;
                }

                if (w.Head == 0)
                {
                    roots++;
                }
            }

            if (roots != 1)
            {
                return false;
            }

            for (var i = 1; i <= Words.Count; i++)
            {
                var steps = 0;
                for (var h = i; h != 0; h = Words[h - 1].Head)
                {
                    if (++steps > Words.Count)
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
