using Parley.Nlp.Lemmatization;

namespace Parley.Nlp.Tests;

public sealed class IrregularVerbTests
{
    private static readonly LemmatizerModel Empty = new([], new Dictionary<ulong, int>(), new Dictionary<ulong, string>());

    [Theory]
    [InlineData("froze", "VBD", "freeze")]
    [InlineData("frozen", "VBN", "freeze")]
    [InlineData("Struck", "VBD", "strike")]
    [InlineData("withdrew", "VBD", "withdraw")]
    [InlineData("overthrown", "VBN", "overthrow")]
    [InlineData("fled", "VBD", "flee")]
    public void An_unseen_irregular_past_gets_its_base(string form, string xpos, string lemma) =>
        Assert.Equal(lemma, Empty.Lemmatize(form, xpos));

    [Theory]
    [InlineData("froze", "NN")]
    [InlineData("found", "JJ")]
    public void Only_past_tenses_and_participles_are_looked_up(string form, string xpos) =>
        Assert.Equal(form, Empty.Lemmatize(form, xpos));
}
