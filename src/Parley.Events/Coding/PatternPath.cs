namespace Parley.Events.Coding;

/// <summary>
/// A downward path of dependency relations from a trigger (<c>obj</c>, <c>obl:with</c>, <c>xcomp&gt;obj</c>,
/// <c>obj&gt;nmod:with</c>), matched by the <see cref="EventCoder"/> with the grammar of voice and control.
/// </summary>
public sealed record PatternPath
{
    private PatternPath(IReadOnlyList<PathStep> steps, string text)
    {
        Steps = steps;
        Text = text;
    }

    /// <summary>The steps from the trigger downwards; never empty.</summary>
    public IReadOnlyList<PathStep> Steps { get; }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>Reads a path written with <c>&gt;</c> between relations.</summary>
    public static PatternPath Parse(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return new PatternPath(text.Split('>').Select(PathStep.Parse).ToArray(), text);
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
