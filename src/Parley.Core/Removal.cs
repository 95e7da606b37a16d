namespace Parley.Core;

/// <summary>A piece of page furniture dropped while cleaning, with why it was dropped.</summary>
/// <param name="Text">The removed text, as it stood in the input.</param>
/// <param name="Reason">A short kebab-case reason such as <c>share-widget</c> or <c>breadcrumb</c>.</param>
public sealed record Removal(string Text, string Reason);
