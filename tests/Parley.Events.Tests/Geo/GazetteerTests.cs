using System.Text;
using Parley.Events.Geo;
using Parley.Events.Ontology;

namespace Parley.Events.Tests.Geo;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Places = Gazetteer.LoadBuiltIn();

    private static Gazetteer FromText(string countries, string cities) =>
        Gazetteer.Load(
            new MemoryStream(Encoding.UTF8.GetBytes(countries)), new MemoryStream(Encoding.UTF8.GetBytes(cities)),
            "countries.tsv", "cities.tsv");

    [Theory]
    [InlineData("Vietnam", "Vietnam", PlaceKind.Country, "VNM")]
    [InlineData("Viet Nam", "Vietnam", PlaceKind.Country, "VNM")]
    [InlineData("Saigon", "Ho Chi Minh City", PlaceKind.City, "VNM")]
    [InlineData("Hanoi", "Hanoi", PlaceKind.Capital, "VNM")]
    [InlineData("tokyo", "Tokyo", PlaceKind.Capital, "JPN")]
    [InlineData("North Korea", "North Korea", PlaceKind.Country, "PRK")]
    [InlineData("DPRK", "North Korea", PlaceKind.Country, "PRK")]
    [InlineData("the Netherlands", "Netherlands", PlaceKind.Country, "NLD")]
    [InlineData("US", "United States", PlaceKind.Country, "USA")]
    [InlineData("U.S.", "United States", PlaceKind.Country, "USA")]
    [InlineData("Burma", "Myanmar", PlaceKind.Country, "MMR")]
    [InlineData("Côte d'Ivoire", "Ivory Coast", PlaceKind.Country, "CIV")]
    [InlineData("Cote d\u2019Ivoire", "Ivory Coast", PlaceKind.Country, "CIV")]
    [InlineData("Kiev", "Kyiv", PlaceKind.Capital, "UKR")]
    [InlineData("Bombay", "Mumbai", PlaceKind.City, "IND")]
    [InlineData("Washington", "Washington", PlaceKind.Capital, "USA")]
    [InlineData("  Pyongyang ", "Pyongyang", PlaceKind.Capital, "PRK")]
    public void Finds_places_by_name_and_alias(string text, string name, PlaceKind kind, string country)
    {
        Assert.True(Places.TryFind(text, out var place));
        Assert.Equal(name, place.Name);
        Assert.Equal(kind, place.Kind);
        Assert.Equal(country, place.Country);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("uk")]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData("the ")]
    public void Unknown_names_and_lower_case_acronyms_are_not_places(string text) =>
        Assert.False(Places.TryFind(text, out _));

    [Fact]
    public void Ambiguous_names_list_every_reading_best_first()
    {
        var all = Places.FindAll("Hyderabad");
        Assert.Equal(["IND", "PAK"], all.Select(p => p.Country));
        Assert.Equal("GEO", Places.FindAll("Georgia")[0].Country);
        Assert.Equal("CRI", Places.FindAll("San Jose")[0].Country);
    }

    [Fact]
    public void Coverage_and_coordinates()
    {
        var countries = Places.Places.Count(p => p.Kind == PlaceKind.Country);
        var cities = Places.Places.Count(p => p.Kind != PlaceKind.Country);
        Assert.True(countries >= 230, $"{countries} countries");
        Assert.True(cities >= 750, $"{cities} cities");
        Assert.True(Places.TryGetCountry("vnm", out var vietnam));
        Assert.InRange(vietnam.Lat, 8, 24);
        Assert.True(Places.TryFind("Singapore", out var singapore));
        Assert.Equal(PlaceKind.Country, singapore.Kind);
        Assert.True(Places.TryFind("Buenos Aires", out var ba));
        Assert.InRange(ba.Lat, -35, -34);
        Assert.InRange(ba.Lon, -59, -58);
        Assert.All(Places.Places, p => Assert.Matches("^[A-Z]{3}$", p.Country));
    }

    [Fact]
    public void Every_country_with_a_capital_has_it_as_a_capital_city()
    {
        var capitals = Places.Places.Where(p => p.Kind == PlaceKind.Capital).Select(p => p.Country).ToHashSet();
        Assert.True(capitals.Count >= 230, $"{capitals.Count} capitals");
        Assert.Contains("VAT", capitals);
    }

    [Fact]
    public void FindLocation_gives_the_record_location()
    {
        var location = Places.FindLocation("Saigon");
        Assert.NotNull(location);
        Assert.Equal("Saigon", location.Text);
        Assert.Equal("VNM", location.Country);
        Assert.Null(Places.FindLocation("Narnia"));
    }

    [Theory]
    [InlineData("VNM\tVN\tVietnam\t16\t106\tHanoi\n", "Hanoi\tVNM\t21\t105\t-\n", "countries.tsv:1: expected 7 tab-separated fields")]
    [InlineData("VN\tVN\tVietnam\t16\t106\tHanoi\t-\n", "", "countries.tsv:1: 'VN' is not an ISO 3166-1 alpha-3 code")]
    [InlineData("VNM\tVN\tVietnam\t96\t106\tHanoi\t-\n", "", "countries.tsv:1: coordinates '96', '106'")]
    [InlineData("VNM\tVN\tVietnam\t16\t106\tHanoi\t-\n", "# c\nHanoi\tVMN\t21\t105\t-\n", "cities.tsv:2: country 'VMN' of Hanoi is not in countries.tsv")]
    [InlineData("VNM\tVN\tVietnam\t16\t106\tHanoi\t-\n", "Hue\tVNM\t16\t107\t-\n", "the capital of VNM, 'Hanoi', has no line in cities.tsv")]
    [InlineData("VNM\tVN\tVietnam\t16\t106\t-\t-\n", "Hue\tVNM\t16\t107\t-\nHue\tVNM\t16\t107\t-\n", "cities.tsv:2: Hue (VNM) is listed twice")]
    public void Malformed_files_are_reported_with_their_line(string countries, string cities, string expected)
    {
        var error = Assert.Throws<DataFormatException>(() => FromText(countries, cities));
        Assert.Contains(expected, error.Message);
    }
}
