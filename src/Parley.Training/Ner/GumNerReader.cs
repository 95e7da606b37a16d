using Parley.Nlp.Ner;
using Parley.Training.Conllu;

namespace Parley.Training.Ner;

/// <summary>
/// Turns GUM's entity annotation (the <c>Entity=</c> brackets in the CoNLL-U MISC column) into named-entity
/// sentences in Universal NER's style. A mention becomes an entity when its type maps (person → PER,
/// organization → ORG, place → LOC; all others, e.g. event or object, stay O as Universal NER has no MISC)
/// and one of its head tokens is a proper noun. The entity is the run of proper nouns around that head,
/// joined by inner connectors ("Bank of America", "Trinidad and Tobago"), without leading titles
/// ("Mr.", "President"), as Universal NER leaves titles out. Nested named mentions inside a longer one are
/// dropped. Only documents of the genres passed in are read (GUM's texts are licensed per genre).
/// </summary>
public static class GumNerReader
{
    /// <summary>The GUM genres whose text licences allow commercial use.</summary>
    public static readonly IReadOnlyList<string> CommercialGenres =
        ["news", "interview", "bio", "voyage", "academic", "court", "textbook", "conversation", "speech", "vlog"];

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "&", "for", "de", "the", "on", "du", "la", "von", "van", "der" };

    /// <summary>The genre of a GUM document id (<c>GUM_news_iodine</c> → <c>news</c>), or null.</summary>
    public static string? GenreOf(string? docId)
    {
        if (docId is null || !docId.StartsWith("GUM_", StringComparison.Ordinal))
        {
            return null;
        }

        var end = docId.IndexOf('_', 4);
        return end < 0 ? docId[4..] : docId[4..end];
    }

    /// <summary>Converts the sentences of the documents whose genre is in <paramref name="genres"/>.</summary>
    /// <param name="sentences">CoNLL-U sentences of GUM.</param>
    /// <param name="genres">Genres to keep.</param>
    /// <param name="gazetteer">Supplies the titles stripped from person names.</param>
    public static IEnumerable<NerSentence> Read(IEnumerable<ConlluSentence> sentences, IReadOnlyCollection<string> genres, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(genres);
        ArgumentNullException.ThrowIfNull(gazetteer);
        foreach (var sentence in sentences)
        {
            var genre = GenreOf(sentence.DocId) ?? sentence.Genre;
            if (genre is null || !genres.Contains(genre))
            {
                continue;
            }

            yield return Convert(sentence, gazetteer);
        }
    }

    /// <summary>Converts one sentence.</summary>
    public static NerSentence Convert(ConlluSentence sentence, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var words = sentence.Words;
        var tokens = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            tokens[i] = words[i].Form;
        }

        var candidates = new List<EntitySpan>();
        foreach (var (start, end, type, heads) in Mentions(words))
        {
            var mapped = type switch
            {
                "person" => "PER",
                "organization" => "ORG",
                "place" => "LOC",
                _ => null,
            };
            if (mapped is null)
            {
                continue;
            }

            var head = -1;
            foreach (var h in heads)
            {
                var t = start + h - 1;
                if (t >= start && t < end && words[t].Upos == "PROPN")
                {
                    head = t;
                    break;
                }
            }

            if (head < 0)
            {
                continue;
            }

            var first = head;
            while (first > start && (words[first - 1].Upos == "PROPN" || (IsConnector(words, first - 1) && first - 2 >= start && words[first - 2].Upos == "PROPN")))
            {
                first--;
            }

            var last = head;
            while (last + 1 < end && (words[last + 1].Upos == "PROPN" || (IsConnector(words, last + 1) && last + 2 < end && words[last + 2].Upos == "PROPN")))
            {
                last++;
            }

            while (first < last && (gazetteer.Contains(words[first].Form, GazetteerCategory.Title) || IsConnector(words, first)))
            {
                first++;
            }

            if (mapped == "PER" && first == last && gazetteer.Contains(words[first].Form, GazetteerCategory.Title))
            {
                continue;
            }

            candidates.Add(new EntitySpan(first, last + 1, mapped));
        }

        // Longest first; drop spans overlapping a kept one (nested names inside a longer name).
        candidates.Sort((a, b) => (b.End - b.Start) != (a.End - a.Start) ? (b.End - b.Start).CompareTo(a.End - a.Start) : a.Start.CompareTo(b.Start));
        var taken = new bool[words.Count];
        var kept = new List<EntitySpan>();
        foreach (var c in candidates)
        {
            var free = true;
            for (var t = c.Start; t < c.End && free; t++)
            {
                free = !taken[t];
            }

            if (!free)
            {
                continue;
            }

            kept.Add(c);
            for (var t = c.Start; t < c.End; t++)
            {
                taken[t] = true;
            }
        }

        return new NerSentence(sentence.SentId, tokens, EntityTags.ToIob2(kept, words.Count));
    }

    private static bool IsConnector(IReadOnlyList<ConlluWord> words, int i) => Connectors.Contains(words[i].Form);

    /// <summary>The mentions of a sentence: token range <c>[start, end)</c>, GUM entity type and 1-based head offsets.</summary>
    internal static List<(int Start, int End, string Type, int[] Heads)> Mentions(IReadOnlyList<ConlluWord> words)
    {
        var result = new List<(int, int, string, int[])>();
        var open = new List<(string Id, int Start, string Type, int[] Heads)>();
        for (var i = 0; i < words.Count; i++)
        {
            var value = MiscValue(words[i].Misc, "Entity");
            if (value is null)
            {
                continue;
            }

            var p = 0;
            while (p < value.Length)
            {
                if (value[p] == '(')
                {
                    var stop = p + 1;
                    while (stop < value.Length && value[stop] != '(' && value[stop] != ')')
                    {
                        stop++;
                    }

                    var spec = value[(p + 1)..stop];
                    var (id, type, heads) = ParseSpec(spec);
                    if (stop < value.Length && value[stop] == ')')
                    {
                        result.Add((i, i + 1, type, heads));
                        stop++;
                    }
                    else
                    {
                        open.Add((id, i, type, heads));
                    }

                    p = stop;
                }
                else
                {
                    var stop = p;
                    while (stop < value.Length && value[stop] != ')' && value[stop] != '(')
                    {
                        stop++;
                    }

                    var id = value[p..stop];
                    for (var k = open.Count - 1; k >= 0; k--)
                    {
                        if (open[k].Id == id)
                        {
                            result.Add((open[k].Start, i + 1, open[k].Type, open[k].Heads));
                            open.RemoveAt(k);
                            break;
                        }
                    }

                    p = stop < value.Length && value[stop] == ')' ? stop + 1 : stop;
                }
            }
        }

        return result;
    }

    private static (string Id, string Type, int[] Heads) ParseSpec(string spec)
    {
        var parts = spec.Split('-', 8);
        var id = parts[0];
        var type = parts.Length > 1 ? parts[1] : string.Empty;
        var heads = Array.Empty<int>();
        if (parts.Length > 5)
        {
            var list = new List<int>();
            foreach (var h in parts[5].Split(','))
            {
                if (int.TryParse(h, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v))
                {
                    list.Add(v);
                }
            }

            heads = [.. list];
        }

        return (id, type, heads);
    }

    private static string? MiscValue(string misc, string key)
    {
        foreach (var part in misc.Split('|'))
        {
            if (part.Length > key.Length && part.StartsWith(key, StringComparison.Ordinal) && part[key.Length] == '=')
            {
                return part[(key.Length + 1)..];
            }
        }

        return null;
    }
}
