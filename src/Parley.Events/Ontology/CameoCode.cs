namespace Parley.Events.Ontology;

/// <summary>One CAMEO event code with its place in the hierarchy, Goldstein value and PLOVER mapping.</summary>
public sealed record CameoCode
{
    /// <summary>Two to four digits with leading zeros (<c>"04"</c>, <c>"042"</c>, <c>"0841"</c>).</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>The two-digit root (<c>"04"</c>).</summary>
    public required string Root { get; init; }

    public QuadClass QuadClass { get; init; }

    /// <summary>Goldstein conflict–cooperation weight in [-10, 10] (GDELT's table).</summary>
    public double Goldstein { get; init; }

    public PloverEvent Plover { get; init; }

    /// <summary>PLOVER mode (<c>"visit"</c>, <c>"third-party"</c>, …) or null.</summary>
    public string? PloverMode { get; init; }

    /// <summary>PLOVER context (<c>"economic"</c>, <c>"military"</c>, …) or null.</summary>
    public string? PloverContext { get; init; }

    /// <summary>The code one level up (<c>"0841"</c> → <c>"084"</c> → <c>"08"</c>); null for a root.</summary>
    public string? Parent => Code.Length <= 2 ? null : Code[..^1];

    /// <summary>2 for a root, 3 or 4 for a child.</summary>
    public int Depth => Code.Length;

    public bool IsRoot => Code.Length == 2;
}
