namespace Parley.Events.Actors;

/// <summary>
/// How much of a period the standard offices (<see cref="OfficeRole"/>) of one country are filled in the
/// knowledge base: for each role, the share of days in the period on which some declared holder is in office.
/// </summary>
/// <param name="Country">ISO 3166-1 alpha-3 code.</param>
/// <param name="HeadOfState">Share of days (0–1) with a head of state.</param>
/// <param name="HeadOfGovernment">Share of days (0–1) with a head of government.</param>
/// <param name="ForeignMinister">Share of days (0–1) with a foreign minister.</param>
/// <param name="DefenceMinister">Share of days (0–1) with a defence minister.</param>
public sealed record OfficeCoverage(string Country, double HeadOfState, double HeadOfGovernment, double ForeignMinister, double DefenceMinister)
{
    /// <summary>The lowest of the four shares.</summary>
    public double Minimum => Math.Min(Math.Min(HeadOfState, HeadOfGovernment), Math.Min(ForeignMinister, DefenceMinister));

    /// <summary>
    /// Measures every country with at least one office declaring a role, over <paramref name="from"/>..<paramref name="to"/>
    /// (inclusive); open term ends count as in office through <paramref name="to"/>. Ordered by country code.
    /// </summary>
    public static IReadOnlyList<OfficeCoverage> Measure(ActorKnowledgeBase knowledgeBase, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        if (to < from)
        {
            throw new ArgumentException($"the period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        var days = to.DayNumber - from.DayNumber + 1;
        var result = new List<OfficeCoverage>();
        foreach (var country in knowledgeBase.OfficeTerms.Where(t => t.Roles != OfficeRole.None).GroupBy(t => t.Country).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            result.Add(new OfficeCoverage(
                country.Key,
                Share(country, OfficeRole.HeadOfState, from, to, days),
                Share(country, OfficeRole.HeadOfGovernment, from, to, days),
                Share(country, OfficeRole.ForeignMinister, from, to, days),
                Share(country, OfficeRole.DefenceMinister, from, to, days)));
        }

        return result;
    }

    private static double Share(IEnumerable<OfficeTerm> terms, OfficeRole role, DateOnly from, DateOnly to, int days)
    {
        var filled = new bool[days];
        foreach (var t in terms)
        {
            if ((t.Roles & role) == 0)
            {
                continue;
            }

            var start = Math.Max((t.Term.From ?? DateOnly.MinValue).DayNumber, from.DayNumber);
            var end = Math.Min((t.Term.To ?? DateOnly.MaxValue).DayNumber, to.DayNumber);
            for (var d = start; d <= end; d++)
            {
                filled[d - from.DayNumber] = true;
            }
        }

        return (double)filled.Count(f => f) / days;
    }
}
