namespace Parley.Events.Petrarch;

/// <summary>One coded event as the validation suite writes it: CAMEO code, source and target actor codes (<c>---</c> for none).</summary>
public sealed record PetrarchEvent(string Code, string Source, string Target)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Source} {Target}";
}
