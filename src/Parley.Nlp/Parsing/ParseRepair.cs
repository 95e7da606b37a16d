using Parley.Core;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Grammatical repairs applied to the greedy parser's output. Each repairs a tree no English grammar allows,
/// so it cannot undo a right parse.
/// </summary>
/// <remarks>
/// <para><b>Split a name from a following temporal phrase.</b> In "will travel to North Korea next month" the
/// parser sometimes reads "North Korea next month" as one noun phrase headed by "month", with "North Korea" as a
/// compound. In English, compound modifiers follow adjectives and determiners ("next Korea month" is the order a
/// single phrase would need), so compounds to the left of a temporal noun's "next", "last", "this"… belong to a
/// separate phrase. The repair makes the rightmost of those compounds the head of its own phrase — taking the
/// temporal noun's attachment and relation, and its case marker and other dependents to its left — and attaches
/// the temporal phrase to the same head as a bare temporal modifier (<c>obl:unmarked</c>, or
/// <c>nmod:unmarked</c> under a noun).</para>
/// <para><b>A bare temporal word between subject and verb.</b> Newswire writes "Denmark today accepted …" and
/// "Arafat Wednesday rejected …", a construction the web and wiki treebanks rarely show; the parser then reads
/// "today" as the subject, or "Denmark" as a compound of "today", or "Wednesday" as part of the name. A day word
/// ("today", "yesterday", "tomorrow", "tonight", a weekday) right after a noun and right before a verb is a bare
/// temporal modifier of that verb (<c>obl:unmarked</c>), also when the parser hung it on the noun; if the parser
/// had made it the subject, the nominal it had put under it becomes the subject again.</para>
/// <para><b>A caseless nominal modifier inside a run of proper nouns.</b> "Bree Prime Minister Romendacil will meet …"
/// with unknown names can come out with "Bree" as the subject and "Romendacil" as its plain <c>nmod</c>. A plain
/// <c>nmod</c> needs a case marker ("of", "'s"); between neighbours in one run of proper nouns the UD English
/// treebanks never have one. The later word becomes the head of the run, taking the earlier one's attachment, and
/// the earlier one becomes its compound.</para>
/// <para><b>Two subjects joined by "and".</b> "The United States and China agreed …" sometimes comes out with both
/// nouns as subjects of "agreed" and "and" hanging from the verb. A clause has one subject (the treebanks never give
/// a word two <c>nsubj</c> dependents before it); when "and", "or" or "nor" directly follows the first subject's
/// phrase and only the second subject's own words come between it and the second subject, the second becomes a
/// <c>conj</c> of the first and takes the conjunction as its <c>cc</c>. With a comma or other words in between ("…,
/// and I could feel") the first subject more likely belongs to another clause, and nothing is changed.</para>
/// <para><b>A relative clause read as the main clause.</b> "France, which drafted the text, said …" sometimes comes
/// out with "France" and "which" both subjects of "drafted" and "said" its subjectless conjunct. When the second
/// subject is "which", "who" or "whom" right after the first subject's phrase and a comma, and the conjunct after the
/// clause's closing comma has no subject, the clause becomes an <c>acl:relcl</c> of the noun, the conjunct takes the
/// clause verb's place in the tree, and the noun is its subject.</para>
/// <para><b>A dated subject read as the head of the sentence.</b> Wire copy writes "Russia on Monday vetoed a draft
/// resolution"; the parser sometimes makes "Russia" the root with "on Monday" its modifier and "vetoed" a subjectless
/// <c>parataxis</c>. A sentence whose root is a nominal followed only by its own time phrase ("on Monday", "today")
/// and then a finite verb hanging from it with no subject is that verb's clause: the verb becomes the root, the
/// nominal its subject, the time phrase its oblique, and the nominal's later dependents move to the verb.</para>
/// </remarks>
public static class ParseRepair
{
    private static readonly HashSet<string> TemporalNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "morning", "afternoon",
        "evening", "night", "spring", "summer", "autumn", "fall", "winter", "quarter", "decade", "season", "term",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly HashSet<string> Deictics = new(StringComparer.OrdinalIgnoreCase)
    {
        "next", "last", "this", "that", "coming", "past", "previous", "following", "every", "each",
    };

    private static readonly HashSet<string> DayWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DayWordLookup = DayWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TemporalNounLookup = TemporalNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeicticLookup = Deictics.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Applies the repairs to one sentence of <paramref name="document"/>: <paramref name="count"/> tokens from
    /// <paramref name="first"/>, whose tags must be set. <paramref name="heads"/> hold document token indices (−1 for
    /// the root) and <paramref name="relations"/> UD relations, both indexed by document token. Returns the number of
    /// repairs made.
    /// </summary>
    public static int Apply(Document document, int first, int count, int[] heads, string[] relations)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(relations);
        var upos = document.Upos ?? throw new InvalidOperationException("Parse repairs need tags.");
        var repairs = 0;
        var end = first + count;
        for (var h = first; h < end; h++)
        {
            if (TrySplitTemporal(document, upos, first, h, heads, relations) || TryDetachDayWord(document, upos, first, end, h, heads, relations)
                || TryReheadProperRun(upos, first, end, h, heads, relations) || TryCoordinateSubjects(document, upos, first, end, h, heads, relations)
                || TryRelativeClauseSubject(document, upos, first, end, h, heads, relations) || TryDatedSubject(document, upos, first, end, h, heads, relations))
            {
                repairs++;
            }
        }

        return repairs;
    }

    private static bool TrySplitTemporal(Document document, string[] upos, int first, int h, int[] heads, string[] relations)
    {
        if (!TemporalNounLookup.Contains(document.GetTokenSpan(h)) || upos[h] is not ("NOUN" or "PROPN") || heads[h] < 0)
        {
            return false;
        }

        var relation = relations[h];
        if (!(IsRelation(relation, "obl") || IsRelation(relation, "nmod") || IsRelation(relation, "obj")))
        {
            return false;
        }

        // The deictic modifier directly left of the temporal noun ("next month", "last week").
        var d = h - 1;
        if (d < first || heads[d] != h || !(IsRelation(relations[d], "amod") || IsRelation(relations[d], "det")) || !DeicticLookup.Contains(document.GetTokenSpan(d)))
        {
            return false;
        }

        // The compound directly left of the deictic word: the head of the stranded name.
        var name = d - 1;
        if (name < first || heads[name] != h || !IsRelation(relations[name], "compound") || upos[name] is not ("PROPN" or "NOUN"))
        {
            return false;
        }

        var governor = heads[h];
        if (governor >= name && governor <= h)
        {
            return false;
        }

        for (var x = first; x < name; x++)
        {
            if (heads[x] == h)
            {
                heads[x] = name;
            }
        }

        heads[name] = governor;
        relations[name] = relation;
        heads[h] = governor;
        relations[h] = upos[governor] is "NOUN" or "PROPN" or "PRON" ? "nmod:unmarked" : "obl:unmarked";
        return true;
    }

    private static bool TryDetachDayWord(Document document, string[] upos, int first, int end, int t, int[] heads, string[] relations)
    {
        // The word before is the subject's end: a noun or pronoun, or a noun the tagger took for an adjective
        // ("a top official today praised") that the parser made a subject.
        if (t == first || t + 1 >= end || !DayWordLookup.Contains(document.GetTokenSpan(t)) ||
            !(upos[t - 1] is "PROPN" or "NOUN" or "PRON" || (upos[t - 1] == "ADJ" && IsRelation(relations[t - 1], "nsubj"))))
        {
            return false;
        }

        var verb = t + 1;
        if (upos[verb] == "AUX" && heads[verb] > verb && upos[heads[verb]] == "VERB")
        {
            verb = heads[verb];
        }
        else if (upos[verb] != "VERB")
        {
            return false;
        }

        var relation = relations[t];
        var subject = IsRelation(relation, "nsubj");
        var underNoun = heads[t] == t - 1 && relation is "obl:unmarked" or "nmod:unmarked";
        if (!(subject || underNoun || IsRelation(relation, "compound") || IsRelation(relation, "flat") || IsRelation(relation, "appos")))
        {
            return false;
        }

        // The day word's dependents go to its own head, or, if the parser had made it the subject, to the nominal it had
        // hung under it ("Denmark" in "[Denmark today] accepted"), which becomes the subject again.
        var adopter = heads[t];
        var nominal = -1;
        for (var x = t - 1; subject && x >= first && nominal < 0; x--)
        {
            if (heads[x] == t && upos[x] is "PROPN" or "NOUN" or "PRON")
            {
                nominal = x;
            }
        }

        if (nominal >= 0)
        {
            heads[nominal] = heads[t];
            relations[nominal] = relation;
            adopter = nominal;
        }

        for (var x = first; x < end; x++)
        {
            if (heads[x] == t && x != nominal)
            {
                heads[x] = adopter;
            }
        }

        heads[t] = verb;
        relations[t] = "obl:unmarked";
        return true;
    }

    private static bool TryReheadProperRun(string[] upos, int first, int end, int x, int[] heads, string[] relations)
    {
        var h = heads[x];
        if (relations[x] != "nmod" || h < first || h >= x || upos[x] != "PROPN" || upos[h] != "PROPN")
        {
            return false;
        }

        for (var k = h + 1; k < x; k++)
        {
            if (upos[k] is not ("PROPN" or "ADJ"))
            {
                return false;
            }
        }

        for (var k = first; k < end; k++)
        {
            if (heads[k] == x && IsRelation(relations[k], "case"))
            {
                return false;
            }
        }

        // The head's dependents after it (other than x) belong to the whole name, now headed by x.
        for (var k = h + 1; k < end; k++)
        {
            if (heads[k] == h && k != x)
            {
                heads[k] = x;
            }
        }

        heads[x] = heads[h];
        relations[x] = relations[h];
        heads[h] = x;
        relations[h] = "compound";
        return true;
    }

    // a: a subject before its verb; only the verb's first subject is tried, so the scan runs for subjects alone.
    private static bool TryCoordinateSubjects(Document document, string[] upos, int first, int end, int a, int[] heads, string[] relations)
    {
        var v = heads[a];
        if (relations[a] != "nsubj" || v <= a)
        {
            return false;
        }

        int b = -1;
        for (var x = first; x < v && b < 0; x++)
        {
            if (x != a && heads[x] == v && relations[x] == "nsubj")
            {
                if (x < a)
                {
                    return false; // an earlier subject of v is the first one, and was tried already
                }

                b = x;
            }
        }

        if (b < 0 || upos[a] is not ("NOUN" or "PROPN" or "PRON") || upos[b] is not ("NOUN" or "PROPN" or "PRON"))
        {
            return false;
        }

        var cc = SubtreeEnd(heads, first, end, a) + 1;
        if (cc >= b || upos[cc] != "CCONJ" || !IsJoiningConjunction(document.GetTokenSpan(cc)))
        {
            return false;
        }

        for (var x = cc + 1; x < b; x++)
        {
            if (!Dominates(heads, b, x))
            {
                return false;
            }
        }

        heads[b] = a;
        relations[b] = "conj";
        heads[cc] = b;
        relations[cc] = "cc";
        return true;
    }

    private static bool TryRelativeClauseSubject(Document document, string[] upos, int first, int end, int a, int[] heads, string[] relations)
    {
        // "France , which drafted the text , said …" read as "France" and "which" both subjects of "drafted", with
        // "said" its conjunct: the relative clause modifies "France", which is the subject of "said".
        var v = heads[a];
        if (relations[a] != "nsubj" || v <= a || upos[a] is not ("NOUN" or "PROPN") || upos[v] is not ("VERB" or "AUX"))
        {
            return false;
        }

        var r = SubtreeEnd(heads, first, end, a) + 2;
        if (r >= v || heads[r] != v || relations[r] != "nsubj" || !document.GetTokenSpan(r - 1).SequenceEqual(",") || !IsRelativePronoun(document.GetTokenSpan(r)))
        {
            return false;
        }

        var c = -1;
        for (var x = v + 1; x < end && c < 0; x++)
        {
            if (heads[x] == v && relations[x] == "conj" && upos[x] is "VERB" or "AUX")
            {
                c = x;
            }
        }

        if (c < 0)
        {
            return false;
        }

        var comma = -1;
        for (var x = c - 1; x > v && comma < 0; x--)
        {
            if (document.GetTokenSpan(x).SequenceEqual(","))
            {
                comma = x;
            }
        }

        for (var x = first; x < end; x++)
        {
            if (heads[x] == c && relations[x] is "nsubj" or "nsubj:pass" or "expl")
            {
                return false; // the conjunct has a subject of its own
            }
        }

        if (comma < 0)
        {
            return false;
        }

        heads[c] = heads[v];
        relations[c] = relations[v];
        heads[v] = a;
        relations[v] = "acl:relcl";
        heads[a] = c;
        for (var x = first; x < end; x++)
        {
            if (heads[x] == v && (x < a || x > comma))
            {
                heads[x] = c; // what stands before the noun ("On Monday ,") or after the clause's closing comma belongs to the main verb
            }
        }

        return true;
    }

    /// <summary>"Russia on Monday vetoed a draft resolution" read as the noun "Russia" heading the sentence.</summary>
    private static bool TryDatedSubject(Document document, string[] upos, int first, int end, int n, int[] heads, string[] relations)
    {
        if (heads[n] >= 0 || upos[n] is not ("PROPN" or "NOUN") || document.Xpos is not { } xpos)
        {
            return false;
        }

        // The first finite verb after the noun, hanging from it, with no subject of its own.
        var verb = -1;
        for (var x = n + 1; x < end && x <= n + 6; x++)
        {
            if (heads[x] == n && upos[x] == "VERB" && xpos[x] is "VBD" or "VBZ" or "VBP")
            {
                verb = x;
                break;
            }
        }

        if (verb < 0)
        {
            return false;
        }

        var time = -1;
        for (var x = first; x < end; x++)
        {
            if (heads[x] == verb && relations[x].StartsWith("nsubj", StringComparison.Ordinal))
            {
                return false;
            }

            // Between the noun and the verb only a time phrase of the noun: "on Monday", "today".
            if (x > n && x < verb && !(Dominates(heads, n, x) && !Dominates(heads, verb, x)))
            {
                return false;
            }

            if (x > n && x < verb && heads[x] == n)
            {
                if (!DayWordLookup.Contains(document.GetTokenSpan(x)) && !TemporalNounLookup.Contains(document.GetTokenSpan(x)))
                {
                    return false;
                }

                time = x;
            }
        }

        if (time < 0)
        {
            return false;
        }

        for (var x = first; x < end; x++)
        {
            if (heads[x] == n && (x > verb || x == time))
            {
                heads[x] = verb;
                if (x == time)
                {
                    relations[x] = relations[x].StartsWith("nmod", StringComparison.Ordinal) ? "obl" : relations[x];
                }
            }
        }

        heads[verb] = -1;
        relations[verb] = "root";
        heads[n] = verb;
        relations[n] = "nsubj";
        return true;
    }

    private static bool IsRelativePronoun(ReadOnlySpan<char> word) =>
        word.Equals("which", StringComparison.OrdinalIgnoreCase) || word.Equals("who", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("whom", StringComparison.OrdinalIgnoreCase);

    private static bool IsJoiningConjunction(ReadOnlySpan<char> word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("nor", StringComparison.OrdinalIgnoreCase) || word is "&";

    // The last token of the subtree of t (within the sentence).
    private static int SubtreeEnd(int[] heads, int first, int end, int t)
    {
        var last = t;
        for (var x = t + 1; x < end; x++)
        {
            if (Dominates(heads, t, x))
            {
                last = x;
            }
        }

        return last;
    }

    private static bool Dominates(int[] heads, int ancestor, int x)
    {
        for (var steps = 0; x >= 0 && steps < 1000; steps++)
        {
            if (x == ancestor)
            {
                return true;
            }

            x = heads[x];
        }

        return false;
    }

    private static bool IsRelation(string relation, string universal) =>
        relation.StartsWith(universal, StringComparison.Ordinal) && (relation.Length == universal.Length || relation[universal.Length] == ':');
}
