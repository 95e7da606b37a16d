using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Parley.Nlp.Perceptron;

/// <summary>
/// The frozen (averaged) weights of a multi-class perceptron: for each hashed feature, a short sparse row
/// of (class, weight) pairs. Lookups go through an open-addressing table keyed by the 64-bit feature hash.
/// In memory, rows weighting at least a quarter of the classes are also kept dense (one float per class,
/// -0 where the row has no weight) and added with vector instructions; the file format does not change.
/// Immutable and thread-safe.
/// </summary>
public sealed class PerceptronWeights : Parsing.IMoveScorer
{
    private readonly ulong[] _keys;
    private readonly int[] _rowStart;
    private readonly Slot[] _table;
    private readonly Entry[] _entries;
    private readonly float[] _dense;
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    private readonly int _shift;

    private PerceptronWeights(int classCount, ulong[] keys, int[] rowStart, ushort[] classes, float[] weights)
    {
        // Score reads rows and classes without bounds checks, so every path in checks them here.
        if (rowStart.Length != keys.Length + 1 || rowStart[0] != 0 || rowStart[^1] != weights.Length || classes.Length != weights.Length)
        {
            throw new InvalidDataException("Row starts, classes and weights do not line up.");
        }

        for (var r = 0; r < keys.Length; r++)
        {
            if (rowStart[r + 1] < rowStart[r])
            {
                throw new InvalidDataException($"Row {r} ends before it starts.");
            }
        }

        foreach (var c in classes)
        {
            if (c >= classCount)
            {
                throw new InvalidDataException($"A weight names class {c} of {classCount}.");
            }
        }

        ClassCount = classCount;
        _keys = keys;
        _rowStart = rowStart;
        _classes = classes;
        _weights = weights;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _shift = 64 - BitOperations.Log2((uint)size);
        _table = new Slot[size];
        _entries = new Entry[weights.Length];
        for (var k = 0; k < weights.Length; k++)
        {
            _entries[k] = new Entry(classes[k], weights[k]);
        }

        var denseMin = DenseMinimum(classCount);
        var denseRows = 0;
        for (var r = 0; r < keys.Length; r++)
        {
            if (rowStart[r + 1] - rowStart[r] >= denseMin)
            {
                denseRows++;
            }
        }

        _dense = new float[checked(denseRows * classCount)];
        _dense.AsSpan().Fill(-0f);
        var dense = 0;
        var mask = size - 1;
        for (var r = 0; r < keys.Length; r++)
        {
            // Keys ascend, so their slots are scattered over the table: prefetch a few rows ahead.
            if (Sse.IsSupported && r + InsertAhead < keys.Length)
            {
                Prefetch(ref _table[SlotOf(keys[r + InsertAhead])]);
            }

            var slot = SlotOf(keys[r]);
            while (_table[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            if (rowStart[r + 1] - rowStart[r] >= denseMin)
            {
                for (var k = rowStart[r]; k < rowStart[r + 1]; k++)
                {
                    _dense[dense + classes[k]] = weights[k];
                }

                _table[slot] = new Slot(keys[r], ~dense, 0);
                dense += classCount;
            }
            else
            {
                _table[slot] = new Slot(keys[r], rowStart[r], rowStart[r + 1]);
            }
        }
    }

    // Rows with at least a quarter of the classes weighted are stored dense (see Score).
    private static int DenseMinimum(int classCount) => Math.Max(1, classCount / 4);

    /// <summary>Number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Number of stored (feature, class) weights.</summary>
    public int WeightCount => _weights.Length;

    /// <summary>
    /// Builds weights from rows sorted by ascending feature key, each with its classes ascending.
    /// </summary>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="keys">Feature hashes, strictly ascending, none 0.</param>
    /// <param name="rowStart">Start of each row in <paramref name="classes"/>, plus a final end (length keys + 1).</param>
    /// <param name="classes">Class of each weight.</param>
    /// <param name="weights">The weights.</param>
    public static PerceptronWeights Create(int classCount, ulong[] keys, int[] rowStart, ushort[] classes, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(rowStart);
        if (rowStart.Length != keys.Length + 1 || classes.Length != weights.Length || rowStart[^1] != weights.Length)
        {
            throw new ArgumentException("Row starts, classes and weights do not line up.", nameof(rowStart));
        }

        return new PerceptronWeights(classCount, keys, rowStart, classes, weights);
    }

    /// <summary>A copy without the weights whose magnitude is at most <paramref name="threshold"/> (features left empty are dropped).</summary>
    public PerceptronWeights Prune(float threshold)
    {
        var keys = new List<ulong>(_keys.Length);
        var rowStart = new List<int>(_keys.Length + 1) { 0 };
        var classes = new List<ushort>(_classes.Length);
        var weights = new List<float>(_weights.Length);
        for (var r = 0; r < _keys.Length; r++)
        {
            for (var k = _rowStart[r]; k < _rowStart[r + 1]; k++)
            {
                if (Math.Abs(_weights[k]) > threshold)
                {
                    classes.Add(_classes[k]);
                    weights.Add(_weights[k]);
                }
            }

            if (classes.Count > rowStart[^1])
            {
                keys.Add(_keys[r]);
                rowStart.Add(classes.Count);
            }
        }

        return new PerceptronWeights(ClassCount, [.. keys], [.. rowStart], [.. classes], [.. weights]);
    }

    /// <summary>
    /// The element-wise mean of several weight sets over the same classes and feature space (a "model soup":
    /// perceptrons trained from different shuffles, averaged). A weight missing from a set counts as 0; means
    /// that come out exactly 0 are dropped. The result does not depend on the order of <paramref name="sets"/>
    /// beyond float rounding, and is the same for the same inputs.
    /// </summary>
    /// <exception cref="ArgumentException">No sets, or sets over different numbers of classes.</exception>
    public static PerceptronWeights Average(IReadOnlyList<PerceptronWeights> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        if (sets.Count == 0)
        {
            throw new ArgumentException("Nothing to average.", nameof(sets));
        }

        var classCount = sets[0].ClassCount;
        if (sets.Any(s => s.ClassCount != classCount))
        {
            throw new ArgumentException("The weight sets score different numbers of classes.", nameof(sets));
        }

        var keys = new List<ulong>(sets.Max(s => s._keys.Length));
        var rowStart = new List<int>(keys.Capacity + 1) { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        var sums = new double[classCount];
        var touched = new bool[classCount];
        var position = new int[sets.Count];
        var scale = 1.0 / sets.Count;
        while (true)
        {
            // The smallest key not yet merged (keys are strictly ascending within each set).
            var key = ulong.MaxValue;
            var any = false;
            for (var m = 0; m < sets.Count; m++)
            {
                if (position[m] < sets[m]._keys.Length && (!any || sets[m]._keys[position[m]] < key))
                {
                    key = sets[m]._keys[position[m]];
                    any = true;
                }
            }

            if (!any)
            {
                break;
            }

            for (var m = 0; m < sets.Count; m++)
            {
                var set = sets[m];
                var r = position[m];
                if (r < set._keys.Length && set._keys[r] == key)
                {
                    for (var k = set._rowStart[r]; k < set._rowStart[r + 1]; k++)
                    {
                        sums[set._classes[k]] += set._weights[k];
                        touched[set._classes[k]] = true;
                    }

                    position[m]++;
                }
            }

            for (var c = 0; c < classCount; c++)
            {
                if (!touched[c])
                {
                    continue;
                }

                var mean = (float)(sums[c] * scale);
                if (mean != 0f)
                {
                    classes.Add((ushort)c);
                    weights.Add(mean);
                }

                sums[c] = 0;
                touched[c] = false;
            }

            if (classes.Count > rowStart[^1])
            {
                keys.Add(key);
                rowStart.Add(classes.Count);
            }
        }

        return new PerceptronWeights(classCount, [.. keys], [.. rowStart], [.. classes], [.. weights]);
    }

    /// <summary>Adds the weights of every feature in <paramref name="features"/> to <paramref name="scores"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="scores"/> is shorter than <see cref="ClassCount"/>.</exception>
    [SkipLocalsInit]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < ClassCount)
        {
            throw new ArgumentException($"Scores need room for {ClassCount} classes.", nameof(scores));
        }

        // The hot loop of tagging and parsing, dominated by cache misses: the parser's table and rows are far
        // larger than the cache. Features go in chunks, each in three passes so that its misses overlap
        // instead of queueing one behind the other: find each feature's slot and prefetch it; probe the slots
        // and prefetch the rows found; add the rows. Rows are added in feature order, as a single pass would,
        // so every score is the same sum in the same order, to the bit.
        Span<int> starts = stackalloc int[Chunk];
        Span<int> ends = stackalloc int[Chunk];
        for (var offset = 0; offset < features.Length; offset += Chunk)
        {
            var chunk = features.Slice(offset, Math.Min(Chunk, features.Length - offset));
            Find(chunk, starts, ends);
            Add(chunk.Length, starts, ends, scores);
        }
    }

    /// <summary>
    /// Finds the row of each feature: its bounds in the entries, ~its offset in the dense rows (end 0), or an
    /// empty row (0, 0) for a feature without weights. Prefetches the slots, then the rows.
    /// </summary>
    private unsafe void Find(ReadOnlySpan<ulong> features, Span<int> starts, Span<int> ends)
    {
        // Bounds checks are elided by hand: slots are masked to the table; the chunk is no longer than the
        // start and end buffers; a prefetch of a row only happens for a row with weights, so inside its array.
        // A prefetch cannot fault, and a pointer made stale by the GC moving an array only wastes one.
        var mask = _table.Length - 1;
        ref var table = ref MemoryMarshal.GetArrayDataReference(_table);
        ref var entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        ref var dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        ref var start = ref MemoryMarshal.GetReference(starts);
        ref var end = ref MemoryMarshal.GetReference(ends);
        if (Sse.IsSupported)
        {
            foreach (var f in features)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref table, SlotOf(f))));
            }
        }

        for (var i = 0; i < features.Length; i++)
        {
            var f = features[i];
            var slot = SlotOf(f);
            Unsafe.Add(ref start, i) = 0;
            Unsafe.Add(ref end, i) = 0;
            while (true)
            {
                ref readonly var entry = ref Unsafe.Add(ref table, slot);
                if (entry.Key == f)
                {
                    Unsafe.Add(ref start, i) = entry.Start;
                    Unsafe.Add(ref end, i) = entry.End;
                    if (Sse.IsSupported && entry.Start < entry.End)
                    {
                        Sse.Prefetch0(entry.Start >= 0
                            ? Unsafe.AsPointer(ref Unsafe.Add(ref entries, entry.Start))
                            : Unsafe.AsPointer(ref Unsafe.Add(ref dense, ~entry.Start)));
                    }

                    break;
                }

                if (entry.Key == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }
    }

    /// <summary>Adds the rows <see cref="Find"/> found, in feature order.</summary>
    private void Add(int count, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<float> scores)
    {
        // Bounds checks are elided by hand: row bounds and dense offsets were checked when the weights were
        // built, every class is below ClassCount (checked on read), and Score checked that the scores cover
        // ClassCount. A dense row holds -0 for the classes it does not weight: x + -0 is x for every x, +0 and
        // -0 included, so adding the whole row gives each score exactly what adding its sparse entries would.
        ref var entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        ref var dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        ref var score = ref MemoryMarshal.GetReference(scores);
        ref var start = ref MemoryMarshal.GetReference(starts);
        ref var end = ref MemoryMarshal.GetReference(ends);
        var classCount = ClassCount;
        for (var i = 0; i < count; i++)
        {
            var first = Unsafe.Add(ref start, i);
            if (first >= 0)
            {
                var last = Unsafe.Add(ref end, i);
                for (var k = first; k < last; k++)
                {
                    ref readonly var e = ref Unsafe.Add(ref entries, k);
                    Unsafe.Add(ref score, e.Class) += e.Weight;
                }

                continue;
            }

            ref var row = ref Unsafe.Add(ref dense, ~first);
            var c = 0;
            for (; Vector256.IsHardwareAccelerated && c <= classCount - Vector256<float>.Count; c += Vector256<float>.Count)
            {
                (Vector256.LoadUnsafe(ref score, (nuint)c) + Vector256.LoadUnsafe(ref row, (nuint)c)).StoreUnsafe(ref score, (nuint)c);
            }

            for (; c < classCount; c++)
            {
                Unsafe.Add(ref score, c) += Unsafe.Add(ref row, c);
            }
        }
    }

    private const int Chunk = 64;

    private const int InsertAhead = 16;

    private static unsafe void Prefetch(ref Slot slot) => Sse.Prefetch0(Unsafe.AsPointer(ref slot));

    /// <summary>Writes the weights: keys delta-coded as 7-bit varints, classes, and weights as half floats.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ClassCount);
        writer.Write(_keys.Length);
        ulong previous = 0;
        for (var r = 0; r < _keys.Length; r++)
        {
            Write7Bit(writer, _keys[r] - previous);
            previous = _keys[r];
            writer.Write7BitEncodedInt(_rowStart[r + 1] - _rowStart[r]);
        }

        foreach (var c in _classes)
        {
            writer.Write7BitEncodedInt(c);
        }

        foreach (var w in _weights)
        {
            writer.Write((Half)w);
        }
    }

    /// <summary>Reads weights written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is malformed.</exception>
    public static PerceptronWeights Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var classCount = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (classCount <= 0 || classCount > ushort.MaxValue || count < 0)
        {
            throw new InvalidDataException($"Weights declare {classCount} classes and {count} features.");
        }

        var keys = new ulong[count];
        var rowStart = new int[count + 1];
        ulong previous = 0;
        for (var r = 0; r < count; r++)
        {
            var delta = Read7Bit(reader);
            if (delta == 0 && r > 0)
            {
                throw new InvalidDataException("Feature keys are not strictly ascending.");
            }

            previous += delta;
            keys[r] = previous;
            rowStart[r + 1] = rowStart[r] + reader.Read7BitEncodedInt();
        }

        var total = rowStart[count];
        var classes = new ushort[total];
        for (var k = 0; k < total; k++)
        {
            var c = reader.Read7BitEncodedInt();
            if (c < 0 || c >= classCount)
            {
                throw new InvalidDataException($"Weight {k} names class {c} of {classCount}.");
            }

            classes[k] = (ushort)c;
        }

        var weights = new float[total];
        for (var k = 0; k < total; k++)
        {
            weights[k] = (float)reader.ReadHalf();
        }

        return new PerceptronWeights(classCount, keys, rowStart, classes, weights);
    }

    // Key and row bounds side by side, and class and weight side by side, so a lookup touches two cache lines.
    // A dense row's slot holds ~(its offset in _dense) as the start and 0 as the end.
    private readonly record struct Slot(ulong Key, int Start, int End);

    private readonly record struct Entry(ushort Class, float Weight);

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private static void Write7Bit(BinaryWriter writer, ulong value)
    {
        while (value >= 0x80)
        {
            writer.Write((byte)(value | 0x80));
            value >>= 7;
        }

        writer.Write((byte)value);
    }

    private static ulong Read7Bit(BinaryReader reader)
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = reader.ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new InvalidDataException("A varint is longer than 64 bits.");
    }
}
