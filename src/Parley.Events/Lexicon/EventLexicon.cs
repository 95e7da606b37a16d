using System.Collections.Frozen;
using Parley.Events.Ontology;

namespace Parley.Events.Lexicon;

/// <summary>
/// The compiled event lexicon: verb, noun and adjective patterns indexed by head lemma, and modality
/// markers. Format: <c>docs/formats/lexicon.md</c>. Immutable and thread-safe; lookups take spans
/// and do not allocate.
/// </summary>
public sealed class EventLexicon
{
    /// <summary>Prefix of the logical names of the embedded <c>data/lexicon/*.lex</c> files.</summary>
    public const string BuiltInPrefix = "Parley.Events.Data.lexicon.";

    private static readonly TriggerKind[] Kinds = Enum.GetValues<TriggerKind>();

    private readonly FrozenDictionary<string, LexiconPattern[]>.AlternateLookup<ReadOnlySpan<char>>[] _patterns;
    private readonly FrozenDictionary<string, ModalityMarker[]>.AlternateLookup<ReadOnlySpan<char>>[] _markers;

    private EventLexicon(List<LexiconPattern> patterns, List<ModalityMarker> markers)
    {
        Patterns = patterns;
        Markers = markers;
        _patterns = new FrozenDictionary<string, LexiconPattern[]>.AlternateLookup<ReadOnlySpan<char>>[Kinds.Length];
        _markers = new FrozenDictionary<string, ModalityMarker[]>.AlternateLookup<ReadOnlySpan<char>>[Kinds.Length];
        foreach (var kind in Kinds)
        {
            _patterns[(int)kind] = patterns.Where(p => p.Kind == kind)
                .GroupBy(p => p.Lemma.Head, StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(
                    g => g.Key,
                    g => g.OrderByDescending(p => p.Specificity).ToArray(), // stable: file order among equals
                    StringComparer.OrdinalIgnoreCase)
                .GetAlternateLookup<ReadOnlySpan<char>>();
            _markers[(int)kind] = markers.Where(m => m.Kind == kind)
                .GroupBy(m => m.Lemma.Head, StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
                .GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    /// <summary>Every event pattern in load order (files in name order, lines in file order).</summary>
    public IReadOnlyList<LexiconPattern> Patterns { get; }

    /// <summary>Every modality marker in load order.</summary>
    public IReadOnlyList<ModalityMarker> Markers { get; }

    /// <summary>Loads the lexicon compiled into Parley.Events, checking every code against
    /// <paramref name="ontology"/> when one is given.</summary>
    public static EventLexicon LoadBuiltIn(CameoOntology? ontology = null)
    {
        var assembly = typeof(EventLexicon).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(BuiltInPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (names.Length == 0)
        {
            throw new InvalidOperationException("Parley.Events has no built-in lexicon files; rebuild it from a complete checkout (data/lexicon/*.lex).");
        }

        var patterns = new List<LexiconPattern>(6000);
        var markers = new List<ModalityMarker>(128);
        foreach (var name in names)
        {
            using var stream = DataLines.OpenBuiltIn(name);
            LexiconParser.Parse(stream, "data/lexicon/" + name[BuiltInPrefix.Length..], ontology, patterns, markers);
        }

        return Build(patterns, markers);
    }

    /// <summary>Loads one lexicon file.</summary>
    /// <exception cref="DataFormatException">A line is malformed; the message names the file and line.</exception>
    public static EventLexicon Load(Stream stream, string sourceName = "lexicon", CameoOntology? ontology = null) =>
        Load([(sourceName, stream)], ontology);

    /// <summary>Loads several lexicon files as one lexicon, in the order given.</summary>
    /// <exception cref="DataFormatException">A line is malformed or repeats another; the message names file and line.</exception>
    public static EventLexicon Load(IEnumerable<(string Name, Stream Content)> files, CameoOntology? ontology = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var patterns = new List<LexiconPattern>(6000);
        var markers = new List<ModalityMarker>(128);
        foreach (var (name, content) in files)
        {
            LexiconParser.Parse(content, name, ontology, patterns, markers);
        }

        return Build(patterns, markers);
    }

    /// <summary>Patterns whose head lemma is <paramref name="lemma"/>, most specific first; empty when none.</summary>
    public IReadOnlyList<LexiconPattern> Candidates(TriggerKind kind, ReadOnlySpan<char> lemma) =>
        _patterns[(int)kind].TryGetValue(lemma, out var list) ? list : [];

    public IReadOnlyList<LexiconPattern> VerbCandidates(ReadOnlySpan<char> lemma) => Candidates(TriggerKind.Verb, lemma);

    /// <summary>Noun triggers ("summit", "sanction", "strike" — for phrases like <c>air_strike</c>, the head "strike").</summary>
    public IReadOnlyList<LexiconPattern> NounCandidates(ReadOnlySpan<char> lemma) => Candidates(TriggerKind.Noun, lemma);

    public IReadOnlyList<LexiconPattern> AdjectiveCandidates(ReadOnlySpan<char> lemma) => Candidates(TriggerKind.Adjective, lemma);

    /// <summary>Modality markers whose head lemma is <paramref name="lemma"/>; empty when none.</summary>
    public IReadOnlyList<ModalityMarker> MarkersFor(TriggerKind kind, ReadOnlySpan<char> lemma) =>
        _markers[(int)kind].TryGetValue(lemma, out var list) ? list : [];

    /// <summary>Number of patterns per two-digit root, roots in order.</summary>
    public IReadOnlyDictionary<string, int> CountByRoot() =>
        Patterns.GroupBy(p => p.Root, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static EventLexicon Build(List<LexiconPattern> patterns, List<ModalityMarker> markers)
    {
        // Two lines with the same trigger and conditions would make coding depend on line order.
        var seen = new Dictionary<string, LexiconPattern>(StringComparer.Ordinal);
        foreach (var p in patterns)
        {
            var key = Signature(p.Kind, p.Lemma, p.Particle, p.Requirements);
            if (seen.TryGetValue(key, out var first))
            {
                throw new DataFormatException(p.SourceName, p.Line,
                    $"same trigger and conditions as {first.Evidence} (code {first.Code}); make one of them more specific or delete it.");
            }

            seen[key] = p;
        }

        var seenMarkers = new Dictionary<string, ModalityMarker>(StringComparer.Ordinal);
        foreach (var m in markers)
        {
            var key = Signature(m.Kind, m.Lemma, m.Particle, m.Requirements) + " via=" + string.Join('|', m.Via);
            if (seenMarkers.TryGetValue(key, out var first))
            {
                throw new DataFormatException(m.SourceName, m.Line,
                    $"same marker as {first.Evidence} ({first.Modality}); delete one of them.");
            }

            seenMarkers[key] = m;
        }

        return new EventLexicon(patterns, markers);
    }

    private static string Signature(TriggerKind kind, LemmaPhrase lemma, string? particle, IReadOnlyList<Requirement> requirements) =>
        $"{kind} {lemma} prt={particle} " + string.Join(' ', requirements.Select(r => r.ToString()).Order(StringComparer.Ordinal));
}
