namespace Parley.Events.Lexicon;

/// <summary>
/// A downward path of Universal Dependencies relations from a trigger, written with <c>&gt;</c>:
/// <c>obj</c>, <c>obl:with</c>, <c>obj&gt;nmod:with</c> (the <c>nmod:with</c> child of the object).
/// A relation subtype after <c>:</c> on <c>obl</c>, <c>nmod</c>, <c>advcl</c> and <c>acl</c> names the case
/// marker's lemma (<c>obl:with</c> = an <c>obl</c> child with a <c>case</c> child "with"), as in UD's
/// enhanced representation.
/// </summary>
public sealed record DependencyPath
{
    private DependencyPath(IReadOnlyList<string> steps, string text)
    {
        Steps = steps;
        Text = text;
    }

    /// <summary>Relations from the trigger downwards, e.g. <c>["obj", "nmod:with"]</c>.</summary>
    public IReadOnlyList<string> Steps { get; }

    public string Text { get; }

    /// <summary>Parses a path, or returns an explanation of what is wrong.</summary>
    internal static DependencyPath? TryParse(string text, out string? problem)
    {
        var steps = text.Split('>');
        foreach (var step in steps)
        {
            if (!UdRelations.IsValid(step, out problem))
            {
                return null;
            }
        }

        problem = null;
        return new DependencyPath(steps, text);
    }

    public override string ToString() => Text;
}
