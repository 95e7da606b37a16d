using Parley.Core;
using Parley.Core.Records;

namespace Parley.Events.Coding;

/// <summary>
/// Read-only helpers over a parsed document: children lists, lower-case lemmas, relations, spans of
/// subtrees. Built once per document by the coder.
/// </summary>
internal sealed class ParseView
{
    private static readonly HashSet<string> PhraseStops = new(StringComparer.Ordinal)
    {
        "acl:relcl", "acl", "conj", "cc", "parataxis", "advcl", "punct", "dep", "discourse", "list", "reparandum", "orphan",
    };

    private readonly int[] _childStart;
    private readonly string?[] _lower;
    private readonly int[] _children;

    /// <summary>
    /// The place of the document's dateline, looked up once per document by the coder (null without a dateline, or
    /// for a seat of international bodies): the home of sources with a role and no country.
    /// </summary>
    public LocationRecord? Home { get; init; }

    public ParseView(Document document)
    {
        Document = document;
        var n = document.TokenCount;
        var heads = document.Heads!;
        _childStart = new int[n + 1];
        _lower = new string?[n];
        foreach (var h in heads)
        {
            if (h >= 0)
            {
                _childStart[h + 1]++;
            }
        }

        for (var i = 0; i < n; i++)
        {
            _childStart[i + 1] += _childStart[i];
        }

        _children = new int[_childStart[n]];
        var fill = (int[])_childStart.Clone();
        for (var i = 0; i < n; i++)
        {
            if (heads[i] >= 0)
            {
                _children[fill[heads[i]]++] = i;
            }
        }

        Lemmas = new string[n];
        for (var i = 0; i < n; i++)
        {
            Lemmas[i] = (document.Lemmas?[i] ?? document.GetTokenSpan(i).ToString()).ToLowerInvariant();
        }
    }

    public Document Document { get; }

    public string[] Lemmas { get; }

    public ReadOnlySpan<int> Children(int i) => _children.AsSpan(_childStart[i], _childStart[i + 1] - _childStart[i]);

    public int Head(int i) => Document.Heads![i];

    public string Rel(int i) => Document.Relations![i] ?? string.Empty;

    public string Upos(int i) => Document.Upos?[i] ?? string.Empty;

    /// <summary>The lower-cased form of token <paramref name="i"/>, made once per token (the coder's word tests ask often).</summary>
    public string Lower(int i) => _lower[i] ??= Document.GetTokenSpan(i).ToString().ToLowerInvariant();

    /// <summary>Whether the relation of <paramref name="i"/> is <paramref name="rel"/> or a subtype of it ("obl" matches "obl:tmod").</summary>
    public bool Is(int i, string rel)
    {
        var r = Rel(i);
        return r.Length >= rel.Length && r.StartsWith(rel, StringComparison.Ordinal) && (r.Length == rel.Length || r[rel.Length] == ':');
    }

    /// <summary>The first child with relation <paramref name="rel"/> (or a subtype), or -1.</summary>
    public int Child(int i, string rel)
    {
        foreach (var c in Children(i))
        {
            if (Is(c, rel))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The first child whose relation is exactly <paramref name="rel"/>, or -1.</summary>
    public int ChildExact(int i, string rel)
    {
        foreach (var c in Children(i))
        {
            if (Rel(c) == rel)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The preposition (lemma of the <c>case</c> child) of a nominal, or null.</summary>
    public string? Case(int i)
    {
        foreach (var c in Children(i))
        {
            if (Rel(c) == "case" && Upos(c) != "PART")
            {
                return Lemmas[c];
            }
        }

        return null;
    }

    /// <summary>Token range [first, last] of the phrase headed by <paramref name="i"/>, without clauses, conjuncts or edge punctuation.</summary>
    public (int First, int Last) Phrase(int i, bool includeConjuncts = false)
    {
        var first = i;
        var last = i;
        Extend(i);
        while (first < last && IsEdgePunct(first))
        {
            first++;
        }

        while (last > first && IsEdgePunct(last))
        {
            last--;
        }

        return (first, last);

        void Extend(int node)
        {
            foreach (var c in Children(node))
            {
                var rel = Rel(c);
                if (PhraseStops.Contains(rel) && !(includeConjuncts && rel is "conj" or "cc"))
                {
                    continue;
                }

                if (rel == "case" && node == i)
                {
                    continue; // "in Vietnam" → "Vietnam"
                }

                first = Math.Min(first, c);
                last = Math.Max(last, c);
                Extend(c);
            }
        }
    }

    /// <summary>Whether <paramref name="node"/> lies in the subtree of <paramref name="root"/>.</summary>
    public bool Dominates(int root, int node)
    {
        for (var k = node; k >= 0; k = Head(k))
        {
            if (k == root)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="node"/> lies under <paramref name="root"/> only through a clause of its own
    /// ("said Tokyo would share data | set up last year": "last year" dates the setting up, not the saying).
    /// </summary>
    public bool DominatesThroughClause(int root, int node)
    {
        var clause = false;
        for (var k = node; k >= 0; k = Head(k))
        {
            if (k == root)
            {
                return clause;
            }

            clause |= Rel(k) is "ccomp" or "acl" or "acl:relcl" or "advcl" or "csubj" or "parataxis" or "xcomp";
        }

        return false;
    }

    public string Text(int first, int last) => Document.Text[Document.GetTokenStart(first)..Document.GetTokenEnd(last)];

    private bool IsEdgePunct(int t) => Upos(t) == "PUNCT" || Rel(t) == "punct" || Rel(t) == "case" || Rel(t) == "cc";
}
