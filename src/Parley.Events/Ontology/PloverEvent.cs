namespace Parley.Events.Ontology;

/// <summary>PLOVER event categories. <see cref="PloverEvents.Name"/> gives the upper-case name used in records.</summary>
public enum PloverEvent
{
    /// <summary>The CAMEO code has no PLOVER counterpart (most 01 statements).</summary>
    None = 0,
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}
