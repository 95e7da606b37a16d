using Parley.Core.Records;

namespace Parley.Events.Coreference;

/// <summary>A coreference cluster read back from a document's mentions.</summary>
/// <param name="Id">The cluster id (<see cref="MentionRecord.Cluster"/>, <see cref="EntityRecord.Cluster"/>).</param>
/// <param name="Type">The entity type (<c>PER</c>, <c>ORG</c>, <c>LOC</c>).</param>
/// <param name="Name">The longest name in the cluster.</param>
/// <param name="Mentions">All mentions, in text order.</param>
/// <param name="Descriptors">Titles and appositive cores describing the cluster ("South Korean President", "Japanese intelligence official"), in text order.</param>
public sealed record CorefCluster(int Id, string? Type, string Name, IReadOnlyList<MentionRecord> Mentions, IReadOnlyList<TextSpan> Descriptors)
{
    /// <summary>Groups <paramref name="mentions"/> (usually <c>Document.Mentions</c>) into clusters, ordered by id.</summary>
    public static IReadOnlyList<CorefCluster> FromMentions(IEnumerable<MentionRecord> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var clusters = new List<CorefCluster>();
        foreach (var group in mentions.GroupBy(m => m.Cluster).OrderBy(g => g.Key))
        {
            var list = group.OrderBy(m => m.Start).ToList();
            var names = list.Where(m => m.Kind == CoreferenceResolver.NameKind).ToList();
            var name = names.Count > 0 ? names.MaxBy(m => m.Text.Length)!.Text : list[0].Text;
            var descriptors = list.Where(m => m.Descriptor != null).Select(m => m.Descriptor!).ToList();
            clusters.Add(new CorefCluster(group.Key, list.Select(m => m.Type).FirstOrDefault(t => t != null), name, list, descriptors));
        }

        return clusters;
    }
}
