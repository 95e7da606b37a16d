namespace Parley.Events.Ontology;

/// <summary>Conversions between <see cref="PloverEvent"/> and PLOVER's upper-case names.</summary>
public static class PloverEvents
{
    private static readonly string[] Names =
    [
        "", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    /// <summary>The upper-case PLOVER name (<c>"CONSULT"</c>); empty for <see cref="PloverEvent.None"/>.</summary>
    public static string Name(this PloverEvent value) => Names[(int)value];

    /// <summary>Parses an upper-case PLOVER name; <c>-</c> or empty gives <see cref="PloverEvent.None"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out PloverEvent value)
    {
        if (name.IsEmpty || name is "-")
        {
            value = PloverEvent.None;
            return true;
        }

        for (var i = 1; i < Names.Length; i++)
        {
            if (name.Equals(Names[i], StringComparison.OrdinalIgnoreCase))
            {
                value = (PloverEvent)i;
                return true;
            }
        }

        value = PloverEvent.None;
        return false;
    }
}
