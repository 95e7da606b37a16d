using Parley.Core;
using Parley.Events.Coreference;
using static Parley.Events.Tests.Coreference.CorefTestDocuments;

namespace Parley.Events.Tests.Coreference;

public sealed class CoreferenceResolverTests
{
    [Fact]
    public void FullName_Surname_AndTitlePlusSurname_ShareACluster()
    {
        var doc = Resolve(Build(
            "Helena Marsh arrived in Lisbon on Friday. Marsh met the mayor. Later Ms. Marsh flew home.",
            ("Helena Marsh", "PER"), ("Marsh", "PER"), ("Lisbon", "LOC")));
        var cluster = ClusterOf(doc, "Helena Marsh");
        Assert.Equal(cluster, ClusterOf(doc, "Marsh", 0));
        Assert.Equal(cluster, ClusterOf(doc, "Marsh", 1));
        Assert.NotEqual(cluster, ClusterOf(doc, "Lisbon"));
        Assert.All(doc.Entities.Where(e => e.Type == "PER"), e => Assert.Equal(cluster, e.Cluster));
        Assert.True(doc.Has(Annotations.Coreference));
    }

    [Fact]
    public void FamilyNameFirst_MatchesTheFirstToken()
    {
        var doc = Resolve(Build(
            "President Park Ji-ho of Koravia spoke on Monday. Mr. Park said the talks would go on.",
            ("Park Ji-ho", "PER"), ("Park", "PER"), ("Koravia", "LOC")));
        Assert.Equal(ClusterOf(doc, "Park Ji-ho"), ClusterOf(doc, "Park"));
        var name = doc.Mentions.First(m => m.Text == "Park Ji-ho");
        Assert.Equal("President", name.Descriptor?.Text);
    }

    [Fact]
    public void HeSaid_AfterAQuote_ResolvesToThePreviousSentencesSubject()
    {
        var doc = Resolve(Build(
            "Omar Haddad, a senior analyst at the Lakeside Institute, and a frequent critic of Governor Ruth Bell, doubted the plan. “I think the deal is fragile,” he said.",
            ("Omar Haddad", "PER"), ("Ruth Bell", "PER"), ("Lakeside Institute", "ORG")));
        Assert.Equal(ClusterOf(doc, "Omar Haddad"), PronounCluster(doc, "he", "fragile,”"));
    }

    [Fact]
    public void Pronoun_PrefersTheSubjectOfItsOwnSentence()
    {
        var doc = Resolve(Build(
            "Carlos Vega called off his visit, while Prime Minister Ines Duarte is pushing ahead with her plan.",
            ("Carlos Vega", "PER"), ("Ines Duarte", "PER")));
        Assert.Equal(ClusterOf(doc, "Carlos Vega"), PronounCluster(doc, "his", "called off"));
        Assert.Equal(ClusterOf(doc, "Ines Duarte"), PronounCluster(doc, "her", "pushing ahead"));
    }

    [Fact]
    public void Pronoun_OutsideAQuote_SkipsPersonsInsideIt()
    {
        var doc = Resolve(Build(
            "Nadia Okafor criticised the budget. “Nobody trusts Peter Lang on this,” she told reporters.",
            ("Nadia Okafor", "PER"), ("Peter Lang", "PER")));
        Assert.Equal(ClusterOf(doc, "Nadia Okafor"), PronounCluster(doc, "she", "on this,”"));
    }

    [Fact]
    public void Pronoun_ChainsAcrossSentences()
    {
        var doc = Resolve(Build(
            "Tom Reed spoke first. He said the vote was close. The delay, he explained, was his own fault.",
            ("Tom Reed", "PER")));
        var cluster = ClusterOf(doc, "Tom Reed");
        Assert.Equal(4, doc.Mentions.Count(m => m.Cluster == cluster));
        Assert.All(doc.Mentions.Where(m => m.Kind == "pronoun"), m => Assert.Equal(cluster, m.Cluster));
    }

    [Fact]
    public void Appositives_AfterAndBeforeTheName_ExposeTheirDescriptiveCore()
    {
        var doc = Resolve(Build(
            "The meeting took place between a top Freedonian intelligence official, Arno Kessler, and Lena Brandt, the director of the Harbor Trust, in May.",
            ("Arno Kessler", "PER"), ("Lena Brandt", "PER"), ("Harbor Trust", "ORG")));
        var kessler = doc.Mentions.Single(m => m.Kind == "appositive" && m.Cluster == ClusterOf(doc, "Arno Kessler"));
        Assert.Equal("a top Freedonian intelligence official", kessler.Text);
        Assert.Equal("Freedonian intelligence official", kessler.Descriptor?.Text);
        var brandt = doc.Mentions.Single(m => m.Kind == "appositive" && m.Cluster == ClusterOf(doc, "Lena Brandt"));
        Assert.Equal("the director of the Harbor Trust", brandt.Text);
        Assert.Equal("director of the Harbor Trust", brandt.Descriptor?.Text);
        Assert.Equal(brandt.Text, doc.Text[brandt.Start..brandt.End]);
    }

    [Fact]
    public void A_clause_after_a_comma_is_no_appositive_and_a_relative_clause_ends_one()
    {
        // "According to Harbor Radio, Freedonia shelled a school": the clause is no description of the outlet.
        var doc = Build(
            "According to Harbor Radio, Freedonia shelled a school. Lena Brandt, the director who runs the trust, resigned.",
            ("Harbor Radio", "ORG"), ("Freedonia", "LOC"), ("Lena Brandt", "PER"));
        var finite = new HashSet<string>(StringComparer.Ordinal) { "shelled", "runs", "resigned" };
        var xpos = Enumerable.Range(0, doc.TokenCount).Select(t => finite.Contains(doc.GetTokenSpan(t).ToString()) ? "VBD" : "NN").ToArray();
        doc.SetTags(xpos.Select(_ => "X").ToArray(), xpos);
        Resolve(doc);

        Assert.DoesNotContain(doc.Mentions, m => m.Kind == "appositive" && m.Cluster == ClusterOf(doc, "Harbor Radio"));
        var brandt = doc.Mentions.Single(m => m.Kind == "appositive" && m.Cluster == ClusterOf(doc, "Lena Brandt"));
        Assert.Equal("the director", brandt.Text);
    }

    [Fact]
    public void Appositive_WithACountryPossessive()
    {
        var doc = Resolve(Build(
            "Officials said Japan's Prime Minister, Shinzo Abe, will travel.",
            ("Japan", "LOC"), ("Shinzo Abe", "PER")));
        var appositive = doc.Mentions.Single(m => m.Kind == "appositive");
        Assert.Equal(ClusterOf(doc, "Shinzo Abe"), appositive.Cluster);
        Assert.Equal("Japan's Prime Minister", appositive.Text);
    }

    [Fact]
    public void DefiniteDescriptions_LinkToTheirAntecedent()
    {
        var doc = Resolve(Build(
            "The Ministry of Water in Veldor raised prices. The ministry said costs had doubled. Veldor is small, and the country imports most of its food.",
            ("Ministry of Water", "ORG"), ("Veldor", "LOC")));
        Assert.Equal(ClusterOf(doc, "Ministry of Water"), ClusterOf(doc, "The ministry"));
        Assert.Equal(ClusterOf(doc, "Veldor"), ClusterOf(doc, "the country"));
    }

    [Fact]
    public void A_bloc_or_a_commission_is_the_body_named_before()
    {
        var doc = Resolve(Build(
            "The Southern Trade Union imposed duties on Veldor. The bloc also froze talks. The Harbor Commission objected, and the commission said it would appeal.",
            ("Southern Trade Union", "ORG"), ("Veldor", "LOC"), ("Harbor Commission", "ORG")));
        Assert.Equal(ClusterOf(doc, "Southern Trade Union"), ClusterOf(doc, "The bloc"));
        Assert.Equal(ClusterOf(doc, "Harbor Commission"), ClusterOf(doc, "the commission"));
    }

    [Fact]
    public void TitleDescription_LinksToThePersonWithThatTitle()
    {
        var doc = Resolve(Build(
            "President Amara Diallo visited the port. Workers cheered when the president arrived.",
            ("Amara Diallo", "PER")));
        Assert.Equal(ClusterOf(doc, "Amara Diallo"), ClusterOf(doc, "the president"));
    }

    [Fact]
    public void Acronyms_JoinTheirFullName()
    {
        var doc = Resolve(Build(
            "The United States sent aid. U.S. officials said more would come.",
            ("United States", "LOC"), ("U.S.", "LOC")));
        Assert.Equal(ClusterOf(doc, "United States"), ClusterOf(doc, "U.S."));
    }

    [Fact]
    public void Clusters_GroupMentionsForTheActorLayer()
    {
        var doc = Resolve(Build(
            "Arno Kessler, a senior Freedonian diplomat, arrived. He met Lena Brandt.",
            ("Arno Kessler", "PER"), ("Lena Brandt", "PER")));
        var clusters = CorefCluster.FromMentions(doc.Mentions);
        var kessler = clusters.Single(c => c.Name == "Arno Kessler");
        Assert.Equal("PER", kessler.Type);
        Assert.Equal(3, kessler.Mentions.Count);
        Assert.Contains(kessler.Descriptors, d => d.Text == "Freedonian diplomat");
    }

    [Fact]
    public void NoEntities_NoMentions()
    {
        var doc = Resolve(Build("He said nothing at all."));
        Assert.Empty(doc.Mentions);
    }
}
