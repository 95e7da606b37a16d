namespace Parley.Events.Actors;

/// <summary>How a word of the sector vocabulary acts in a phrase.</summary>
public enum SectorWordRole
{
    /// <summary>Names a sector ("officials", "troops", "spy agency").</summary>
    Sector,

    /// <summary>
    /// A role whose country noun is its subject matter, not its nationality: "a North Korea
    /// negotiator" is not North Korean, while "a North Korean negotiator" is.
    /// </summary>
    Topic,

    /// <summary>After a leader's name it means that leader's government ("the Trump administration").</summary>
    Administration,

    /// <summary>Marks a former holder ("former", "ex-"): the sector becomes ELI.</summary>
    Former,

    /// <summary>Ends the phrase for resolution ("who", "which", "in charge of").</summary>
    Stop,

    /// <summary>A preposition after which countries are targets, never nationality ("to", "with").</summary>
    Exclude,

    /// <summary>A preposition after which a country is used only if none came before ("of", "from", "in").</summary>
    Fallback,

    /// <summary>Skipped in front of names ("the", "a").</summary>
    Determiner,
}
