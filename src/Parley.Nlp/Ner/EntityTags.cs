namespace Parley.Nlp.Ner;

/// <summary>
/// Conversions between entity spans and per-token tags. Reads IOB2, BIO and BILOU tags
/// (<c>O</c>, <c>B-</c>, <c>I-</c>, <c>L-</c>, <c>U-</c> + type); an <c>I-</c>/<c>L-</c> that does not
/// continue an entity of its type starts a new one (the CoNLL scorer's reading).
/// </summary>
public static class EntityTags
{
    /// <summary>The entity spans of one sentence's tags, in order.</summary>
    public static List<EntitySpan> Spans(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<EntitySpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag.Length < 3 || tag[1] != '-')
            {
                Close(spans, ref start, ref type, i);
                continue;
            }

            var prefix = tag[0];
            var t = tag[2..];
            var continues = start >= 0 && (prefix == 'I' || prefix == 'L') && string.Equals(type, t, StringComparison.Ordinal);
            if (!continues)
            {
                Close(spans, ref start, ref type, i);
                start = i;
                type = t;
            }

            if (prefix == 'L' || prefix == 'U')
            {
                Close(spans, ref start, ref type, i + 1);
            }
        }

        Close(spans, ref start, ref type, tags.Count);
        return spans;
    }

    /// <summary>BILOU tags for <paramref name="length"/> tokens holding <paramref name="spans"/>.</summary>
    public static string[] ToBilou(IEnumerable<EntitySpan> spans, int length)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var tags = new string[length];
        Array.Fill(tags, "O");
        foreach (var s in spans)
        {
            if (s.End - s.Start == 1)
            {
                tags[s.Start] = "U-" + s.Type;
                continue;
            }

            tags[s.Start] = "B-" + s.Type;
            for (var i = s.Start + 1; i < s.End - 1; i++)
            {
                tags[i] = "I-" + s.Type;
            }

            tags[s.End - 1] = "L-" + s.Type;
        }

        return tags;
    }

    /// <summary>IOB2 tags for <paramref name="length"/> tokens holding <paramref name="spans"/>.</summary>
    public static string[] ToIob2(IEnumerable<EntitySpan> spans, int length)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var tags = new string[length];
        Array.Fill(tags, "O");
        foreach (var s in spans)
        {
            tags[s.Start] = "B-" + s.Type;
            for (var i = s.Start + 1; i < s.End; i++)
            {
                tags[i] = "I-" + s.Type;
            }
        }

        return tags;
    }

    private static void Close(List<EntitySpan> spans, ref int start, ref string? type, int end)
    {
        if (start >= 0 && type != null)
        {
            spans.Add(new EntitySpan(start, end, type));
        }

        start = -1;
        type = null;
    }
}
