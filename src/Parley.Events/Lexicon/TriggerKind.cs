namespace Parley.Events.Lexicon;

/// <summary>The part of speech of a lexicon entry's head word, as written in the second field of a line.</summary>
public enum TriggerKind
{
    /// <summary><c>verb</c>: a clause head (UPOS VERB).</summary>
    Verb,

    /// <summary><c>noun</c>: an event noun (UPOS NOUN), e.g. "summit".</summary>
    Noun,

    /// <summary><c>adj</c>: a predicate or attributive adjective (UPOS ADJ), e.g. "willing to".</summary>
    Adjective,

    /// <summary><c>aux</c>: an auxiliary (modality markers only).</summary>
    Auxiliary,

    /// <summary><c>adv</c>: an adverb (modality markers only).</summary>
    Adverb,

    /// <summary><c>part</c>: a particle such as "not" (modality markers only).</summary>
    Particle,

    /// <summary><c>det</c>: a determiner such as "no" (modality markers only).</summary>
    Determiner,

    /// <summary><c>sconj</c>: a subordinating conjunction such as "if" (modality markers only).</summary>
    Subordinator,
}
