using System.Text;
using Parley.Core;

namespace Parley.Events.Petrarch;

/// <summary>
/// Builds a parsed <see cref="Document"/> from the gold parse a validation record carries: words joined by
/// spaces, one sentence, and UD v1 relations renamed to their UD v2 names (<c>dobj</c> → <c>obj</c>,
/// <c>nsubjpass</c> → <c>nsubj:pass</c>, <c>nmod</c> on a verb or adjective → <c>obl</c>, <c>neg</c> →
/// <c>advmod</c>, …) so the coder sees what Parley's own parser produces.
/// </summary>
public static class PetrarchGoldParse
{
    /// <summary>The document, or null when the record has no parse.</summary>
    public static Document? ToDocument(PetrarchValidationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var rows = record.Parse;
        if (rows.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        var starts = new int[rows.Count];
        var ends = new int[rows.Count];
        var upos = new string[rows.Count];
        var xpos = new string[rows.Count];
        var lemmas = new string[rows.Count];
        var heads = new int[rows.Count];
        var relations = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            starts[i] = text.Length;
            text.Append(rows[i].Form);
            ends[i] = text.Length;
            upos[i] = rows[i].Upos;
            xpos[i] = rows[i].Xpos;
            lemmas[i] = rows[i].Lemma;
            heads[i] = rows[i].Head <= 0 || rows[i].Head > rows.Count ? -1 : rows[i].Head - 1;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            relations[i] = ToV2(rows[i].Relation, heads[i] >= 0 ? upos[heads[i]] : string.Empty);
        }

        var document = new Document(text.ToString(), new DocumentInfo { Published = record.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        document.SetTokens(starts, ends);
        document.SetSentences([0], [rows.Count], [0]);
        document.SetTags(upos, xpos);
        document.SetLemmas(lemmas);
        document.SetDependencies(heads, relations);
        return document;
    }

    /// <summary>The UD v2 name of a UD v1 relation (unchanged when already v2).</summary>
    public static string ToV2(string relation, string headUpos) => relation switch
    {
        "dobj" => "obj",
        "nsubjpass" => "nsubj:pass",
        "csubjpass" => "csubj:pass",
        "auxpass" => "aux:pass",
        "neg" => "advmod",
        "name" => "flat",
        "mwe" => "fixed",
        "nmod" or "nmod:tmod" or "nmod:npmod" when headUpos is "VERB" or "ADJ" or "AUX" => "obl" + relation[4..],
        _ => relation,
    };
}
