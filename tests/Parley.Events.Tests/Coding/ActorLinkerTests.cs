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

    [Fact]
    public void A_larger_nominal_about_someone_else_does_not_recode_the_country_in_it()
    {
        var linker = new ActorLinker((phrase, _, _) =>
            phrase.Contains("Stimson", StringComparison.Ordinal) ? [new ActorMatch("USAELI", "USA", "ELI")]
            : phrase == "North Korea" ? [new ActorMatch("PRK", "PRK", null)]
            : [ActorMatch.Unknown]);
        var document = ParsedDocument.Build("""
            a a DET 5 det
            former former ADJ 5 amod
            North North PROPN 4 compound
            Korea Korea PROPN 5 compound
            negotiator negotiator NOUN 8 nsubj
            at at ADP 7 case
            Stimson Stimson PROPN 5 nmod
            spoke speak VERB 0 root
            """);
        var start = document.Text.IndexOf("North", StringComparison.Ordinal);
        document.Entities.Add(new EntityRecord { Start = start, End = start + 11, Text = "North Korea", Type = "LOC" });

        linker.Process(document);

        Assert.Equal("PRK", Assert.Single(document.Actors).Code);
    }

    private static readonly ActorLinker Namesakes = new((phrase, _, _) =>
        phrase == "Peters" ? [new ActorMatch("NZLGOV", "NZL", "GOV")]
        : phrase == "Jens Stoltenberg" ? [new ActorMatch("IGOWSTNAT", null, null)]
        : phrase.StartsWith("General", StringComparison.Ordinal) ? [new ActorMatch("---MIL", null, "MIL")]
        : [ActorMatch.Unknown]);

    [Fact]
    public void A_surname_does_not_borrow_a_namesakes_code_from_the_knowledge_base()
    {
        var document = ParsedDocument.Build("""
            Dipuo Dipuo PROPN 3 nsubj
            Peters Peters PROPN 1 flat
            resigned resign VERB 0 root

            Peters Peters PROPN 2 nsubj
            left leave VERB 0 root
            """);
        document.Entities.Add(new EntityRecord { Start = 0, End = 12, Text = "Dipuo Peters", Type = "PER", Cluster = 1 });
        var second = document.Text.LastIndexOf("Peters", StringComparison.Ordinal);
        document.Entities.Add(new EntityRecord { Start = second, End = second + 6, Text = "Peters", Type = "PER", Sentence = 1, Cluster = 1 });

        Namesakes.Process(document);

        Assert.Empty(document.Actors);
    }

    [Fact]
    public void Who_someone_is_outweighs_a_sector_word_before_the_name()
    {
        // "Secretary-General Jens Stoltenberg": the "General" before the name is no military rank.
        var document = ParsedDocument.Build("""
            General General PROPN 2 compound
            Jens Jens PROPN 4 nsubj
            Stoltenberg Stoltenberg PROPN 2 flat
            spoke speak VERB 0 root
            """);
        document.Entities.Add(new EntityRecord { Start = 8, End = 24, Text = "Jens Stoltenberg", Type = "PER", Cluster = 2 });

        Namesakes.Process(document);

        Assert.Equal("IGOWSTNAT", Assert.Single(document.Actors).Code);
    }
}
