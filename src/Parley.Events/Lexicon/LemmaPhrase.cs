namespace Parley.Events.Lexicon;

/// <summary>
/// A lemma written in the lexicon: one word (<c>talk</c>) or a phrase joined by <c>_</c>
/// (<c>air_strike</c>, <c>human_rights_abuse</c>). The last word is the head lemma; every earlier word
/// must be the lemma of a dependent of the head (compound, amod, flat, nmod…) for the phrase to match.
/// </summary>
public sealed record LemmaPhrase
{
    public LemmaPhrase(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        Text = text;
        var parts = text.Split('_');
        Head = parts[^1];
        Modifiers = parts[..^1];
    }

    /// <summary>As written, e.g. <c>air_strike</c>.</summary>
    public string Text { get; }

    /// <summary>The head lemma, e.g. <c>strike</c>.</summary>
    public string Head { get; }

    /// <summary>Lemmas that must hang from the head, in written order, e.g. <c>air</c>.</summary>
    public IReadOnlyList<string> Modifiers { get; }

    public override string ToString() => Text;
}
