using Parley.Store.Sql;

namespace Parley.Store.Merging;

/// <summary>Connected components of the "reports the same event" relation (union–find).</summary>
internal static class MentionClusters
{
    /// <summary>The components, each ordered by key, ordered by their smallest key.</summary>
    public static List<List<MentionRow>> Components(IReadOnlyList<MentionRow> rows)
    {
        var parent = new int[rows.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        var keys = rows.Select(r => r.MergeKey).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = i + 1; j < rows.Count; j++)
            {
                if (keys[i].IsCompatibleWith(keys[j]))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        return
        [
            .. Enumerable.Range(0, rows.Count)
                .GroupBy(Find)
                .Select(g => g.Select(i => rows[i]).OrderBy(r => r.Key, StringComparer.Ordinal).ToList())
                .OrderBy(c => c[0].Key, StringComparer.Ordinal),
        ];
    }
}
