namespace Parley.Events.Coding;

/// <summary>An actor code with its country and sector parts.</summary>
public sealed record ActorMatch(string Code, string? Country, string? Sector)
{
    /// <summary>The unknown actor <c>---</c>.</summary>
    public static ActorMatch Unknown { get; } = new("---", null, null);

    /// <summary>True unless unknown.</summary>
    public bool IsKnown => Code != "---";
}
