using Parley.Events.Coding;
using Parley.Events.Petrarch;

namespace Parley.Events.Tests.Petrarch;

public sealed class PetrarchPatternConverterTests
{
    private static PetrarchPatternSet Convert() =>
        PetrarchPatternConverter.Convert(PetrarchVerbDictionaryReader.Read(new StringReader(PetrarchVerbDictionaryReaderTests.Dictionary), "test.txt"));

    [Fact]
    public void EveryMemberVerbGetsTheBlockPatternsAndABarePattern()
    {
        var set = Convert();

        Assert.Equal(3 * 7, set.Patterns.Count);
        var convene = set.Find("convene", "convene");
        Assert.Equal(7, convene.Count);
        Assert.Equal(("040", "040", "test.txt:13"), (convene[0].Code, convene[0].ReverseCode, convene[0].Id));
        Assert.Equal("043", set.Find("gather", "gather")[0].Code);
        Assert.Null(set.Find("gather", "gather")[0].ReverseCode);
    }

    [Fact]
    public void IrregularFormsAndMultiWordVerbsAreFound()
    {
        var set = Convert();

        Assert.Equal("sit", set.Find("sat", "sat")[0].Lemma);
        Assert.Equal("down", set.Find("sit", "sit")[0].Particle);
        Assert.Empty(set.Find("leave", "left"));
    }

    [Fact]
    public void PatternElementsBecomeTermsWithRolesAndCodes()
    {
        var convene = Convert().Find("convene", "convene");

        var talks = convene[1];
        Assert.Equal("046", talks.Code);
        Assert.Null(talks.Before);
        Assert.Equal(2, talks.After!.Count);
        Assert.Equal(["talks", "negotiations", "peace parley"], Assert.Single(talks.After[0].Slots));
        Assert.Equal(("with", PatternRole.Target), (talks.After[1].Preposition, talks.After[1].Role));
        Assert.True(talks.Specificity > convene[0].Specificity);

        var visit = convene[2];
        Assert.Equal(("042", "043"), (visit.Code, visit.ReverseCode));
        Assert.Equal(PatternRole.Source, Assert.Single(visit.Before!).Role);
        Assert.Equal([PatternRole.None, PatternRole.Target], visit.After!.Select(t => t.Role));
        Assert.True(convene[3].Reciprocal);
        Assert.Equal(("---", "051"), (convene[5].Code, convene[5].ReverseCode));
    }

    [Fact]
    public void PatternsWithoutNewFieldsKeepTheirSpecificity()
    {
        var plain = new EventPattern { Id = "x", Lemma = "meet", TargetPreposition = "with", Code = "040" };

        Assert.Equal(2, plain.Specificity);
        var refined = plain with { After = [new PatternTerm { Slots = [["talks"]], Preposition = "on" }] };
        Assert.Equal(2 + 8, refined.Specificity);
    }
}
