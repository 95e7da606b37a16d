namespace Parley.Events.Citations;

/// <summary>A news outlet or agency from the outlet list.</summary>
/// <param name="Name">Canonical name, as cited in records ("The Washington Post").</param>
/// <param name="Aliases">Names and abbreviations matched in text, case-sensitively ("Washington Post", "WaPo").</param>
/// <param name="Country">ISO 3166-1 alpha-3 code of the home country, <c>---</c> when none.</param>
/// <param name="Type">newspaper, agency, broadcaster, magazine, online, state-media or generic.</param>
public sealed record Outlet(string Name, IReadOnlyList<string> Aliases, string Country, string Type);
