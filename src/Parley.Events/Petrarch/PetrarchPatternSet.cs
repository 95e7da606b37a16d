using System.Collections.Frozen;
using Parley.Events.Coding;

namespace Parley.Events.Petrarch;

/// <summary>
/// An imported verb dictionary as Parley <see cref="EventPattern"/>s, grouped by verb lemma, with the
/// irregular forms the dictionary lists (form → lemma) so a verb is found even when a lemmatizer misses it.
/// Immutable and thread-safe.
/// </summary>
public sealed class PetrarchPatternSet
{
    private readonly FrozenDictionary<string, EventPattern[]> _byLemma;
    private readonly FrozenDictionary<string, string> _formToLemma;

    internal PetrarchPatternSet(IReadOnlyList<EventPattern> patterns, IReadOnlyDictionary<string, string> formToLemma)
    {
        Patterns = patterns;
        _byLemma = patterns.GroupBy(p => p.Lemma, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _formToLemma = formToLemma.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>All patterns, in dictionary order (each member verb gets its block's patterns and a bare pattern with the block code).</summary>
    public IReadOnlyList<EventPattern> Patterns { get; }

    /// <summary>Number of distinct verb lemmas.</summary>
    public int LemmaCount => _byLemma.Count;

    /// <summary>
    /// The patterns of a verb: by its form when the dictionary lists that form as a verb of its own ("left"
    /// beside "leave"), else by lemma, else by a listed irregular form; empty when the verb is unknown.
    /// </summary>
    public IReadOnlyList<EventPattern> Find(string lemma, string form)
    {
        if (_byLemma.TryGetValue(form, out var found) || _byLemma.TryGetValue(lemma, out found))
        {
            return found;
        }

        return _formToLemma.TryGetValue(form, out var mapped) && _byLemma.TryGetValue(mapped, out found) ? found : [];
    }
}
