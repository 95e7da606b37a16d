using System.CommandLine;
using System.Globalization;

namespace Parley.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Published() =>
        new("--published") { Description = "Publication date (YYYY-MM-DD) used to resolve relative dates when the input gives none." };

    public static Option<int> MaxChars() =>
        new("--max-chars") { Description = "Largest accepted document in characters of text.", DefaultValueFactory = _ => 5_000_000 };

    /// <summary>Checks an ISO date given on the command line.</summary>
    public static string? CheckDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (!DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new CliException($"--published '{value}' is not a date; give it as YYYY-MM-DD, e.g. --published 2018-08-29");
        }

        return value;
    }
}
