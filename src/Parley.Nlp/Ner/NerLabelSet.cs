namespace Parley.Nlp.Ner;

/// <summary>
/// The BILOU label set of a recogniser: <c>O</c> first, then <c>B-</c>, <c>I-</c>, <c>L-</c>, <c>U-</c> for
/// each entity type, and the transitions allowed between them. Immutable.
/// </summary>
public sealed class NerLabelSet
{
    private readonly char[] _prefix;
    private readonly int[] _type;
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates the label set for <paramref name="types"/> (e.g. PER, ORG, LOC), in that order.</summary>
    public NerLabelSet(IReadOnlyList<string> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        Types = [.. types];
        var labels = new List<string> { "O" };
        foreach (var t in Types)
        {
            labels.Add("B-" + t);
            labels.Add("I-" + t);
            labels.Add("L-" + t);
            labels.Add("U-" + t);
        }

        Labels = labels;
        _prefix = new char[labels.Count];
        _type = new int[labels.Count];
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            _prefix[i] = labels[i][0];
            _type[i] = i == 0 ? -1 : (i - 1) / 4;
            _index[labels[i]] = i;
        }
    }

    /// <summary>The entity types.</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>All labels in class order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Number of labels.</summary>
    public int Count => Labels.Count;

    /// <summary>Builds a label set back from its labels, checking they are in the canonical order.</summary>
    /// <exception cref="ArgumentException">The labels are not a BILOU label set.</exception>
    public static NerLabelSet FromLabels(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count < 5 || (labels.Count - 1) % 4 != 0)
        {
            throw new ArgumentException($"{labels.Count} labels cannot be O plus four BILOU labels per type.", nameof(labels));
        }

        var types = new List<string>();
        for (var i = 1; i < labels.Count; i += 4)
        {
            types.Add(labels[i].Length > 2 ? labels[i][2..] : labels[i]);
        }

        var set = new NerLabelSet(types);
        if (!set.Labels.SequenceEqual(labels, StringComparer.Ordinal))
        {
            throw new ArgumentException("The labels are not O followed by B-, I-, L-, U- of each type.", nameof(labels));
        }

        return set;
    }

    /// <summary>The class of <paramref name="label"/>, or -1.</summary>
    public int IndexOf(string label) => _index.TryGetValue(label, out var i) ? i : -1;

    /// <summary>The BILOU prefix of class <paramref name="label"/> (<c>O</c>, <c>B</c>, <c>I</c>, <c>L</c>, <c>U</c>).</summary>
    public char Prefix(int label) => _prefix[label];

    /// <summary>The type index of class <paramref name="label"/>, -1 for O.</summary>
    public int TypeOf(int label) => _type[label];

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/> (-1 = sentence start); the last token must close every entity.</summary>
    public bool Allowed(int previous, int label, bool last)
    {
        var open = previous >= 0 && (_prefix[previous] == 'B' || _prefix[previous] == 'I');
        var p = _prefix[label];
        if (last && (p == 'B' || p == 'I'))
        {
            return false;
        }

        if (open)
        {
            return (p == 'I' || p == 'L') && _type[label] == _type[previous];
        }

        return p is 'O' or 'B' or 'U';
    }

    /// <summary>The entity spans of a class sequence.</summary>
    public List<EntitySpan> Spans(ReadOnlySpan<int> classes)
    {
        var spans = new List<EntitySpan>();
        var start = -1;
        for (var i = 0; i < classes.Length; i++)
        {
            var p = _prefix[classes[i]];
            switch (p)
            {
                case 'U':
                    spans.Add(new EntitySpan(i, i + 1, Types[_type[classes[i]]]));
                    start = -1;
                    break;
                case 'B':
                    start = i;
                    break;
                case 'L' when start >= 0:
                    spans.Add(new EntitySpan(start, i + 1, Types[_type[classes[i]]]));
                    start = -1;
                    break;
                case 'I':
                    break;
                default:
                    start = -1;
                    break;
            }
        }

        return spans;
    }
}
