using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Parley.Nlp.Features;

/// <summary>
/// Collects the features of one configuration and hashes them together: <see cref="Hash"/> writes, in the
/// order they were added, exactly the values <see cref="FeatureHash.Feature(int, ulong)"/> and its overloads
/// give, but hashes eight features at a time in 64-bit vector lanes where the CPU multiplies them
/// (AVX-512DQ), since the byte-serial FNV-1a steps of one feature cannot overlap. Lives on the stack, over
/// a scratch buffer of <see cref="ScratchSize"/> values for the number of features.
/// </summary>
public ref struct FeatureBatch
{
    private const ulong Prime = 1099511628211UL;
    private const int Columns = 5;
    private readonly Span<ulong> _start;
    private readonly Span<ulong> _a;
    private readonly Span<ulong> _b;
    private readonly Span<ulong> _c;
    private readonly Span<ulong> _arity;
    private int _count;

    /// <summary>Creates a batch over <paramref name="scratch"/> (see <see cref="ScratchSize"/>); its contents do not matter.</summary>
    public FeatureBatch(Span<ulong> scratch)
    {
        var capacity = scratch.Length / Columns / Vector512<ulong>.Count * Vector512<ulong>.Count;
        _start = scratch[..capacity];
        _a = scratch.Slice(capacity, capacity);
        _b = scratch.Slice(2 * capacity, capacity);
        _c = scratch.Slice(3 * capacity, capacity);
        _arity = scratch.Slice(4 * capacity, capacity);
        _count = 0;
    }

    /// <summary>The scratch buffer a batch of up to <paramref name="features"/> features needs.</summary>
    public static int ScratchSize(int features) => Columns * ((features + Vector512<ulong>.Count - 1) / Vector512<ulong>.Count * Vector512<ulong>.Count);

    /// <summary>Number of features added.</summary>
    public readonly int Count => _count;

    /// <summary>Adds the feature <see cref="FeatureHash.Feature(int, ulong)"/> would hash.</summary>
    public void Add(int template, ulong a)
    {
        _start[_count] = FeatureHash.TemplateStart(template);
        _a[_count] = a;
        _arity[_count++] = 1;
    }

    /// <summary>Adds the feature <see cref="FeatureHash.Feature(int, ulong, ulong)"/> would hash.</summary>
    public void Add(int template, ulong a, ulong b)
    {
        _start[_count] = FeatureHash.TemplateStart(template);
        _a[_count] = a;
        _b[_count] = b;
        _arity[_count++] = 2;
    }

    /// <summary>Adds the feature <see cref="FeatureHash.Feature(int, ulong, ulong, ulong)"/> would hash.</summary>
    public void Add(int template, ulong a, ulong b, ulong c)
    {
        _start[_count] = FeatureHash.TemplateStart(template);
        _a[_count] = a;
        _b[_count] = b;
        _c[_count] = c;
        _arity[_count++] = 3;
    }

    /// <summary>Writes the hashes of the features added, in order, to <paramref name="features"/>.</summary>
    /// <returns>The number of features written (<see cref="Count"/>).</returns>
    public readonly int Hash(Span<ulong> features)
    {
        var count = _count;
        var output = features[..count];
        var i = 0;
        if (Vector512.IsHardwareAccelerated && Avx512DQ.IsSupported)
        {
            // Whole blocks go straight to the output; the last, partial one through the start column (its
            // lanes past the count hash whatever the scratch holds, and are not copied).
            for (; i < count; i += Vector512<ulong>.Count)
            {
                var h = Block(i);
                if (i + Vector512<ulong>.Count <= count)
                {
                    h.StoreUnsafe(ref MemoryMarshal.GetReference(output), (nuint)i);
                }
                else
                {
                    h.StoreUnsafe(ref MemoryMarshal.GetReference(_start), (nuint)i);
                    _start[i..count].CopyTo(output[i..]);
                }
            }

            return count;
        }

        for (; i < count; i++)
        {
            var h = FeatureHash.Add(_start[i], _a[i]);
            if (_arity[i] > 1)
            {
                h = FeatureHash.Add(h, _b[i]);
            }

            if (_arity[i] > 2)
            {
                h = FeatureHash.Add(h, _c[i]);
            }

            output[i] = h == 0 ? 1 : h;
        }

        return count;
    }

    private readonly Vector512<ulong> Block(int i)
    {
        // The columns hold a whole number of blocks, so the loads stay inside them.
        var at = (nuint)i;
        var h = Step(Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(_start), at), Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(_a), at));
        var arity = Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(_arity), at);
        h = Vector512.ConditionalSelect(Vector512.GreaterThan(arity, Vector512.Create(1UL)), Step(h, Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(_b), at)), h);
        h = Vector512.ConditionalSelect(Vector512.GreaterThan(arity, Vector512.Create(2UL)), Step(h, Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(_c), at)), h);
        return Vector512.ConditionalSelect(Vector512.Equals(h, Vector512<ulong>.Zero), Vector512<ulong>.One, h);
    }

    // FeatureHash.Add on eight lanes: FNV-1a over the eight little-endian bytes of each value.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Step(Vector512<ulong> h, Vector512<ulong> value)
    {
        var prime = Vector512.Create(Prime);
        var low = Vector512.Create(0xFFUL);
        h = (h ^ (value & low)) * prime;
        h = (h ^ ((value >>> 8) & low)) * prime;
        h = (h ^ ((value >>> 16) & low)) * prime;
        h = (h ^ ((value >>> 24) & low)) * prime;
        h = (h ^ ((value >>> 32) & low)) * prime;
        h = (h ^ ((value >>> 40) & low)) * prime;
        h = (h ^ ((value >>> 48) & low)) * prime;
        return (h ^ (value >>> 56)) * prime;
    }
}
