namespace Parley.Nlp.Parsing;

/// <summary>
/// Beam search over arc-eager configurations (Zhang and Clark 2008; Zhang and Nivre 2011): at each step every
/// configuration in the beam is expanded by each valid move, and the <see cref="Width"/> highest-scoring results
/// (a configuration's score is the sum of its moves' scores) form the next beam. Configurations whose buffer is empty
/// are carried forward unchanged by an idle move, so paths of different lengths compete until all are done. Each
/// step's choices are recorded as (parent, move) entries, so training can replay any path in the beam. Ties go to
/// the earlier configuration, then to the lower move id, so decoding is deterministic. Not thread-safe; one beam per
/// thread.
/// </summary>
public sealed class ArcEagerBeam
{
    /// <summary>The move recorded for a finished configuration carried forward.</summary>
    public const int Idle = -1;

    private readonly ulong[] _features = new ulong[ParserFeatures.MaxFeatures];
    private readonly float[] _moveScores;
    private ArcEagerState[] _items;
    private ArcEagerState[] _spare;
    private readonly double[] _scores;
    private readonly int[] _entries;
    private readonly double[] _candidateScore;
    private readonly int[] _candidateItem;
    private readonly int[] _candidateMove;
    private int[] _parent = new int[1024];
    private int[] _move = new int[1024];
    private int _entryCount;

    /// <summary>Creates a beam of <paramref name="width"/> configurations.</summary>
    public ArcEagerBeam(int labelCount, int rootLabel, int width)
    {
        if (width < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "A beam holds at least one configuration.");
        }

        Width = width;
        _items = new ArcEagerState[width];
        _spare = new ArcEagerState[width];
        for (var i = 0; i < width; i++)
        {
            _items[i] = new ArcEagerState(labelCount, rootLabel);
            _spare[i] = new ArcEagerState(labelCount, rootLabel);
        }

        _scores = new double[width];
        _entries = new int[width];
        _candidateScore = new double[width];
        _candidateItem = new int[width];
        _candidateMove = new int[width];
        _moveScores = new float[2 + (2 * labelCount)];
    }

    /// <summary>Number of configurations kept at each step.</summary>
    public int Width { get; }

    /// <summary>Number of configurations now in the beam (best first).</summary>
    public int Count { get; private set; }

    /// <summary>The configuration at rank <paramref name="rank"/> (0 = best).</summary>
    public ArcEagerState Item(int rank) => _items[rank];

    /// <summary>The score of the configuration at rank <paramref name="rank"/>.</summary>
    public double ScoreOf(int rank) => _scores[rank];

    /// <summary>The history entry of the configuration at rank <paramref name="rank"/>: the last step of its path.</summary>
    public int EntryOf(int rank) => _entries[rank];

    /// <summary>The entry a history entry was reached from, or -1 for the start.</summary>
    public int ParentOf(int entry) => _parent[entry];

    /// <summary>The move of a history entry (<see cref="Idle"/> for a finished configuration carried forward).</summary>
    public int MoveOf(int entry) => _move[entry];

    /// <summary>Starts a sentence of <paramref name="length"/> words: one configuration, the initial one.</summary>
    public void Start(int length)
    {
        _items[0].Reset(length);
        _scores[0] = 0;
        _entryCount = 0;
        _entries[0] = AddEntry(-1, Idle);
        Count = 1;
    }

    /// <summary>Whether every configuration in the beam is finished.</summary>
    public bool IsDone
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                if (!_items[i].IsTerminal)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Expands the beam by one step. Returns false, changing nothing, when every configuration is already finished.
    /// </summary>
    public bool Step(IMoveScorer scorer, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        if (IsDone)
        {
            return false;
        }

        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            var item = _items[i];
            var score = _scores[i];
            if (item.IsTerminal)
            {
                Offer(ref kept, score, i, Idle);
                continue;
            }

            var count = ParserFeatures.Extract(item, words, tags, _features);
            Array.Clear(_moveScores);
            scorer.Score(_features.AsSpan(0, count), _moveScores);
            for (var m = 0; m < _moveScores.Length; m++)
            {
                // Cheap test first: most moves cannot enter a full beam, and need no validity check.
                var total = score + _moveScores[m];
                if ((kept < Width || total > _candidateScore[kept - 1]) && item.IsValid(m))
                {
                    Offer(ref kept, total, i, m);
                }
            }
        }

        // Build the next beam. A configuration that only one candidate extends is moved into it, not copied.
        Span<int> uses = stackalloc int[Count];
        for (var j = 0; j < kept; j++)
        {
            uses[_candidateItem[j]]++;
        }

        for (var j = 0; j < kept; j++)
        {
            var parent = _candidateItem[j];
            ArcEagerState next;
            if (--uses[parent] == 0)
            {
                next = _items[parent];
                _items[parent] = _spare[j];
            }
            else
            {
                next = _spare[j];
                next.CopyFrom(_items[parent]);
            }

            _spare[j] = next;
            if (_candidateMove[j] != Idle)
            {
                next.Apply(_candidateMove[j]);
            }
        }

        // The new configurations' history entries (read the old entries before overwriting them).
        Span<int> entries = stackalloc int[kept];
        for (var j = 0; j < kept; j++)
        {
            entries[j] = AddEntry(_entries[_candidateItem[j]], _candidateMove[j]);
        }

        for (var j = 0; j < kept; j++)
        {
            _entries[j] = entries[j];
            _scores[j] = _candidateScore[j];
        }

        (_items, _spare) = (_spare, _items);
        Count = kept;
        return true;
    }

    /// <summary>The moves of the path ending at <paramref name="entry"/>, from the start, without idle moves.</summary>
    public List<int> PathTo(int entry)
    {
        var moves = new List<int>();
        for (var e = entry; e >= 0; e = _parent[e])
        {
            if (_move[e] != Idle)
            {
                moves.Add(_move[e]);
            }
        }

        moves.Reverse();
        return moves;
    }

    // Keeps the Width best (score, item, move) candidates, best first; an equal score never displaces an earlier one.
    private void Offer(ref int kept, double total, int item, int move)
    {
        var at = kept < Width ? kept : Width - 1;
        if (kept == Width && !(total > _candidateScore[Width - 1]))
        {
            return;
        }

        while (at > 0 && total > _candidateScore[at - 1])
        {
            _candidateScore[at] = _candidateScore[at - 1];
            _candidateItem[at] = _candidateItem[at - 1];
            _candidateMove[at] = _candidateMove[at - 1];
            at--;
        }

        _candidateScore[at] = total;
        _candidateItem[at] = item;
        _candidateMove[at] = move;
        if (kept < Width)
        {
            kept++;
        }
    }

    private int AddEntry(int parent, int move)
    {
        if (_entryCount == _parent.Length)
        {
            Array.Resize(ref _parent, _entryCount * 2);
            Array.Resize(ref _move, _entryCount * 2);
        }

        _parent[_entryCount] = parent;
        _move[_entryCount] = move;
        return _entryCount++;
    }
}
