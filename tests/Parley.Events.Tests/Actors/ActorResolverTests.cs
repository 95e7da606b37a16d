using Parley.Events.Actors;

namespace Parley.Events.Tests.Actors;

public sealed class ActorResolverTests
{
    private static readonly ActorResolver Resolver = new(BuiltInKnowledgeBase.Instance);

    private static DateOnly? Day(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("a top Japanese intelligence official, Shigeru Kitamura", "2018-08-29", "JPNSPY")]
    [InlineData("senior U.S. officials", "2018-08-29", "USAGOV")]
    [InlineData("UN Secretary-General Antonio Guterres", "2024-09-10", "IGOUNO")]
    [InlineData("the Nigerian secretary general of the ministry", "2024-09-10", "NGAGOV")]
    [InlineData("the Kenyan attorney general", "2024-09-10", "KENJUD")]
    [InlineData("South Korean President Moon Jae-in", "2018-08-29", "KORGOV")]
    [InlineData("the Trump administration", "2018-08-29", "USAGOV")]
    [InlineData("the Obama administration", "2018-08-29", "USAGOV")]
    [InlineData("Kim Song Hye, a senior North Korean official in charge of reunification", "2018-08-29", "PRKGOV")]
    [InlineData("Secretary of State Mike Pompeo", "2018-08-29", "USAGOV")]
    [InlineData("Mike Pompeo", "2018-03-01", "USASPY")]
    [InlineData("Japan's Prime Minister, Shinzo Abe", "2018-08-29", "JPNGOV")]
    [InlineData("Shinzo Abe", "2018-08-29", "JPNGOV")]
    [InlineData("Shinzo Abe", "2022-08-01", "JPNELI")]
    [InlineData("Abe", "2018-08-29", "JPNGOV")]
    [InlineData("Tokyo", "2018-08-29", "JPNGOV")]
    [InlineData("Pyongyang", "2018-08-29", "PRKGOV")]
    [InlineData("the Kremlin", "2018-08-29", "RUSGOV")]
    [InlineData("the White House", "2018-08-29", "USAGOV")]
    [InlineData("Downing Street", "2018-08-29", "GBRGOV")]
    [InlineData("the Pentagon", "2018-08-29", "USAMIL")]
    [InlineData("a Japanese official", "2018-08-29", "JPNGOV")]
    [InlineData("Japan", "2018-08-29", "JPN")]
    [InlineData("North Korean troops", null, "PRKMIL")]
    [InlineData("South Korea's spy agency", null, "KORSPY")]
    [InlineData("Venezuelan opposition leaders", null, "VENOPP")]
    [InlineData("Kim Jong-un", "2018-06-12", "PRKGOV")]
    [InlineData("North Korean leader Kim Jong Un", "2018-06-12", "PRKGOV")]
    [InlineData("Moon", "2018-08-29", "KORGOV")]
    [InlineData("Moon Jae-in", "2023-01-01", "KORELI")]
    [InlineData("Donald Trump", "2019-01-01", "USAGOV")]
    [InlineData("Donald Trump", "2023-01-01", "USAELI")]
    [InlineData("Donald Trump", "2025-03-01", "USAGOV")]
    [InlineData("the United Nations", null, "IGOUNO")]
    [InlineData("the U.N. Security Council", null, "IGOUNO")]
    [InlineData("NATO", null, "IGOWSTNAT")]
    [InlineData("the IAEA", null, "IGOUNOIAE")]
    [InlineData("the European Union", null, "IGOEUREEC")]
    [InlineData("former South Korean President Park Geun-hye", "2018-08-29", "KORELI")]
    [InlineData("a former Japanese diplomat", null, "JPNELI")]
    [InlineData("a former North Korea nuclear negotiator", null, "---")]
    [InlineData("Joel Wit, a former North Korea nuclear negotiator", "2018-08-29", "USAELI")]
    [InlineData("officials", null, "---GOV")]
    [InlineData("the Japanese ambassador to China", null, "JPNGOV")]
    [InlineData("police in Tokyo", null, "JPNCOP")]
    [InlineData("Chinese Foreign Minister Wang Yi", "2018-08-29", "CHNGOV")]
    [InlineData("Russian Defense Minister Sergei Shoigu", "2020-01-01", "RUSGOV")]
    [InlineData("Ukrainian President Volodymyr Zelenskyy", "2023-01-01", "UKRGOV")]
    [InlineData("WHO", null, "IGOUNOHLHWHO")]
    [InlineData("US officials", null, "USAGOV")]
    [InlineData("British Prime Minister Theresa May", "2018-08-29", "GBRGOV")]
    [InlineData("Iranian rebels", null, "IRNREB")]
    [InlineData("anti-government protesters in Caracas", null, "VENOPP")]
    [InlineData("Israeli lawmakers", null, "ISRLEG")]
    [InlineData("the Japanese government", null, "JPNGOV")]
    [InlineData("Côte d'Ivoire", null, "CIV")]
    [InlineData("UN Secretary-General Antonio Guterres", "2018-08-29", "IGOUNO")]
    [InlineData("Hamas", null, "PSEREB")]
    [InlineData("the Taliban", "2010-01-01", "AFGREB")]
    [InlineData("the Taliban", "2023-01-01", "AFGGOV")]
    [InlineData("North Korea's official KCNA news agency", null, "PRKGOVMED")]
    [InlineData("Islamic State militants", null, "---INS")]
    [InlineData("officials in Pyongyang", null, "PRKGOV")]
    [InlineData("Seoul's unification ministry", null, "KORGOV")]
    [InlineData("the Obama administration's policy", "2018-08-29", "USAGOV")]
    [InlineData("Obama", "2018-08-29", "USAELI")]
    [InlineData("Kim Yo Jong, the sister of North Korean leader Kim Jong Un", "2018-08-29", "PRKGOV")]
    [InlineData("the head of South Korea's National Intelligence Service, Suh Hoon", "2018-08-29", "KORSPY")]
    [InlineData("Jeffrey Lewis, the director of the East Asia Nonproliferation Program at Middlebury", "2018-08-29", "USAEDU")]
    [InlineData("the director of the East Asia Nonproliferation Program at Middlebury", "2018-08-29", "USAEDU")]
    [InlineData("an American arms-control scholar", null, "USAEDU")]
    [InlineData("a senior fellow at Chatham House", null, "GBREDU")]
    [InlineData("a professor at Seoul National University", null, "KOREDU")]
    [InlineData("analysts at the RAND Corporation", null, "USAEDU")]
    [InlineData("Defense Minister Hulusi Akar", "2020-01-01", "TURGOV")]
    [InlineData("Saudi Defence Minister Khalid bin Salman", "2023-06-01", "SAUGOV")]
    [InlineData("Vladimir Padrino Lopez", "2019-02-01", "VENGOV")]
    [InlineData("Nasser Judeh", "2012-01-01", "JORGOV")]
    [InlineData("Nasser Judeh", "2019-01-01", "JORELI")]
    [InlineData("Foreign Minister Sushma Swaraj", "2018-08-29", "INDGOV")]
    [InlineData("Mohammed bin Salman", "2023-01-01", "SAUGOV")]
    [InlineData("Queen Elizabeth II", "2018-08-29", "GBRGOV")]
    [InlineData("King Charles III", "2023-06-01", "GBRGOV")]
    [InlineData("a commercial ship in the Gulf of Aden", "2024-09-10", "---")]
    [InlineData("No country", "2024-09-10", "---")]
    [InlineData("the Paris indoor tournament", "2024-09-10", "FRA")]
    [InlineData("the Berlin Philharmonic", "2024-09-10", "---")]
    [InlineData("Washington Irving", "2024-09-10", "---")]
    [InlineData("the Alliance of Small Island States", "2024-09-10", "---")]
    [InlineData("the Arab States", "2024-09-10", "---")]
    [InlineData("Beijing's decision", "2024-09-10", "CHNGOV")]
    [InlineData("Moscow officials", "2024-09-10", "RUSGOV")]
    [InlineData("a tanker off the coast of Somalia", "2024-09-10", "---")]
    [InlineData("a Greek tanker in the Strait of Hormuz", "2024-09-10", "GRC")]
    public void Resolves_phrases_to_codes(string phrase, string? asOf, string expected)
    {
        var result = Resolver.Resolve(phrase, Day(asOf));
        Assert.Equal(expected, result.Code);
    }

    [Theory]
    [InlineData("North and South Korea", "PRK,KOR")]
    [InlineData("the Koreas", "PRK,KOR")]
    [InlineData("Japan and North Korea", "JPN,PRK")]
    [InlineData("Japanese and Chinese officials", "JPNGOV,CHNGOV")]
    [InlineData("the United States, Japan and South Korea", "USA,JPN,KOR")]
    public void Coordinations_give_one_actor_each(string phrase, string expected)
    {
        var result = Resolver.Resolve(phrase, null);
        Assert.Equal(expected, string.Join(',', result.Actors.Select(a => a.Code)));
    }

    [Fact]
    public void Metonym_keeps_the_country_for_locations()
    {
        var actor = Resolver.Resolve("Tokyo", null).Primary;
        Assert.Equal("JPNGOV", actor.Code);
        Assert.Equal("JPN", actor.Country);
        Assert.Equal("GOV", actor.Sector);
    }

    [Theory]
    [InlineData("Amnesty International", "NGOHRI")]
    [InlineData("the International Committee of the Red Cross", "NGOHLH")]
    [InlineData("Oxfam", "NGODEV")]
    public void Transnational_groups_take_the_NGO_block_and_no_country(string phrase, string code)
    {
        var actor = Resolver.Resolve(phrase, new DateOnly(2005, 1, 1)).Primary;
        Assert.Equal(code, actor.Code);
        Assert.Null(actor.Country);
        Assert.Equal(code[3..6], actor.Sector);
    }

    [Theory]
    [InlineData("the European Community", "IGOEUREEC")]
    [InlineData("UNITA", "AGOREB")]
    [InlineData("Up to 100 ethnic Albanians", "ALB")]
    [InlineData("Islamic fundamentalists", "---RAD")]
    [InlineData("hundreds of prisoners", "---CVL")]
    public void Groups_quantities_and_roles_resolve(string phrase, string code) =>
        Assert.Equal(code, Resolver.Resolve(phrase, new DateOnly(1995, 1, 1)).Code);

    [Fact]
    public void Lower_case_words_do_not_match_capitalised_names()
    {
        Assert.Equal("---", Resolver.Resolve("who", null).Code);
        Assert.Equal("---", Resolver.Resolve("the turkey", null).Code);
    }

    [Fact]
    public void Span_overload_gives_the_same_result()
    {
        var text = "South Korean President Moon Jae-in".AsSpan();
        var result = Resolver.Resolve(text, new DateOnly(2018, 8, 29), default);
        Assert.Equal("KORGOV", result.Code);
        Assert.Equal("Moon Jae-in", result.Primary.Name);
        Assert.Equal("Moon Jae-in", text[result.Primary.Start..result.Primary.End].ToString());
    }

    [Fact]
    public void Unknown_phrase_is_unknown()
    {
        var result = Resolver.Resolve("the weather", null);
        Assert.Equal("---", result.Code);
        Assert.False(result.Primary.IsKnown);
    }
}
