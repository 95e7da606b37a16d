using Parley.Nlp.Features;

namespace Parley.Nlp.Lemmatization;

/// <summary>
/// A lemmatizer learned from a treebank: a lookup of (form, XPOS) → lemma for the words the rules get wrong,
/// and suffix rules (XPOS + the longest known final characters → an edit) for every other word.
/// Immutable and thread-safe.
/// </summary>
public sealed class LemmatizerModel
{
    /// <summary>The longest suffix a rule looks at.</summary>
    public const int MaxSuffix = 6;

    private readonly Dictionary<ulong, string> _exceptions;
    private readonly Dictionary<ulong, int> _rules;
    private readonly LemmaEdit[] _edits;

    /// <summary>Creates a model from its tables.</summary>
    public LemmatizerModel(IReadOnlyList<LemmaEdit> edits, IReadOnlyDictionary<ulong, int> rules, IReadOnlyDictionary<ulong, string> exceptions)
    {
        ArgumentNullException.ThrowIfNull(edits);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(exceptions);
        _edits = [.. edits];
        _rules = new Dictionary<ulong, int>(rules);
        _exceptions = new Dictionary<ulong, string>(exceptions);
        foreach (var (_, e) in _rules)
        {
            if (e < 0 || e >= _edits.Length)
            {
                throw new ArgumentException($"A rule names edit {e} of {_edits.Length}.", nameof(rules));
            }
        }
    }

    /// <summary>The distinct edits.</summary>
    public IReadOnlyList<LemmaEdit> Edits => _edits;

    /// <summary>Rule key → edit index.</summary>
    public IReadOnlyDictionary<ulong, int> Rules => _rules;

    /// <summary>Exception key → lemma.</summary>
    public IReadOnlyDictionary<ulong, string> Exceptions => _exceptions;

    /// <summary>The key of the exception entry for a form and tag.</summary>
    public static ulong ExceptionKey(ReadOnlySpan<char> form, string xpos) => FeatureHash.Text(FeatureHash.Char(FeatureHash.Text(xpos), '\t'), form);

    /// <summary>The key of a rule for a tag and the last <paramref name="length"/> lower-cased characters of the form.</summary>
    public static ulong RuleKey(string xpos, ReadOnlySpan<char> form, int length)
    {
        var h = FeatureHash.Add(FeatureHash.Text(xpos), (ulong)length);
        foreach (var c in form[^length..])
        {
            h = FeatureHash.Char(h, char.ToLowerInvariant(c));
        }

        return h;
    }

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/>.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, string xpos)
    {
        ArgumentNullException.ThrowIfNull(xpos);
        if (_exceptions.TryGetValue(ExceptionKey(form, xpos), out var lemma))
        {
            return lemma;
        }

        // "froze" (VBD), "stricken" (VBN): an irregular form the treebank never showed; suffix rules would keep it.
        if (xpos is "VBD" or "VBN" && form.Length <= 16)
        {
            Span<char> lower = stackalloc char[form.Length];
            form.ToLowerInvariant(lower);
            if (IrregularVerbs.BaseOf(lower) is { } irregular)
            {
                return irregular;
            }
        }

        return ApplyRules(form, xpos) ?? form.ToString();
    }

    /// <summary>The lemma the suffix rules alone give, or null when no rule applies.</summary>
    public string? ApplyRules(ReadOnlySpan<char> form, string xpos)
    {
        for (var k = Math.Min(MaxSuffix, form.Length); k >= 0; k--)
        {
            if (_rules.TryGetValue(RuleKey(xpos, form, k), out var e))
            {
                var lemma = _edits[e].Apply(form);
                if (lemma is not null && lemma.Length > 0)
                {
                    return lemma;
                }
            }
        }

        return null;
    }
}
