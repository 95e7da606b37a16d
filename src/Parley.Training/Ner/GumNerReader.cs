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
        foreach (var (start, end, type, heads, identity) in Mentions(words))
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
                if (t >= start && t < end && IsName(words[t], identity))
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
            var bridges = mapped != "PER";
            while (first > start && (IsName(words[first - 1], identity) || (bridges && IsConnector(words, first - 1) && first - 2 >= start && IsName(words[first - 2], identity))))
            {
                first--;
            }

            var last = head;
            while (last + 1 < end && (IsName(words[last + 1], identity) || (bridges && IsConnector(words, last + 1) && last + 2 < end && IsName(words[last + 2], identity))))
            {
                last++;
            }

            // "U.S. President Donald Trump": a person's name starts after the last title before its head.
            if (mapped == "PER")
            {
                for (var t = head - 1; t >= first; t--)
                {
                    if (gazetteer.Contains(words[t].Form, GazetteerCategory.Title))
                    {
                        first = t + 1;
                        break;
                    }
                }
            }

            while (first < last && (gazetteer.Contains(words[first].Form, GazetteerCategory.Title) || IsConnector(words, first)))
            {
                first++;
            }

            if (mapped == "PER" && first == last && gazetteer.Contains(words[first].Form, GazetteerCategory.Title))
            {
                continue;
            }

            // Groups named by nationality ("Americans", "the Japanese") are not entities in Universal NER.
            if (first == last && IsDemonym(words[first].Form, gazetteer))
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

    // UD GUM tags some name words by their origin ("United/VERB" with XPOS NNP), so XPOS counts too; in a
    // mention linked to Wikipedia, any capitalised non-determiner word is part of the name.
    private static bool IsName(ConlluWord word, bool identity) =>
        word.Upos == "PROPN" || word.Xpos.StartsWith("NNP", StringComparison.Ordinal) ||
        (identity && word.Form.Length > 0 && char.IsUpper(word.Form[0]) && word.Upos is not ("DET" or "PRON" or "PUNCT"));

    private static bool IsDemonym(string form, Gazetteer gazetteer) =>
        gazetteer.Contains(form, GazetteerCategory.Nationality) ||
        (form.EndsWith('s') && gazetteer.Contains(form.AsSpan(0, form.Length - 1), GazetteerCategory.Nationality));

    private static bool IsConnector(IReadOnlyList<ConlluWord> words, int i) => Connectors.Contains(words[i].Form);

    /// <summary>The mentions of a sentence: token range <c>[start, end)</c>, GUM entity type and 1-based head offsets.</summary>
    internal static List<(int Start, int End, string Type, int[] Heads, bool Identity)> Mentions(IReadOnlyList<ConlluWord> words)
    {
        var result = new List<(int, int, string, int[], bool)>();
        var open = new List<(string Id, int Start, string Type, int[] Heads, bool Identity)>();
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
                    var (id, type, heads, identity) = ParseSpec(spec);
                    if (stop < value.Length && value[stop] == ')')
                    {
                        result.Add((i, i + 1, type, heads, identity));
                        stop++;
                    }
                    else
                    {
                        open.Add((id, i, type, heads, identity));
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
                            result.Add((open[k].Start, i + 1, open[k].Type, open[k].Heads, open[k].Identity));
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

    private static (string Id, string Type, int[] Heads, bool Identity) ParseSpec(string spec)
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

        return (id, type, heads, parts.Length > 7 && parts[7].Length > 0);
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
