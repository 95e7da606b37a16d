using System.CommandLine;
using System.Globalization;

namespace Parley.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary><c>--parser fast|accurate</c>: the greedy parser (default) or the beam-search one.</summary>
    public static Option<string> Parser()
    {
        var option = new Option<string>("--parser")
        {
            Description = "fast: the greedy parser (default, about 5 times faster); accurate: the beam-search parser (models/en-parser-beam; higher attachment scores, see docs/accuracy.md).",
            DefaultValueFactory = _ => "fast",
        };
        option.AcceptOnlyFromAmong("fast", "accurate");
        return option;
    }

    /// <summary>Refuses a <c>--beam</c> width outside 1..256 (the widths a parser model may declare).</summary>
    public static void AcceptBeamWidths<T>(Option<T> beam) => beam.Validators.Add(r =>
    {
        if (r.GetValueOrDefault<T>() is int w && (w < 1 || w > 256))
        {
            r.AddError($"--beam must be between 1 and 256, not {w}.");
        }
    });

    /// <summary>Whether the <c>--parser</c> option asks for the beam-search parser.</summary>
    public static bool IsAccurate(System.CommandLine.ParseResult parse, Option<string> parser) => parse.GetValue(parser) == "accurate";

    public static Option<string?> Published() =>
        new("--published") { Description = "Publication date (YYYY-MM-DD) used to resolve relative dates when the input gives none." };

    public static Option<int> MaxChars() =>
        new("--max-chars") { Description = "Largest accepted document in characters of text.", DefaultValueFactory = _ => 5_000_000 };

    /// <summary>
    /// Checks an ISO publication date; the message names it as <paramref name="spelling"/> gives it ("--published X"
    /// on the command line, "published=X" over HTTP).
    /// </summary>
    public static string? CheckDate(string? value, string spelling = "--published {0}")
    {
        if (value is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (!DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            var given = string.Format(CultureInfo.InvariantCulture, spelling, value);
            var example = string.Format(CultureInfo.InvariantCulture, spelling, "2018-08-29");
            throw new CliException($"{given} is not a date; give it as YYYY-MM-DD, e.g. {example}");
        }

        return value;
    }
}
