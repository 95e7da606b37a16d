namespace Parley.Events.Petrarch;

/// <summary>What one element of a PETRARCH verb pattern stands for.</summary>
public enum PetrarchElementKind
{
    /// <summary>One word or phrase (<c>TALKS</c>, <c>{DIPLOMATIC TIES}</c>, <c>&amp;SET</c>), as slots of alternatives.</summary>
    Words,

    /// <summary><c>$</c>: the source actor stands here.</summary>
    Source,

    /// <summary><c>+</c>: the target actor stands here.</summary>
    Target,

    /// <summary><c>^</c>: skip one noun phrase.</summary>
    Skip,

    /// <summary><c>(PREP …)</c>: a prepositional phrase introduced by <see cref="PetrarchPatternElement.Preposition"/>.</summary>
    Phrase,
}
