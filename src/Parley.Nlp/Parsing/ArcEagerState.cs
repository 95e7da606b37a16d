namespace Parley.Nlp.Parsing;

/// <summary>
/// A configuration of the arc-eager transition system (Nivre 2003) over one sentence: a stack, a buffer
/// and the arcs built so far, plus the running summaries (outermost dependents, valencies, label sets)
/// the features read. Word 0 is the artificial root; words are 1..n. One instance is reused per sentence.
/// </summary>
public sealed class ArcEagerState
{
    /// <summary>Move id of SHIFT.</summary>
    public const int Shift = 0;

    /// <summary>Move id of REDUCE.</summary>
    public const int Reduce = 1;

    private int[] _stack = new int[64];
    private bool[] _inStack = new bool[64];

    /// <summary>Creates a state with room for sentences of any length (arrays grow on <see cref="Reset"/>).</summary>
    public ArcEagerState(int labelCount, int rootLabel)
    {
        LabelCount = labelCount;
        RootLabel = rootLabel;
    }

    /// <summary>Number of dependency labels.</summary>
    public int LabelCount { get; }

    /// <summary>The id of the <c>root</c> label, the only label allowed on an arc from word 0.</summary>
    public int RootLabel { get; }

    /// <summary>Number of moves: SHIFT, REDUCE, then LEFT-ARC and RIGHT-ARC for each label.</summary>
    public int MoveCount => 2 + (2 * LabelCount);

    /// <summary>Number of words (without the root).</summary>
    public int Length { get; private set; }

    /// <summary>Number of items on the stack.</summary>
    public int StackCount { get; private set; }

    /// <summary>The first word of the buffer; &gt; <see cref="Length"/> when the buffer is empty.</summary>
    public int Buffer { get; private set; }

    /// <summary>Head of each word (index 1..n), -1 while unattached.</summary>
    public int[] Heads { get; private set; } = [];

    /// <summary>Label of each word's arc, -1 while unattached.</summary>
    public int[] Labels { get; private set; } = [];

    /// <summary>Leftmost dependent of each word, or -1.</summary>
    public int[] Left1 { get; private set; } = [];

    /// <summary>Second-leftmost dependent, or -1.</summary>
    public int[] Left2 { get; private set; } = [];

    /// <summary>Rightmost dependent, or -1.</summary>
    public int[] Right1 { get; private set; } = [];

    /// <summary>Second-rightmost dependent, or -1.</summary>
    public int[] Right2 { get; private set; } = [];

    /// <summary>Number of left dependents.</summary>
    public int[] LeftCount { get; private set; } = [];

    /// <summary>Number of right dependents.</summary>
    public int[] RightCount { get; private set; } = [];

    /// <summary>Bit set (label id mod 64) of left dependents' labels.</summary>
    public ulong[] LeftLabels { get; private set; } = [];

    /// <summary>Bit set of right dependents' labels.</summary>
    public ulong[] RightLabels { get; private set; } = [];

    /// <summary>Working memory for beam decoding, made by the model on first use and kept with the state (one per thread).</summary>
    public ArcEagerBeam? Beam { get; set; }

    /// <summary>Whether the buffer is empty (parsing is over).</summary>
    public bool IsTerminal => Buffer > Length;

    /// <summary>The stack item <paramref name="depth"/> below the top (0 = top), or -1.</summary>
    public int Stack(int depth) => depth < StackCount ? _stack[StackCount - 1 - depth] : -1;

    /// <summary>The buffer item <paramref name="offset"/> after the front (0 = front), or -1.</summary>
    public int BufferAt(int offset) => Buffer + offset <= Length ? Buffer + offset : -1;

    /// <summary>Whether word <paramref name="word"/> is on the stack.</summary>
    public bool InStack(int word) => _inStack[word];

    /// <summary>Starts a sentence of <paramref name="length"/> words: the root on the stack, every word in the buffer.</summary>
    public void Reset(int length)
    {
        Length = length;
        var size = length + 1;
        if (Heads.Length < size)
        {
            var cap = Math.Max(size, Heads.Length * 2);
            Heads = new int[cap];
            Labels = new int[cap];
            Left1 = new int[cap];
            Left2 = new int[cap];
            Right1 = new int[cap];
            Right2 = new int[cap];
            LeftCount = new int[cap];
            RightCount = new int[cap];
            LeftLabels = new ulong[cap];
            RightLabels = new ulong[cap];
            _stack = new int[cap + 1];
            _inStack = new bool[cap];
        }

        for (var i = 0; i < size; i++)
        {
            Heads[i] = Labels[i] = Left1[i] = Left2[i] = Right1[i] = Right2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
            _inStack[i] = false;
        }

        StackCount = 0;
        Push(0);
        Buffer = 1;
    }

    /// <summary>Makes this state a copy of <paramref name="other"/> (the beam's way of branching a configuration).</summary>
    public void CopyFrom(ArcEagerState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var size = other.Length + 1;
        if (Heads.Length < size)
        {
            Reset(other.Length);
        }

        Length = other.Length;
        StackCount = other.StackCount;
        Buffer = other.Buffer;
        other.Heads.AsSpan(0, size).CopyTo(Heads);
        other.Labels.AsSpan(0, size).CopyTo(Labels);
        other.Left1.AsSpan(0, size).CopyTo(Left1);
        other.Left2.AsSpan(0, size).CopyTo(Left2);
        other.Right1.AsSpan(0, size).CopyTo(Right1);
        other.Right2.AsSpan(0, size).CopyTo(Right2);
        other.LeftCount.AsSpan(0, size).CopyTo(LeftCount);
        other.RightCount.AsSpan(0, size).CopyTo(RightCount);
        other.LeftLabels.AsSpan(0, size).CopyTo(LeftLabels);
        other.RightLabels.AsSpan(0, size).CopyTo(RightLabels);
        other._inStack.AsSpan(0, size).CopyTo(_inStack);
        other._stack.AsSpan(0, StackCount).CopyTo(_stack);
    }

    /// <summary>Whether <paramref name="move"/> is allowed now.</summary>
    public bool IsValid(int move)
    {
        if (IsTerminal)
        {
            return false;
        }

        var s = Stack(0);
        if (move == Shift)
        {
            return true;
        }

        if (move == Reduce)
        {
            return s > 0 && Heads[s] >= 0;
        }

        var label = (move - 2) >> 1;
        if ((move & 1) == 0)
        {
            return s > 0 && Heads[s] < 0 && label != RootLabel;
        }

        return s == 0 ? label == RootLabel && RightCount[0] == 0 : label != RootLabel;
    }

    /// <summary>Applies <paramref name="move"/>, which must be valid.</summary>
    public void Apply(int move)
    {
        var s = Stack(0);
        var b = Buffer;
        switch (move)
        {
            case Shift:
                Push(b);
                Buffer++;
                break;
            case Reduce:
                Pop();
                break;
            default:
                var label = (move - 2) >> 1;
                if ((move & 1) == 0)
                {
                    AddArc(b, s, label);
                    Pop();
                }
                else
                {
                    AddArc(s, b, label);
                    Push(b);
                    Buffer++;
                }

                break;
        }
    }

    /// <summary>
    /// Completes the tree once the buffer is empty: a word left without a head becomes the root's dependent
    /// if the root has none yet, otherwise a <paramref name="fallbackLabel"/> dependent of the root's dependent.
    /// The result is always a single-rooted tree.
    /// </summary>
    public void Finish(int fallbackLabel)
    {
        var rootChild = -1;
        for (var i = 1; i <= Length; i++)
        {
            if (Heads[i] == 0)
            {
                rootChild = i;
                break;
            }
        }

        for (var i = 1; i <= Length; i++)
        {
            if (Heads[i] >= 0)
            {
                continue;
            }

            if (rootChild < 0)
            {
                rootChild = i;
                AddArc(0, i, RootLabel);
            }
            else
            {
                AddArc(rootChild, i, fallbackLabel);
            }
        }
    }

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        var bit = 1UL << (label & 63);
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= bit;
            if (Left1[head] < 0 || dependent < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dependent;
            }
            else if (Left2[head] < 0 || dependent < Left2[head])
            {
                Left2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= bit;
            if (dependent > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dependent;
            }
            else if (dependent > Right2[head])
            {
                Right2[head] = dependent;
            }
        }
    }

    private void Push(int word)
    {
        _stack[StackCount++] = word;
        _inStack[word] = true;
    }

    private void Pop()
    {
        var word = _stack[--StackCount];
        _inStack[word] = false;
    }
}
