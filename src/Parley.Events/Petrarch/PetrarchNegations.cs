using System.Globalization;

namespace Parley.Events.Petrarch;

/// <summary>
/// What a negated verb codes as, read from PETRARCH's internal coding ontology file (PICO,
/// <c>PETR_Validate_Internal_Coding_Ontology_*.txt</c>): lines <c>CODE:VALUE#ALTERNATIVE#…</c> with
/// hexadecimal values; an alternative that adds <c>0xFFFF</c> to a value (<c>0xFFFF+0x0080</c>) says the
/// code is the negation of the code whose first value that is ("110 = not 050"). Negation works both
/// ways: "did not clash" (110) codes 050 and "did not restore ties" (050) codes 110. Immutable.
/// </summary>
public sealed class PetrarchNegations
{
    private readonly Dictionary<string, string> _negated;

    private PetrarchNegations(Dictionary<string, string> negated) => _negated = negated;

    /// <summary>Number of codes with a negation.</summary>
    public int Count => _negated.Count;

    /// <summary>Reads the ontology file; lines that are not <c>CODE:VALUE…</c> are ignored (the file mixes in notes).</summary>
    public static PetrarchNegations Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var primary = new Dictionary<long, string>();
        var negations = new List<(string Code, long Of)>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var text = line.Trim();
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (text.Length == 0 || text[0] == '#' || colon <= 0 || !text[..colon].All(char.IsAsciiLetterOrDigit))
            {
                continue;
            }

            var code = text[..colon];
            var alternatives = text[(colon + 1)..].Split('#');
            var first = Terms(alternatives[0]);
            if (first.Count > 0 && !first.Contains(0xFFFF))
            {
                primary.TryAdd(first[0], code);
            }

            foreach (var alternative in alternatives)
            {
                var terms = Terms(alternative);
                if (terms.Contains(0xFFFF) && terms.FirstOrDefault(t => t != 0xFFFF) is var of && of != 0)
                {
                    negations.Add((code, of));
                    break;
                }
            }
        }

        var negated = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, of) in negations)
        {
            if (primary.TryGetValue(of, out var positive) && positive != code)
            {
                negated.TryAdd(positive, code);
                negated.TryAdd(code, positive);
            }
        }

        return new PetrarchNegations(negated);
    }

    /// <summary>The code a negated verb with <paramref name="code"/> yields, or null when the ontology says nothing.</summary>
    public string? Negate(string code) => _negated.GetValueOrDefault(code);

    /// <summary>The hexadecimal terms of one alternative ("-0xFFFF+0x0070" → FFFF, 70); words after them are a comment.</summary>
    private static List<long> Terms(string alternative)
    {
        var terms = new List<long>();
        foreach (var part in alternative.Split('+', '-'))
        {
            var token = part.Trim().Split(' ', '\t')[0];
            if (token.StartsWith("0x", StringComparison.OrdinalIgnoreCase) &&
                long.TryParse(token.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            {
                terms.Add(value);
            }
        }

        return terms;
    }
}
