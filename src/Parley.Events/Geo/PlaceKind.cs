namespace Parley.Events.Geo;

/// <summary>What a gazetteer entry names. When a name is ambiguous the lower value wins.</summary>
public enum PlaceKind
{
    /// <summary>A country or territory with an ISO 3166-1 code.</summary>
    Country = 0,

    /// <summary>The seat of government of a country or territory.</summary>
    Capital = 1,

    /// <summary>Any other city.</summary>
    City = 2,

    /// <summary>A province, state, governorate or other region inside a country ("North Kivu", "Darfur").</summary>
    Region = 3,
}
