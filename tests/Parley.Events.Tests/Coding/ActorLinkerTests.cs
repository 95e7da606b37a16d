using Parley.Core.Records;
using Parley.Events.Coding;

namespace Parley.Events.Tests.Coding;

public sealed class ActorLinkerTests
{
    private static readonly ActorLinker Linker = new((phrase, _, asOf) =>
        phrase.Contains("Japanese intelligence official", StringComparison.Ordinal) ? [new ActorMatch("JPNSPY", "JPN", "SPY")]
        : phrase.Contains("Japanese", StringComparison.Ordinal) ? [new ActorMatch("JPN", "JPN", null)]
        : phrase == "Abe" && asOf?.Year == 2018 ? [new ActorMatch("JPNGOV", "JPN", "GOV")]
        : [ActorMatch.Unknown]);

    [Fact]
    public void An_apposition_anywhere_in_the_cluster_codes_the_person()
    {
        var document = ParsedDocument.Build("""
            Shigeru Shigeru PROPN 7 nsubj
            Kitamura Kitamura PROPN 1 flat
            , , PUNCT 6 punct
            a a DET 6 det
            Japanese Japanese ADJ 6 amod
            official official NOUN 1 appos
            arrived arrive VERB 0 root

            Kitamura Kitamura PROPN 2 nsubj
            left leave VERB 0 root
            """);
        document.Entities.Add(new EntityRecord { Start = 0, End = 16, Text = "Shigeru Kitamura", Type = "PER", Cluster = 4 });
        var second = document.Text.LastIndexOf("Kitamura", StringComparison.Ordinal);
        document.Entities.Add(new EntityRecord { Start = second, End = second + 8, Text = "Kitamura", Type = "PER", Sentence = 1, Cluster = 4 });

        Linker.Process(document);

        var actor = Assert.Single(document.Actors);
        Assert.Equal((4, "Shigeru Kitamura", "JPN"), (actor.Cluster, actor.Name, actor.Code));
        Assert.Equal(2, actor.Mentions.Count);
    }

    [Fact]
    public void Resolution_uses_the_publication_date_and_skips_unknown_clusters()
    {
        var document = ParsedDocument.Build("""
            Abe Abe PROPN 2 nsubj
            spoke speak VERB 0 root
            to to ADP 4 case
            Smith Smith PROPN 2 obl
            """, published: "2018-08-29");
        document.Entities.Add(new EntityRecord { Start = 0, End = 3, Text = "Abe", Type = "PER" });
        document.Entities.Add(new EntityRecord { Start = 13, End = 18, Text = "Smith", Type = "PER" });

        Linker.Process(document);

        var actor = Assert.Single(document.Actors);
        Assert.Equal(("JPNGOV", "GOV"), (actor.Code, actor.Sector));
    }
}
