using System.Security.Cryptography;
using System.Text;
using Parley.Store.Sql;

namespace Parley.Store.Merging;

/// <summary>
/// The fields of a merged event, computed from its mentions only, so that the same set of mentions
/// always gives the same event whatever order the articles were stored in.
/// </summary>
internal sealed class EventAggregate
{
    public required string Key { get; init; }
    public required MentionRow Representative { get; init; }
    public string? Date { get; init; }
    public int? Day { get; init; }
    public string? FirstSeen { get; init; }
    public string? SourceUrl { get; init; }
    public int Mentions { get; init; }
    public int Articles { get; init; }
    public int Outlets { get; init; }
    public double Confidence { get; init; }

    /// <summary>
    /// The representative report is the one with the most precise date, then the earliest publication,
    /// then the smallest key; the event key is the smallest mention key.
    /// </summary>
    public static EventAggregate From(IReadOnlyList<MentionRow> mentions)
    {
        MentionRow? rep = null;
        MentionRow? earliest = null;
        string? key = null;
        string? firstSeen = null;
        var docs = new HashSet<string>(StringComparer.Ordinal);
        var outlets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            docs.Add(m.DocId);
            outlets.Add(m.OutletKey);
            if (key is null || string.CompareOrdinal(m.Key, key) < 0)
            {
                key = m.Key;
            }

            if (m.Published is not null && (firstSeen is null || string.CompareOrdinal(m.Published, firstSeen) < 0))
            {
                firstSeen = m.Published;
            }

            if (rep is null || CompareRepresentative(m, rep) < 0)
            {
                rep = m;
            }

            if (earliest is null || ComparePublished(m, earliest) < 0)
            {
                earliest = m;
            }
        }

        if (rep is null || key is null || earliest is null)
        {
            throw new ArgumentException("an event needs at least one mention", nameof(mentions));
        }

        return new EventAggregate
        {
            Key = key,
            Representative = rep,
            Date = rep.Date ?? rep.Published,
            Day = rep.DayStart,
            FirstSeen = firstSeen,
            SourceUrl = earliest.Url,
            Mentions = mentions.Count,
            Articles = docs.Count,
            Outlets = outlets.Count,
            Confidence = ConfidenceOf(outlets.Count),
        };
    }

    /// <summary><c>1 − 0.5^outlets</c>, rounded to 4 decimals.</summary>
    public static double ConfidenceOf(int outlets) => Math.Round(1 - Math.Pow(0.5, Math.Max(outlets, 1)), 4);

    /// <summary>A stable 53-bit id (fits a JSON number and GDELT's integer column) from an event key.</summary>
    public static long GlobalIdOf(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        var value = BitConverter.ToUInt64(hash[..8]);
        return (long)(value & ((1UL << 53) - 1));
    }

    private static int CompareRepresentative(MentionRow a, MentionRow b)
    {
        var aDays = a.DayStart is { } aS && a.DayEnd is { } aE ? aE - aS : int.MaxValue;
        var bDays = b.DayStart is { } bS && b.DayEnd is { } bE ? bE - bS : int.MaxValue;
        if (aDays != bDays)
        {
            return aDays.CompareTo(bDays);
        }

        var aHasOwnDate = a.Date is not null;
        var bHasOwnDate = b.Date is not null;
        if (aHasOwnDate != bHasOwnDate)
        {
            return aHasOwnDate ? -1 : 1;
        }

        return ComparePublished(a, b);
    }

    private static int ComparePublished(MentionRow a, MentionRow b)
    {
        if (a.Published != b.Published)
        {
            if (a.Published is null)
            {
                return 1;
            }

            if (b.Published is null)
            {
                return -1;
            }

            var c = string.CompareOrdinal(a.Published, b.Published);
            if (c != 0)
            {
                return c;
            }
        }

        return string.CompareOrdinal(a.Key, b.Key);
    }
}
