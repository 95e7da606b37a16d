namespace Parley.Core;

/// <summary>
/// Names of the annotation layers a <see cref="Document"/> can carry. Pipeline components declare
/// which layers they require and which they assign; <see cref="Pipeline"/> checks the order once, when built.
/// </summary>
public static class Annotations
{
    /// <summary>The cleaned text itself; every document has it.</summary>
    public const string Text = "text";

    /// <summary>Token offsets (<see cref="Document.TokenCount"/>, <see cref="Document.GetTokenStart"/>).</summary>
    public const string Tokens = "tokens";

    /// <summary>Sentence boundaries over tokens, with paragraph ids.</summary>
    public const string Sentences = "sentences";

    /// <summary>Universal POS and Penn Treebank tags.</summary>
    public const string Tags = "tags";

    /// <summary>Lemmas.</summary>
    public const string Lemmas = "lemmas";

    /// <summary>Dependency heads and relations.</summary>
    public const string Dependencies = "deps";

    /// <summary>Named-entity spans.</summary>
    public const string Entities = "entities";

    /// <summary>Coreference clusters.</summary>
    public const string Coreference = "coref";

    /// <summary>Actors resolved to codes.</summary>
    public const string Actors = "actors";

    /// <summary>Time expressions.</summary>
    public const string Times = "times";

    /// <summary>Direct and indirect quotations.</summary>
    public const string Quotes = "quotes";

    /// <summary>Outlets cited by the article.</summary>
    public const string Citations = "citations";

    /// <summary>Coded events.</summary>
    public const string Events = "events";
}
