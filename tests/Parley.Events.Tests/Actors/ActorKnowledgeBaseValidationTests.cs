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
}
