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
    [InlineData("Kharkiv", "Kharkiv", PlaceKind.City, "UKR")]
    [InlineData("Avdiivka", "Avdiivka", PlaceKind.City, "UKR")]
    [InlineData("Tyre", "Tyre", PlaceKind.City, "LBN")]
    [InlineData("El Geneina", "Geneina", PlaceKind.City, "SDN")]
    [InlineData("Bunia", "Bunia", PlaceKind.City, "COD")]
    [InlineData("Jabalia", "Jabalia", PlaceKind.City, "PSE")]
    [InlineData("Cap-Haïtien", "Cap-Haitien", PlaceKind.City, "HTI")]
    [InlineData("North Kivu", "North Kivu", PlaceKind.Region, "COD")]
    [InlineData("Nord-Kivu", "North Kivu", PlaceKind.Region, "COD")]
    [InlineData("Ituri", "Ituri", PlaceKind.Region, "COD")]
    [InlineData("Aragua", "Aragua", PlaceKind.Region, "VEN")]
    [InlineData("Darfur", "Darfur", PlaceKind.Region, "SDN")]
    [InlineData("the Gaza Strip", "Gaza Strip", PlaceKind.Region, "PSE")]
    [InlineData("the Kursk region", "Kursk Oblast", PlaceKind.Region, "RUS")]
    [InlineData("Rakhine State", "Rakhine", PlaceKind.Region, "MMR")]
    [InlineData("Idlib province", "Idlib Governorate", PlaceKind.Region, "SYR")]
    [InlineData("southern Lebanon", "South Lebanon", PlaceKind.Region, "LBN")]
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
        Assert.Equal(["PAK", "IND"], Places.FindAll("Punjab").Select(p => p.Country));
    }

    [Fact]
    public void A_city_beats_a_region_of_the_same_name()
    {
        Assert.True(Places.TryFind("Idlib", out var idlib));
        Assert.Equal(PlaceKind.City, idlib.Kind);
        Assert.Equal(PlaceKind.Region, Places.FindAll("Idlib province")[0].Kind);
        Assert.True(Places.TryFind("Tripoli", out var tripoli));
        Assert.Equal("LBY", tripoli.Country); // the capital beats Lebanon's Tripoli
    }

    [Theory]
    [InlineData("Karen")]
    [InlineData("Guerrero")]
    [InlineData("Mon")]
    [InlineData("Unity")]
    [InlineData("Afar")]
    public void Regions_named_like_common_words_need_their_suffix(string text) =>
        Assert.False(Places.TryFind(text, out _));

    [Fact]
    public void Coverage_and_coordinates()
    {
        var countries = Places.Places.Count(p => p.Kind == PlaceKind.Country);
        var cities = Places.Places.Count(p => p.Kind != PlaceKind.Country);
        Assert.True(countries >= 230, $"{countries} countries");
        var regions = Places.Places.Count(p => p.Kind == PlaceKind.Region);
        Assert.True(cities >= 1500, $"{cities} cities");
        Assert.True(regions >= 250, $"{regions} regions");
        Assert.True(Places.TryFind("Helmand", out var helmand));
        Assert.InRange(helmand.Lat, 29.5, 32.5);
        Assert.InRange(helmand.Lon, 62.5, 65.5);
        Assert.True(Places.TryFind("Cabo Delgado", out var caboDelgado));
        Assert.InRange(caboDelgado.Lat, -14, -10.5);
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

    [Theory]
    [InlineData("Darfur\tSDN\t13\t24.5\n", "regions.tsv:1: expected 5 tab-separated fields")]
    [InlineData("# r\nDarfur\tSND\t13\t24.5\t-\n", "regions.tsv:2: country 'SND' of Darfur is not in countries.tsv")]
    [InlineData("Darfur\tSDN\t113\t24.5\t-\n", "regions.tsv:1: coordinates '113', '24.5'")]
    [InlineData("Darfur\tSDN\t13\t24.5\t-\nDarfur\tSDN\t13\t24.5\t-\n", "regions.tsv:2: Darfur (SDN) is listed twice")]
    public void Malformed_region_files_are_reported_with_their_line(string regions, string expected)
    {
        var error = Assert.Throws<DataFormatException>(() => Gazetteer.Load(
            Stream("SDN\tSD\tSudan\t15\t30\t-\t-\n"), Stream(""), Stream(regions), "countries.tsv", "cities.tsv", "regions.tsv"));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Regions_load_from_a_stream_and_rank_below_cities()
    {
        var places = Gazetteer.Load(
            Stream("SDN\tSD\tSudan\t15\t30\tKhartoum\t-\n"), Stream("Khartoum\tSDN\t15.5\t32.5\t-\n"),
            Stream("Khartoum\tSDN\t15.6\t32.9\tKhartoum State\nDarfur\tSDN\t13\t24.5\t-\n"));
        Assert.Equal([PlaceKind.Capital, PlaceKind.Region], places.FindAll("Khartoum").Select(p => p.Kind));
        Assert.True(places.TryFind("khartoum state", out var state));
        Assert.Equal(PlaceKind.Region, state.Kind);
        Assert.Equal(4, places.Count);
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
