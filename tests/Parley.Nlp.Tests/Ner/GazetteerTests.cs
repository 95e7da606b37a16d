using Parley.Nlp.Ner;

namespace Parley.Nlp.Tests.Ner;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Default = Gazetteer.LoadDefault();

    [Fact]
    public void Default_HasEveryList()
    {
        Assert.True(Default.Contains("Japan", GazetteerCategory.Country));
        Assert.True(Default.Contains("Seoul", GazetteerCategory.Place));
        Assert.True(Default.Contains("Japanese", GazetteerCategory.Nationality));
        Assert.True(Default.Contains("Ministry", GazetteerCategory.OrgWord));
        Assert.True(Default.Contains("Mr.", GazetteerCategory.Title));
        Assert.True(Default.Contains("NATO", GazetteerCategory.Organisation));
        Assert.True(Default.Contains("Jeffrey", GazetteerCategory.FirstName));
        Assert.False(Default.Contains("japan", GazetteerCategory.Country));
    }

    [Fact]
    public void Match_MarksMultiTokenEntries()
    {
        string[] tokens = ["in", "North", "Korea", "and", "the", "United", "States", "of", "America"];
        var masks = new uint[tokens.Length];
        Default.Match(tokens, masks);
        var shift = (int)GazetteerCategory.Country * Gazetteer.BitsPerCategory;
        Assert.NotEqual(0u, masks[1] & (2u << shift));
        Assert.NotEqual(0u, masks[2] & (8u << shift));
        Assert.NotEqual(0u, masks[6] & (8u << shift));
        Assert.NotEqual(0u, masks[8] & (8u << shift));
        Assert.Equal(0u, masks[0]);
    }

    [Fact]
    public void Create_ReadsListsWithComments()
    {
        var gazetteer = Gazetteer.Create([(GazetteerCategory.Place, new StringReader("# places\nLake Nowhere\n\nTown\n"))]);
        Assert.True(gazetteer.Contains("Town", GazetteerCategory.Place));
        Assert.False(gazetteer.Contains("Lake", GazetteerCategory.Place));
        Assert.Equal(2, gazetteer.FirstTokenCount);
    }

    [Fact]
    public void Match_IgnoringCase_FindsLowerCaseNames()
    {
        var gazetteer = Gazetteer.Create([(GazetteerCategory.Place, new StringReader("Lake Nowhere\nTown\n"))]);
        string[] tokens = ["near", "lake", "NOWHERE", "town"];
        var exact = new uint[tokens.Length];
        gazetteer.Match(tokens, exact);
        Assert.All(exact, m => Assert.Equal(0u, m));

        var any = new uint[tokens.Length];
        gazetteer.Match(tokens, any, ignoreCase: true);
        var shift = (int)GazetteerCategory.Place * Gazetteer.BitsPerCategory;
        Assert.Equal(0u, any[0]);
        Assert.Equal(2u << shift, any[1]);
        Assert.Equal(8u << shift, any[2]);
        Assert.Equal(1u << shift, any[3]);
    }

    [Fact]
    public void Default_HasTheListsDerivedFromParleyData()
    {
        var gazetteer = Gazetteer.LoadDefault();
        Assert.True(gazetteer.Contains("Shinzo", GazetteerCategory.FirstName));
        Assert.True(gazetteer.Contains("Abe", GazetteerCategory.Surname));
    }

    [Fact]
    public void Match_IgnoringCase_LeavesAcronymsToTheirOwnCase()
    {
        var gazetteer = Gazetteer.Create([(GazetteerCategory.Organisation, new StringReader("WHO\nRed Cross\n"))]);
        string[] tokens = ["who", "told", "the", "red", "cross", "and", "WHO"];
        var any = new uint[tokens.Length];
        gazetteer.Match(tokens, any, ignoreCase: true);
        var shift = (int)GazetteerCategory.Organisation * Gazetteer.BitsPerCategory;
        Assert.Equal(0u, any[0]);
        Assert.Equal(2u << shift, any[3]);
        Assert.Equal(8u << shift, any[4]);

        // The acronym is found by the case-sensitive match (the recogniser reads the case-insensitive one only where that finds nothing).
        Assert.Equal(0u, any[6]);
        var exact = new uint[tokens.Length];
        gazetteer.Match(tokens, exact);
        Assert.Equal(0u, exact[0]);
        Assert.Equal(1u << shift, exact[6]);
    }

    [Fact]
    public void Default_HasTheListsWrittenForTheRecogniser()
    {
        Assert.True(Default.Contains("Volkswagen", GazetteerCategory.Organisation));
        Assert.True(Default.Contains("Bundestag", GazetteerCategory.Organisation));
        Assert.True(Default.Contains("Saskatchewan", GazetteerCategory.Place));
        Assert.True(Default.Contains("Siobhan", GazetteerCategory.FirstName));
        Assert.True(Default.Contains("Okonkwo", GazetteerCategory.Surname));
    }

    [Fact]
    public void ContainsEntry_MatchesWholeMultiTokenEntriesOnly()
    {
        Assert.True(Default.ContainsEntry(["North", "Korea"], GazetteerCategory.Country));
        Assert.False(Default.ContainsEntry(["North"], GazetteerCategory.Country));
        Assert.False(Default.ContainsEntry(["North", "Korea", "and"], GazetteerCategory.Country));
        Assert.True(Default.ContainsEntry(["North", "Korean"], GazetteerCategory.Nationality));
        Assert.False(Default.ContainsEntry([], GazetteerCategory.Country));
    }
}
