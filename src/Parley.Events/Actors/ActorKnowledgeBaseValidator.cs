namespace Parley.Events.Actors;

/// <summary>
/// Consistency checks over a loaded <see cref="ActorKnowledgeBase"/> that the line reader cannot make on
/// its own: codes are well formed with declared country and sector blocks, terms of the same office do not
/// overlap (unless the office is marked <c>overlap-ok</c>), and each person belongs to one country (successor
/// states and the British monarch's other realms excepted).
/// </summary>
public static class ActorKnowledgeBaseValidator
{
    /// <summary>Successor states a person may hold offices in ("SRB" and the former "YUG").</summary>
    private static readonly HashSet<(string, string)> Successors =
    [
        ("SRB", "YUG"), ("YUG", "SRB"), ("RUS", "USR"), ("USR", "RUS"), ("UKR", "USR"), ("USR", "UKR"),
    ];

    /// <summary>Realms whose head of state is the British monarch (person's country first).</summary>
    private static readonly HashSet<(string, string)> PersonalUnions =
    [
        ("GBR", "CAN"), ("GBR", "AUS"), ("GBR", "NZL"),
    ];

    /// <summary>Returns every problem found, one message per problem naming its source line; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(ActorKnowledgeBase knowledgeBase)
    {
        var issues = new List<string>();
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in knowledgeBase.Entries)
        {
            if (e.Kind == ActorKind.Country && e.Country is not null)
            {
                countries.Add(e.Country);
            }
        }

        foreach (var e in knowledgeBase.Entries)
        {
            if (e.Kind == ActorKind.Imported)
            {
                continue;
            }

            if (e.DefaultCode is { } code)
            {
                CheckCode(code, e.Source, knowledgeBase, countries, issues);
            }

            foreach (var m in e.Members)
            {
                CheckCode(m, e.Source, knowledgeBase, countries, issues);
            }

            var personCountries = new HashSet<string>(StringComparer.Ordinal);
            foreach (var t in e.Terms)
            {
                CheckCode(t.Code, e.Source, knowledgeBase, countries, issues);
                if (t.From is { } f && t.To is { } to && f > to)
                {
                    issues.Add($"{e.Source}: {e.Name}: term {f:yyyy-MM-dd}..{to:yyyy-MM-dd} ends before it starts.");
                }

                if (ActorCode.CountryOf(t.Code) is { } c)
                {
                    personCountries.Add(c);
                }
            }

            if (e.Kind == ActorKind.Person && personCountries.Count > 1)
            {
                var list = personCountries.Order(StringComparer.Ordinal).ToArray();
                var union = e.Country is { } home && list.All(c => c == home || PersonalUnions.Contains((home, c)));
                if (!union && (list.Length != 2 || !Successors.Contains((list[0], list[1]))))
                {
                    issues.Add($"{e.Source}: {e.Name} holds offices in {string.Join(", ", list)}; one person belongs to one country — split the name or fix the office.");
                }
            }
        }

        CheckOverlaps(knowledgeBase, issues);
        return issues;
    }

    private static void CheckOverlaps(ActorKnowledgeBase knowledgeBase, List<string> issues)
    {
        foreach (var office in knowledgeBase.OfficeTerms.GroupBy(t => (t.Country, t.Office)))
        {
            var terms = office.OrderBy(t => t.Term.From ?? DateOnly.MinValue).ToList();
            if (terms.Any(t => t.OverlapAllowed))
            {
                continue;
            }

            for (var i = 1; i < terms.Count; i++)
            {
                var previous = terms[i - 1];
                var next = terms[i];
                var end = previous.Term.To ?? DateOnly.MaxValue;
                var start = next.Term.From ?? DateOnly.MinValue;
                if (start >= end)
                {
                    continue; // a handover day is shared
                }

                // Bounds written to the month may meet within that month, bounds written to the year within that year.
                if ((previous.ToIsApproximate || next.FromIsApproximate) && start.Year == end.Year && start.Month == end.Month)
                {
                    continue;
                }

                if (start.Year == end.Year && (previous.ToIsApproximate && end is { Month: 12, Day: 31 } || next.FromIsApproximate && start is { Month: 1, Day: 1 }))
                {
                    continue;
                }

                issues.Add($"{next.Source}: {next.Person}'s term as {office.Key.Office} of {office.Key.Country} starts {start:yyyy-MM-dd}, before {previous.Person}'s ends {(previous.Term.To is { } pe ? pe.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "(open)")} ({previous.Source}); fix the dates or mark the office overlap-ok.");
            }
        }
    }

    private static void CheckCode(string code, string source, ActorKnowledgeBase knowledgeBase, HashSet<string> countries, List<string> issues)
    {
        if (!ActorCode.IsWellFormed(code))
        {
            issues.Add($"{source}: '{code}' is not a well-formed actor code.");
            return;
        }

        var country = code[..3];
        if (country != ActorCode.Intergovernmental && country != ActorCode.NonGovernmental && country != ActorCode.Unknown && !countries.Contains(country))
        {
            issues.Add($"{source}: '{code}' starts with '{country}', which no 'country' line declares.");
        }

        if (country == ActorCode.Intergovernmental)
        {
            return;
        }

        for (var i = 3; i + 3 <= code.Length; i += 3)
        {
            var block = code.Substring(i, 3);
            if (!knowledgeBase.Sectors.ContainsKey(block))
            {
                issues.Add($"{source}: sector '{block}' in '{code}' is not declared.");
            }
        }
    }
}
