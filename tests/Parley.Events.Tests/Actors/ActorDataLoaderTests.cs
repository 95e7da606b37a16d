using System.Text;
using Parley.Events.Actors;

namespace Parley.Events.Tests.Actors;

public sealed class ActorDataLoaderTests
{
    private const string Header = "sector GOV 10 | Government\nsector MIL 50 | Military\n";

    private static ActorDataException LoadError(string body)
    {
        var text = Header + body;
        return Assert.Throws<ActorDataException>(() => ActorKnowledgeBase.Load(new StringReader(text), "mine.txt"));
    }

    [Theory]
    [InlineData("colony XXX | Nowhere", 3, "unknown directive")]
    [InlineData("country XX | Nowhere", 3, "not a well-formed actor code")]
    [InlineData("country AAA | Alpha\noffice AAA president AAAGOV\n2001-13-01..2002 | Ann", 5, "not an ISO 8601 date")]
    [InlineData("country AAA | Alpha\noffice AAA president AAAGOV\n2005..2002 | Ann", 5, "ends before it starts")]
    [InlineData("2001..2002 | Ann", 3, "must follow an 'office' line")]
    [InlineData("country AAA | Alpha\noffice AAA president AAAXYZ", 4, "not a declared sector")]
    [InlineData("country AAA | Alpha\noffice AAA president BBBGOV", 4, "must start with its country")]
    [InlineData("country AAA | Alpha | | Alphan\ncountry BBB | Beta | Alpha", 4, "already names Alpha")]
    [InlineData("igo UNO | United Nations", 3, "must start with IGO")]
    [InlineData("words XYZ | things", 3, "not a declared sector")]
    [InlineData("words GOV | officials\ntopic GOV | officials", 4, "already defined at mine.txt:3")]
    [InlineData("group | the Alphas | AAA", 3, "two member codes")]
    public void Errors_name_the_file_and_line(string body, int line, string message)
    {
        var error = LoadError(body);
        Assert.Equal("mine.txt", error.File);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"mine.txt:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_file_can_extend_the_built_in_data()
    {
        const string mine = """
            # People we follow that the built-in data lacks.
            office JPN cabinet-spokesman JPNGOV overlap-ok
            2018-01-01..2019-12-31 | Hanako Yamada | ~Yamada
            person USAEDU | Robert Example | Bob Example
            """;
        var kb = ActorKnowledgeBase.CreateBuilder()
            .AddBuiltIn()
            .Add(new MemoryStream(Encoding.UTF8.GetBytes(mine)), "mine.txt")
            .Build();
        var resolver = new ActorResolver(kb);
        Assert.Equal("JPNGOV", resolver.Resolve("Yamada", new DateOnly(2018, 6, 1)).Code);
        Assert.Equal("JPNELI", resolver.Resolve("Hanako Yamada", new DateOnly(2021, 6, 1)).Code);
        Assert.Equal("USAEDU", resolver.Resolve("Bob Example", null).Code);
    }

    [Fact]
    public void Comments_blank_lines_and_month_precision_load()
    {
        const string data = """
            sector GOV 10 | Government   # the sector

            country AAA | Alpha | Alfa | Alphan; Alphans | Alphaville; Palace=GOV
            office AAA president AAAGOV
            2001-03..2004 | Ann Arbor   # month and year precision
            """;
        var kb = ActorKnowledgeBase.Load(new StringReader(data), "data.txt");
        var ann = Assert.Single(kb.Find("Ann Arbor"));
        Assert.Equal(new DateOnly(2001, 3, 1), ann.Terms[0].From);
        Assert.Equal(new DateOnly(2004, 12, 31), ann.Terms[0].To);
        var resolver = new ActorResolver(kb);
        Assert.Equal("AAAGOV", resolver.Resolve("the Palace", null).Code);
        Assert.Equal("AAA", resolver.Resolve("Alphan officials", null).Code); // no sector words declared in this file
    }

    [Fact]
    public void Built_in_resources_are_embedded()
    {
        var names = typeof(ActorKnowledgeBase).Assembly.GetManifestResourceNames();
        foreach (var file in new[] { "sectors.txt", "countries.txt", "organisations.txt", "leaders.txt", "ministers.txt" })
        {
            Assert.Contains("Parley.Events.Actors." + file, names);
        }
    }
}
