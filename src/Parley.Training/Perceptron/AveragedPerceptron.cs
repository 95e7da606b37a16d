using Parley.Nlp.Perceptron;

namespace Parley.Training.Perceptron;

/// <summary>
/// A trainable multi-class averaged perceptron (Collins 2002) with exact lazy averaging: each weight keeps
/// the running total of its past values and the step at which it last changed, so averaging costs
/// nothing per step and is exact at the end (Honnibal's formulation). Rows are sparse: a feature holds
/// weights only for the classes it was ever updated with. Not thread-safe.
/// </summary>
public sealed class AveragedPerceptron : Parley.Nlp.Parsing.IMoveScorer
{
    private readonly Dictionary<ulong, int> _rows = [];
    private int[] _next = new int[1024];
    private ushort[] _class = new ushort[1024];
    private float[] _weight = new float[1024];
    private double[] _total = new double[1024];
    private int[] _stamp = new int[1024];
    private int _count;

    /// <summary>Creates a perceptron over <paramref name="classCount"/> classes.</summary>
    public AveragedPerceptron(int classCount)
    {
        if (classCount <= 0 || classCount > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(classCount), classCount, "A perceptron needs 1 to 65535 classes.");
        }

        ClassCount = classCount;
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of training instances seen so far (the averaging clock).</summary>
    public int Instances { get; private set; }

    /// <summary>Adds the current (not averaged) weights of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            if (_rows.TryGetValue(f, out var e))
            {
                while (e >= 0)
                {
                    scores[_class[e]] += _weight[e];
                    e = _next[e];
                }
            }
        }
    }

    /// <summary>
    /// Counts one training instance and, when <paramref name="guess"/> differs from <paramref name="truth"/>,
    /// moves the weights of <paramref name="features"/> toward the truth by <paramref name="step"/>.
    /// </summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float step = 1f)
    {
        Instances++;
        if (truth == guess)
        {
            return;
        }

        foreach (var f in features)
        {
            Change(f, truth, step);
            Change(f, guess, -step);
        }
    }

    /// <summary>Counts one training instance without changing any weight (structured training updates with <see cref="Add"/>).</summary>
    public void Tick() => Instances++;

    /// <summary>Adds <paramref name="delta"/> to the weight of class <paramref name="cls"/> for every feature in <paramref name="features"/>.</summary>
    public void Add(ReadOnlySpan<ulong> features, int cls, float delta)
    {
        foreach (var f in features)
        {
            Change(f, cls, delta);
        }
    }

    /// <summary>
    /// Returns the averaged weights, dropping weights whose magnitude is below <paramref name="prune"/>.
    /// The result does not depend on the order features were first seen (keys are sorted).
    /// </summary>
    public PerceptronWeights Average(float prune = 0f)
    {
        var keys = new ulong[_rows.Count];
        _rows.Keys.CopyTo(keys, 0);
        Array.Sort(keys);
        var rowStart = new List<int>(keys.Length + 1) { 0 };
        var kept = new List<ulong>(keys.Length);
        var classes = new List<ushort>();
        var weights = new List<float>();
        var row = new List<(ushort Class, float Weight)>();
        var now = Math.Max(1, Instances);
        foreach (var key in keys)
        {
            row.Clear();
            for (var e = _rows[key]; e >= 0; e = _next[e])
            {
                var total = _total[e] + ((double)(Instances - _stamp[e]) * _weight[e]);
                var average = (float)(total / now);
                if (Math.Abs(average) > prune && average != 0f)
                {
                    row.Add((_class[e], average));
                }
            }

            if (row.Count == 0)
            {
                continue;
            }

            row.Sort((a, b) => a.Class.CompareTo(b.Class));
            kept.Add(key);
            foreach (var (c, w) in row)
            {
                classes.Add(c);
                weights.Add(w);
            }

            rowStart.Add(classes.Count);
        }

        return PerceptronWeights.Create(ClassCount, [.. kept], [.. rowStart], [.. classes], [.. weights]);
    }

    private void Change(ulong feature, int cls, float delta)
    {
        if (!_rows.TryGetValue(feature, out var head))
        {
            _rows[feature] = NewEntry(cls, -1);
            Apply(_count - 1, delta);
            return;
        }

        for (var e = head; e >= 0; e = _next[e])
        {
            if (_class[e] == cls)
            {
                Apply(e, delta);
                return;
            }
        }

        _rows[feature] = NewEntry(cls, head);
        Apply(_count - 1, delta);
    }

    private void Apply(int e, float delta)
    {
        _total[e] += (double)(Instances - _stamp[e]) * _weight[e];
        _stamp[e] = Instances;
        _weight[e] += delta;
    }

    private int NewEntry(int cls, int next)
    {
        if (_count == _next.Length)
        {
            var size = _count * 2;
            Array.Resize(ref _next, size);
            Array.Resize(ref _class, size);
            Array.Resize(ref _weight, size);
            Array.Resize(ref _total, size);
            Array.Resize(ref _stamp, size);
        }

        _next[_count] = next;
        _class[_count] = (ushort)cls;
        _weight[_count] = 0f;
        _total[_count] = 0d;
        _stamp[_count] = Instances;
        return _count++;
    }
}
