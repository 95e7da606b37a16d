using Parley.Nlp.Parsing;

namespace Parley.Training.Parsing;

/// <summary>
/// The dynamic oracle for arc-eager parsing (Goldberg and Nivre 2012): the cost of a move is the number of
/// gold arcs it makes unreachable. On a projective gold tree a zero-cost move always exists from any
/// configuration reachable from the start, and following zero-cost moves rebuilds the gold tree.
/// </summary>
public static class ArcEagerOracle
{
    /// <summary>Cost given to invalid moves.</summary>
    public const int Invalid = int.MaxValue;

    /// <summary>Writes the cost of every move to <paramref name="costs"/> (<see cref="Invalid"/> for invalid moves).</summary>
    /// <param name="state">The configuration.</param>
    /// <param name="goldHeads">Gold head of each word, indexed 1..n.</param>
    /// <param name="goldLabels">Gold label id of each word, indexed 1..n.</param>
    /// <param name="costs">One entry per move.</param>
    public static void Costs(ArcEagerState state, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldLabels, Span<int> costs)
    {
        ArgumentNullException.ThrowIfNull(state);
        costs.Fill(Invalid);
        if (state.IsTerminal)
        {
            return;
        }

        var s = state.Stack(0);
        var b = state.Buffer;
        var n = state.Length;
        var rootFree = state.RightCount[0] == 0;

        if (state.IsValid(ArcEagerState.Shift))
        {
            var c = 0;
            for (var d = 0; d < state.StackCount; d++)
            {
                var k = state.Stack(d);
                if (goldHeads[b] == k && (k != 0 || rootFree))
                {
                    c++;
                }

                if (k > 0 && state.Heads[k] < 0 && goldHeads[k] == b)
                {
                    c++;
                }
            }

            costs[ArcEagerState.Shift] = c;
        }

        if (state.IsValid(ArcEagerState.Reduce))
        {
            var c = 0;
            for (var k = b; k <= n; k++)
            {
                if (goldHeads[k] == s)
                {
                    c++;
                }
            }

            costs[ArcEagerState.Reduce] = c;
        }

        var leftBase = 0;
        if (s > 0)
        {
            if (goldHeads[s] > b)
            {
                leftBase++;
            }

            for (var k = b; k <= n; k++)
            {
                if (goldHeads[k] == s)
                {
                    leftBase++;
                }
            }
        }

        var rightBase = 0;
        var gh = goldHeads[b];
        if (gh != s)
        {
            if (gh > b || (state.InStack(gh) && (gh != 0 || rootFree)))
            {
                rightBase++;
            }
        }

        for (var d = 0; d < state.StackCount; d++)
        {
            var k = state.Stack(d);
            if (k > 0 && state.Heads[k] < 0 && goldHeads[k] == b)
            {
                rightBase++;
            }
        }

        for (var label = 0; label < state.LabelCount; label++)
        {
            var left = 2 + (2 * label);
            if (state.IsValid(left))
            {
                costs[left] = leftBase + (goldHeads[s] == b && goldLabels[s] != label ? 1 : 0);
            }

            var right = left + 1;
            if (state.IsValid(right))
            {
                costs[right] = rightBase + (gh == s && goldLabels[b] != label ? 1 : 0);
            }
        }
    }

    /// <summary>Whether the tree (heads indexed 1..n, 0 = root) has no crossing arcs.</summary>
    public static bool IsProjective(ReadOnlySpan<int> heads)
    {
        var n = heads.Length - 1;
        for (var i = 1; i <= n; i++)
        {
            var a = Math.Min(i, heads[i]);
            var b = Math.Max(i, heads[i]);
            for (var j = a + 1; j < b; j++)
            {
                var c = Math.Min(j, heads[j]);
                var d = Math.Max(j, heads[j]);
                if (c < a || d > b)
                {
                    return false;
                }
            }
        }

        return true;
    }
    /// <summary>
    /// Makes a tree projective by lifting (Nivre and Nilsson 2005): while some arc is non-projective, the
    /// shortest such arc is moved up to the head's head. Labels are kept. The result differs from the input
    /// only on the lifted arcs (about 2% of the sentences and 0.5% of the words of UD English).
    /// </summary>
    /// <param name="heads">Heads, index 1..n (0 = root); not modified.</param>
    /// <returns>Projective heads (a copy), and how many arcs were lifted.</returns>
    public static (int[] Heads, int Lifted) Projectivize(ReadOnlySpan<int> heads)
    {
        var result = heads.ToArray();
        var lifted = 0;
        while (true)
        {
            var shortest = -1;
            var shortestLength = int.MaxValue;
            for (var d = 1; d < result.Length; d++)
            {
                var h = result[d];
                var length = Math.Abs(h - d);
                if (h > 0 && length < shortestLength && !IsProjectiveArc(result, h, d))
                {
                    shortest = d;
                    shortestLength = length;
                }
            }

            if (shortest < 0 || lifted > result.Length * 4)
            {
                return (result, lifted);
            }

            result[shortest] = result[result[shortest]];
            lifted++;
        }
    }

    /// <summary>Whether every word strictly between <paramref name="head"/> and <paramref name="dependent"/> descends from the head.</summary>
    private static bool IsProjectiveArc(int[] heads, int head, int dependent)
    {
        var a = Math.Min(head, dependent);
        var b = Math.Max(head, dependent);
        for (var j = a + 1; j < b; j++)
        {
            var k = j;
            var steps = 0;
            while (k != head && k > 0 && steps++ < heads.Length)
            {
                k = heads[k];
            }

            if (k != head)
            {
                return false;
            }
        }

        return true;
    }
}
