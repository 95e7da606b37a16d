namespace Parley.Training.Parsing;

/// <summary>One sentence prepared for the parser: word and tag hashes and gold arcs, all indexed 1..n.</summary>
/// <param name="Words">Word hashes (index 0 unused).</param>
/// <param name="Tags">Tag hashes of the (predicted) tags.</param>
/// <param name="Heads">Gold heads (0 = root).</param>
/// <param name="Labels">Gold label ids.</param>
public sealed record ParseExample(ulong[] Words, ulong[] Tags, int[] Heads, int[] Labels);
