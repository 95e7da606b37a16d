namespace Parley.Store;

/// <summary>The period a dyad timeline groups events by.</summary>
public enum TimeBucket
{
    Day,

    /// <summary>ISO weeks, starting on Monday.</summary>
    Week,
    Month,
}
