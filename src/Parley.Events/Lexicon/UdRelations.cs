namespace Parley.Events.Lexicon;

/// <summary>The Universal Dependencies relations a lexicon may name, with or without a subtype.</summary>
internal static class UdRelations
{
    private static readonly HashSet<string> Base = new(StringComparer.Ordinal)
    {
        "nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl", "vocative", "expl", "dislocated",
        "advcl", "advmod", "discourse", "aux", "cop", "mark", "nmod", "appos", "nummod", "acl", "amod",
        "det", "clf", "case", "conj", "cc", "fixed", "flat", "compound", "list", "parataxis", "orphan",
        "goeswith", "reparandum", "punct", "root", "dep",
    };

    public static bool IsValid(string relation, out string? problem)
    {
        var colon = relation.IndexOf(':', StringComparison.Ordinal);
        var head = colon < 0 ? relation : relation[..colon];
        if (!Base.Contains(head))
        {
            problem = $"'{relation}' is not a Universal Dependencies relation (nsubj, obj, iobj, obl:with, nmod:poss, xcomp, ccomp, compound:prt, …)";
            return false;
        }

        if (colon >= 0)
        {
            var sub = relation.AsSpan(colon + 1);
            if (sub.IsEmpty)
            {
                problem = $"'{relation}' has an empty subtype after ':'";
                return false;
            }

            foreach (var c in sub)
            {
                if (!(char.IsAsciiLetterLower(c) || c == '_'))
                {
                    problem = $"'{relation}' has a subtype that is not a lower-case word (use _ between words: obl:on_behalf_of)";
                    return false;
                }
            }
        }

        problem = null;
        return true;
    }
}
