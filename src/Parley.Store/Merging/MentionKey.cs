namespace Parley.Store.Merging;

/// <summary>
/// What decides whether two event mentions report the same real-world event: the directed country
/// dyad, the CAMEO root code, the modality, the date interval and the place.
/// </summary>
public sealed record MentionKey
{
    /// <summary>Unknown actor code; a mention with an unknown source never merges.</summary>
    public const string Unknown = "---";

    public required string SourceCountry { get; init; }

    /// <summary>Target country, empty when the event has no target.</summary>
    public required string TargetCountry { get; init; }
    public required string Root { get; init; }
    public required string Modality { get; init; }

    /// <summary>The event date (or, when the text gives none, the publication date); null when neither is known.</summary>
    public DateInterval? Date { get; init; }
    public string? PlaceCountry { get; init; }
    public string? PlaceText { get; init; }

    /// <summary>
    /// Same source/target countries, root code and modality; compatible dates; and compatible places
    /// (either unknown, same country when both have one, otherwise the same name).
    /// </summary>
    public bool IsCompatibleWith(MentionKey other)
    {
        if (SourceCountry == Unknown || other.SourceCountry == Unknown || Date is not { } date || other.Date is not { } otherDate)
        {
            return false;
        }

        if (SourceCountry != other.SourceCountry || TargetCountry != other.TargetCountry || Root != other.Root || Modality != other.Modality)
        {
            return false;
        }

        return date.IsCompatibleWith(otherDate) && PlacesCompatible(this, other);
    }

    /// <summary>The country part of an actor code (<c>JPNGOV</c> → <c>JPN</c>; <c>---</c> stays).</summary>
    public static string CountryOf(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return string.Empty;
        }

        return code.Length >= 3 ? code[..3].ToUpperInvariant() : code.ToUpperInvariant();
    }

    private static bool PlacesCompatible(MentionKey a, MentionKey b)
    {
        var aKnown = !string.IsNullOrEmpty(a.PlaceCountry) || !string.IsNullOrEmpty(a.PlaceText);
        var bKnown = !string.IsNullOrEmpty(b.PlaceCountry) || !string.IsNullOrEmpty(b.PlaceText);
        if (!aKnown || !bKnown)
        {
            return true;
        }

        if (!string.IsNullOrEmpty(a.PlaceCountry) && !string.IsNullOrEmpty(b.PlaceCountry))
        {
            return string.Equals(a.PlaceCountry, b.PlaceCountry, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(a.PlaceText?.Trim(), b.PlaceText?.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
