namespace Parley.Events.Actors;

/// <summary>
/// Helpers for CAMEO actor codes: a three-letter country, <c>IGO</c> (intergovernmental) or <c>NGO</c>
/// (transnational non-governmental) block, then three-letter blocks.
/// </summary>
public static class ActorCode
{
    /// <summary>The code of an unknown actor.</summary>
    public const string Unknown = "---";

    /// <summary>True for upper-case codes made of three-letter blocks (<c>JPN</c>, <c>JPNGOV</c>, <c>IGOUNO</c>, <c>---GOV</c>).</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> code)
    {
        if (code.Length < 3 || code.Length % 3 != 0)
        {
            return false;
        }

        var start = code.StartsWith(Unknown) ? 3 : 0;
        for (var i = start; i < code.Length; i++)
        {
            if (code[i] is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first block of intergovernmental organisations (<c>IGOUNO</c>).</summary>
    public const string Intergovernmental = "IGO";

    /// <summary>The first block of transnational non-governmental organisations (<c>NGOHRI</c> for Amnesty International).</summary>
    public const string NonGovernmental = "NGO";

    /// <summary>True for codes of organisations that belong to no one country: <c>IGO…</c> and <c>NGO…</c>.</summary>
    public static bool IsTransnational(string code) =>
        code.StartsWith(Intergovernmental, StringComparison.Ordinal) || code.StartsWith(NonGovernmental, StringComparison.Ordinal);

    /// <summary>The country block of <paramref name="code"/>, or null for IGO, NGO and unknown codes.</summary>
    public static string? CountryOf(string code) =>
        code.Length >= 3 && !IsTransnational(code) && !code.StartsWith(Unknown, StringComparison.Ordinal) ? code[..3] : null;

    /// <summary>The first sector block after the country or NGO block (<c>GOV</c> in <c>JPNGOV</c>, <c>HRI</c> in <c>NGOHRI</c>), or null.</summary>
    public static string? SectorOf(string code) =>
        code.StartsWith(Intergovernmental, StringComparison.Ordinal) || code.Length < 6 ? null : code.Substring(3, 3);
}
