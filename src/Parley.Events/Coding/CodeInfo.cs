namespace Parley.Events.Coding;

/// <summary>What the coder needs to know about a CAMEO code.</summary>
public sealed record CodeInfo(string Code, string Root, string Name, int QuadClass, double Goldstein, string? PloverEvent, string? PloverMode);
