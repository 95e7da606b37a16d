using Parley.Events.Actors;
using Xunit.Abstractions;

namespace Parley.Events.Tests.Actors;

public sealed class ActorKnowledgeBaseValidationTests(ITestOutputHelper output)
{
    [Fact]
    public void Built_in_data_is_consistent()
    {
        var kb = BuiltInKnowledgeBase.Instance;
        var issues = ActorKnowledgeBaseValidator.Validate(kb);
        foreach (var issue in issues)
        {
            output.WriteLine(issue);
        }

        Assert.Empty(issues);
        Assert.Empty(kb.Warnings);
    }

    [Fact]
    public void Built_in_data_reports_its_size()
    {
        var stats = BuiltInKnowledgeBase.Instance.GetStats();
        output.WriteLine(stats.ToString());
        Assert.True(stats.Countries >= 193, $"countries: {stats.Countries}");
        Assert.True(stats.Organisations >= 40, $"organisations: {stats.Organisations}");
        Assert.True(stats.People >= 500, $"people: {stats.People}");
    }

    [Fact]
    public void Every_code_of_every_term_is_well_formed_with_known_sectors()
    {
        var kb = BuiltInKnowledgeBase.Instance;
        foreach (var term in kb.OfficeTerms)
        {
            Assert.True(ActorCode.IsWellFormed(term.Term.Code), term.Source);
            if (ActorCode.SectorOf(term.Term.Code) is { } sector)
            {
                Assert.True(kb.Sectors.ContainsKey(sector), $"{term.Source}: {sector}");
            }

            if (term.Term.From is { } from && term.Term.To is { } to)
            {
                Assert.True(from <= to, term.Source);
            }

            Assert.True(term.Term.From is null || term.Term.From.Value.Year >= 1940, term.Source);
        }
    }

    [Fact]
    public void Every_un_member_has_a_head_of_state_or_government_or_is_listed_as_a_country()
    {
        // Countries are complete; offices cover the most reported states.
        var kb = BuiltInKnowledgeBase.Instance;
        var withOffices = kb.OfficeTerms.Select(t => t.Country).Where(c => c != "IGO").Distinct().Count();
        output.WriteLine($"countries with office holders: {withOffices}");
        Assert.True(withOffices >= 60, $"only {withOffices} countries have office holders");
    }

    [Fact]
    public void At_least_sixty_countries_have_all_four_standard_offices_filled_since_1990()
    {
        // A role counts as covered when its holders fill at least 60% of the days from 1990 to 2024: short
        // gaps (caretakers, vacancies, states founded after 1990, ministries created later) are allowed.
        const double Covered = 0.6;
        var coverage = OfficeCoverage.Measure(BuiltInKnowledgeBase.Instance, new DateOnly(1990, 1, 1), new DateOnly(2024, 12, 31));
        foreach (var c in coverage.OrderByDescending(c => c.Minimum))
        {
            output.WriteLine(FormattableString.Invariant($"{c.Country} state {c.HeadOfState:0.00} government {c.HeadOfGovernment:0.00} foreign {c.ForeignMinister:0.00} defence {c.DefenceMinister:0.00}"));
        }

        var covered = coverage.Count(c => c.Minimum >= Covered);
        output.WriteLine($"countries with all four offices covered: {covered}; fully since 1990 (>= 90%): {coverage.Count(c => c.Minimum >= 0.9)}");
        Assert.True(covered >= 60, $"only {covered} countries have a head of state, head of government, foreign and defence minister for at least {Covered:P0} of 1990-2024");
    }

    [Fact]
    public void Office_coverage_counts_the_days_each_role_is_filled()
    {
        const string data = """
            sector GOV 10 | Government
            country AAA | Alpha | | Alphan |
            office AAA president AAAGOV | head-of-state; head-of-government
            2000-01-01..2000-12-31 | Ann One
            office AAA foreign-minister AAAGOV | foreign-minister
            2000-01-01..2000-06-30 | Bob Two
            office AAA spokesman AAAGOV
            2000-01-01..2000-12-31 | Cid Three
            """;
        var kb = ActorKnowledgeBase.Load(new StringReader(data), "test.txt");
        var coverage = Assert.Single(OfficeCoverage.Measure(kb, new DateOnly(2000, 1, 1), new DateOnly(2000, 12, 31)));
        Assert.Equal("AAA", coverage.Country);
        Assert.Equal(1.0, coverage.HeadOfState);
        Assert.Equal(1.0, coverage.HeadOfGovernment);
        Assert.Equal(182.0 / 366, coverage.ForeignMinister, 6);
        Assert.Equal(0.0, coverage.DefenceMinister);
        Assert.Equal(0.0, coverage.Minimum);
    }

    [Fact]
    public void Unknown_office_role_is_reported_with_its_line()
    {
        const string data = """
            sector GOV 10 | Government
            country AAA | Alpha | | Alphan |
            office AAA president AAAGOV | head-of-states
            """;
        var error = Assert.Throws<ActorDataException>(() => ActorKnowledgeBase.Load(new StringReader(data), "test.txt"));
        Assert.Contains("test.txt:3", error.Message, StringComparison.Ordinal);
        Assert.Contains("head-of-states", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_reports_overlapping_terms_and_unknown_countries()
    {
        const string data = """
            sector GOV 10 | Government
            country AAA | Alpha | | Alphan |
            office AAA president AAAGOV
            2000-01-01..2005-01-01 | Ann One
            2004-01-01..2008-01-01 | Bob Two
            office BBB president BBBGOV
            2000..2001 | Cid Three
            """;
        var kb = ActorKnowledgeBase.Load(new StringReader(data), "test.txt");
        var issues = ActorKnowledgeBaseValidator.Validate(kb);
        Assert.Contains(issues, i => i.Contains("Bob Two", StringComparison.Ordinal) && i.Contains("test.txt:5", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Contains("'BBB'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_belongs_to_one_country_except_the_british_monarchs_other_realms()
    {
        const string data = """
            sector GOV 10 | Government
            country GBR | United Kingdom | | British |
            country CAN | Canada | | Canadian |
            country FRA | France | | French |
            office GBR monarch GBRGOV | head-of-state
            1952-02-06..2022-09-08 | Queen Elizabeth II
            office GBR envoy GBRGOV
            2000..2001 | Jean Dupont
            office CAN monarch CANGOV | head-of-state
            1952-02-06..2022-09-08 | Queen Elizabeth II
            office FRA president FRAGOV | head-of-state
            2002..2003 | Jean Dupont
            """;
        var kb = ActorKnowledgeBase.Load(new StringReader(data), "test.txt");
        var issue = Assert.Single(ActorKnowledgeBaseValidator.Validate(kb));
        Assert.Contains("Jean Dupont", issue, StringComparison.Ordinal);
        Assert.Equal("GBRGOV", new ActorResolver(kb).Resolve("Queen Elizabeth II", new DateOnly(2018, 8, 29)).Code);
    }

    [Fact]
    public void Handover_days_and_month_precision_do_not_count_as_overlap()
    {
        const string data = """
            sector GOV 10 | Government
            country AAA | Alpha | | Alphan |
            office AAA president AAAGOV
            2000-01-01..2005-01-20 | Ann One
            2005-01-20..2008-03 | Bob Two
            2008-03-15.. | Cid Three
            """;
        var kb = ActorKnowledgeBase.Load(new StringReader(data), "test.txt");
        Assert.Empty(ActorKnowledgeBaseValidator.Validate(kb));
    }

    [Fact]
    public void Bounds_written_to_the_year_may_meet_within_that_year_only()
    {
        const string data = """
            sector GOV 10 | Government
            country AAA | Alpha | | Alphan |
            office AAA president AAAGOV
            1991..1995 | Ann One
            1995..1998-06 | Bob Two
            1998..2001 | Cid Three
            2000-06..2003 | Dee Four
            """;
        var kb = ActorKnowledgeBase.Load(new StringReader(data), "test.txt");
        var issue = Assert.Single(ActorKnowledgeBaseValidator.Validate(kb));
        Assert.Contains("Dee Four", issue, StringComparison.Ordinal);
    }
}
