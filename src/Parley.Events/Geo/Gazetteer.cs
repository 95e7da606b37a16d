using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Parley.Core.Records;
using Parley.Events.Ontology;

namespace Parley.Events.Geo;

/// <summary>
/// Countries, capitals, large cities and regions with coordinates, found by name or alias
/// (format: <c>docs/formats/gazetteer.md</c>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Matching ignores case and a leading "the", and treats a typographic apostrophe as <c>'</c>;
/// all-capital aliases (<c>US</c>, <c>UK</c>, <c>DRC</c>) only match in capitals so that the pronoun
/// "us" is not the United States. Callers should pass place mentions (NER <c>LOC</c>/<c>GPE</c>
/// spans), not arbitrary words: some city names are also given names ("Charlotte").
/// When a name is ambiguous a country beats a capital, a capital beats a city, a city beats a region
/// ("Idlib" the city, not the governorate), and otherwise the
/// first line in the file wins; <see cref="FindAll"/> returns every reading.
/// </remarks>
public sealed class Gazetteer
{
    public const string CountriesResource = "Parley.Events.Data.gazetteer.countries.tsv";
    public const string CitiesResource = "Parley.Events.Data.gazetteer.cities.tsv";
    public const string RegionsResource = "Parley.Events.Data.gazetteer.regions.tsv";

    private const int MaxStackName = 256;

    private readonly FrozenDictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _folded;
    private readonly FrozenDictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly FrozenDictionary<string, Place> _countries;

    private Gazetteer(List<Place> places, Dictionary<string, List<Place>> folded, Dictionary<string, List<Place>> exact)
    {
        Places = places;
        _folded = Freeze(folded, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _exact = Freeze(exact, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _countries = places.Where(p => p.Kind == PlaceKind.Country)
            .ToFrozenDictionary(p => p.Country, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every entry: countries first, then cities, then regions, each in file order.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>Countries and territories by ISO alpha-3 code.</summary>
    public IReadOnlyCollection<Place> Countries => _countries.Values;

    public int Count => Places.Count;

    /// <summary>Loads the gazetteer compiled into Parley.Events.</summary>
    public static Gazetteer LoadBuiltIn()
    {
        using var countries = DataLines.OpenBuiltIn(CountriesResource);
        using var cities = DataLines.OpenBuiltIn(CitiesResource);
        using var regions = DataLines.OpenBuiltIn(RegionsResource);
        return Load(countries, cities, regions, "data/gazetteer/countries.tsv", "data/gazetteer/cities.tsv", "data/gazetteer/regions.tsv");
    }

    /// <summary>Loads and validates a countries file and a cities file (no regions).</summary>
    /// <exception cref="DataFormatException">A line is malformed; the message names file and line.</exception>
    public static Gazetteer Load(Stream countries, Stream cities, string countriesName = "countries", string citiesName = "cities") =>
        Load(countries, cities, null, countriesName, citiesName);

    /// <summary>Loads and validates a countries file, a cities file and optionally a regions file.</summary>
    /// <exception cref="DataFormatException">A line is malformed; the message names file and line.</exception>
    public static Gazetteer Load(
        Stream countries, Stream cities, Stream? regions, string countriesName = "countries", string citiesName = "cities", string regionsName = "regions")
    {
        var places = new List<Place>(1600);
        var capitals = new Dictionary<string, string>(StringComparer.Ordinal);
        var isoCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, f) in DataLines.Read(countries))
        {
            if (f.Length != 7)
            {
                throw new DataFormatException(countriesName, line,
                    $"expected 7 tab-separated fields (iso3, iso2, name, lat, lon, capital, aliases), found {f.Length}.");
            }

            if (f[0].Length != 3 || !f[0].All(char.IsAsciiLetterUpper))
            {
                throw new DataFormatException(countriesName, line, $"'{f[0]}' is not an ISO 3166-1 alpha-3 code; write three capital letters, e.g. VNM.");
            }

            if (!isoCodes.Add(f[0]))
            {
                throw new DataFormatException(countriesName, line, $"country {f[0]} is listed twice; keep one line per country.");
            }

            var (lat, lon) = Coordinates(f[3], f[4], countriesName, line);
            if (DataLines.Optional(f[5]) is { } capital)
            {
                capitals[f[0]] = capital;
            }

            places.Add(new Place { Name = f[2], Kind = PlaceKind.Country, Country = f[0], Lat = lat, Lon = lon, Aliases = DataLines.List(f[6]) });
        }

        var cityKeys = new HashSet<(string, string)>();
        foreach (var (line, f) in DataLines.Read(cities))
        {
            if (f.Length != 5)
            {
                throw new DataFormatException(citiesName, line,
                    $"expected 5 tab-separated fields (name, country, lat, lon, aliases), found {f.Length}.");
            }

            if (!isoCodes.Contains(f[1]))
            {
                throw new DataFormatException(citiesName, line, $"country '{f[1]}' of {f[0]} is not in {countriesName}; add the country first or fix the code.");
            }

            if (!cityKeys.Add((f[0], f[1])))
            {
                throw new DataFormatException(citiesName, line, $"{f[0]} ({f[1]}) is listed twice; keep one line per city.");
            }

            var (lat, lon) = Coordinates(f[2], f[3], citiesName, line);
            var kind = capitals.TryGetValue(f[1], out var capitalName) && capitalName == f[0] ? PlaceKind.Capital : PlaceKind.City;
            places.Add(new Place { Name = f[0], Kind = kind, Country = f[1], Lat = lat, Lon = lon, Aliases = DataLines.List(f[4]) });
        }

        if (regions is not null)
        {
            var regionKeys = new HashSet<(string, string)>();
            foreach (var (line, f) in DataLines.Read(regions))
            {
                if (f.Length != 5)
                {
                    throw new DataFormatException(regionsName, line,
                        $"expected 5 tab-separated fields (name, country, lat, lon, aliases), found {f.Length}.");
                }

                if (!isoCodes.Contains(f[1]))
                {
                    throw new DataFormatException(regionsName, line, $"country '{f[1]}' of {f[0]} is not in {countriesName}; add the country first or fix the code.");
                }

                if (!regionKeys.Add((f[0], f[1])))
                {
                    throw new DataFormatException(regionsName, line, $"{f[0]} ({f[1]}) is listed twice; keep one line per region.");
                }

                var (lat, lon) = Coordinates(f[2], f[3], regionsName, line);
                places.Add(new Place { Name = f[0], Kind = PlaceKind.Region, Country = f[1], Lat = lat, Lon = lon, Aliases = DataLines.List(f[4]) });
            }
        }

        foreach (var (iso, capital) in capitals)
        {
            if (!cityKeys.Contains((capital, iso)))
            {
                throw new DataFormatException(countriesName, 0, $"the capital of {iso}, '{capital}', has no line in {citiesName}; add it with its coordinates.");
            }
        }

        var folded = new Dictionary<string, List<Place>>(StringComparer.OrdinalIgnoreCase);
        var exact = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            Index(place.Name, place, folded, exact);
            foreach (var alias in place.Aliases)
            {
                Index(alias, place, folded, exact);
            }
        }

        return new Gazetteer(places, folded, exact);
    }

    /// <summary>Finds the best reading of a place name (see the type remarks for the order).</summary>
    public bool TryFind(ReadOnlySpan<char> name, [NotNullWhen(true)] out Place? place)
    {
        var all = FindAll(name);
        place = all.Count > 0 ? all[0] : null;
        return place is not null;
    }

    /// <summary>Every place the name can denote, best first; empty when none.</summary>
    public IReadOnlyList<Place> FindAll(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..].TrimStart();
        }

        if (name.IsEmpty)
        {
            return [];
        }

        if (name.Contains('\u2019') && name.Length <= MaxStackName)
        {
            Span<char> buffer = stackalloc char[name.Length];
            name.CopyTo(buffer);
            buffer.Replace('\u2019', '\'');
            return Lookup(buffer);
        }

        return Lookup(name);
    }

    /// <summary>The record's <c>location</c> for a place mention, or null when the name is unknown
    /// (pass as <c>EventCoderOptions.FindPlace</c>).</summary>
    public LocationRecord? FindLocation(string text) =>
        TryFind(text, out var place)
            ? new LocationRecord { Text = text, Country = place.Country, Lat = place.Lat, Lon = place.Lon }
            : null;

    /// <summary>A country or territory by ISO 3166-1 alpha-3 code (any case).</summary>
    public bool TryGetCountry(string iso3, [NotNullWhen(true)] out Place? country) =>
        _countries.TryGetValue(iso3, out country);

    private Place[] Lookup(ReadOnlySpan<char> name)
    {
        if (_folded.TryGetValue(name, out var places) || _exact.TryGetValue(name, out places))
        {
            return places;
        }

        return [];
    }

    private static void Index(string name, Place place, Dictionary<string, List<Place>> folded, Dictionary<string, List<Place>> exact)
    {
        var key = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
        var target = IsAcronym(key) ? exact : folded;
        if (!target.TryGetValue(key, out var list))
        {
            target[key] = list = [];
        }

        if (!list.Contains(place))
        {
            list.Add(place);
        }
    }

    // "US", "U.K.", "DRC": all letters capital and at most five of them.
    private static bool IsAcronym(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters is > 0 and <= 5;
    }

    private static FrozenDictionary<string, Place[]> Freeze(Dictionary<string, List<Place>> map, StringComparer comparer) =>
        map.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderBy(p => p.Kind).ToArray(), // OrderBy is stable: file order within a kind.
            comparer);

    private static (double Lat, double Lon) Coordinates(string lat, string lon, string source, int line)
    {
        if (!double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la) || la is < -90 or > 90
            || !double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo) || lo is < -180 or > 180)
        {
            throw new DataFormatException(source, line, $"coordinates '{lat}', '{lon}' are not decimal degrees (latitude -90..90, longitude -180..180).");
        }

        return (la, lo);
    }
}
