namespace Parley.Store;

/// <summary>One period of a dyad timeline: asserted events only.</summary>
public sealed record DyadPoint
{
    /// <summary>First day of the period.</summary>
    public DateOnly Period { get; init; }
    public int Events { get; init; }
    public double GoldsteinSum { get; init; }

    /// <summary>Mean Goldstein value, 0 when the period has no event.</summary>
    public double GoldsteinMean => Events == 0 ? 0 : GoldsteinSum / Events;

    /// <summary>Events per QuadClass: index 0 = verbal cooperation (1), … index 3 = material conflict (4).</summary>
    public IReadOnlyList<int> QuadClasses { get; init; } = [0, 0, 0, 0];
}
