namespace Parley.Events.Actors;

/// <summary>What a named entry of the knowledge base stands for.</summary>
public enum ActorKind
{
    /// <summary>A state or territory by name ("Japan", "North Korea").</summary>
    Country,

    /// <summary>An adjective or demonym of a state ("Japanese", "U.S.") — always a nationality.</summary>
    CountryAdjective,

    /// <summary>A capital or seat of government used for its government ("Tokyo", "the Kremlin").</summary>
    Metonym,

    /// <summary>An intergovernmental organisation ("the United Nations").</summary>
    Organisation,

    /// <summary>A person with dated terms of office.</summary>
    Person,

    /// <summary>A name standing for several actors at once ("the Koreas").</summary>
    Group,

    /// <summary>An entry imported from a PETRARCH actor dictionary.</summary>
    Imported,
}
