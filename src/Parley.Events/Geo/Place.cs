namespace Parley.Events.Geo;

/// <summary>A gazetteer entry: a country, capital, city or region with its country and coordinates.</summary>
public sealed record Place
{
    /// <summary>Canonical English name (<c>"Ho Chi Minh City"</c>, not the alias that matched).</summary>
    public required string Name { get; init; }

    public PlaceKind Kind { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code of the country (for a country, its own code).</summary>
    public required string Country { get; init; }

    /// <summary>Latitude in decimal degrees, north positive (a centroid for countries).</summary>
    public double Lat { get; init; }

    /// <summary>Longitude in decimal degrees, east positive.</summary>
    public double Lon { get; init; }

    /// <summary>Other names the place goes by (<c>"Saigon"</c>), without the canonical one.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
