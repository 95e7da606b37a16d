namespace Parley.Events.Actors;

/// <summary>What a normalised phrase in the lexicon points to.</summary>
internal enum LexemeKind : byte
{
    /// <summary>An <see cref="ActorEntry"/> by one of its names.</summary>
    Entry,

    /// <summary>A person's bare surname: used only when exactly one such person is in office.</summary>
    Surname,

    /// <summary>A <see cref="SectorWord"/>.</summary>
    Word,
}

/// <summary>A lexicon hit. <see cref="CaseSensitive"/> acronyms ("WHO", "US") match only in capitals;
/// <see cref="Capitalized"/> names need a capital first letter ("Chad", not "chad").</summary>
internal readonly record struct Lexeme(LexemeKind Kind, int Index, bool CaseSensitive, bool Capitalized);
