namespace Parley.Events.Times;

/// <summary>Calendar units that relative time expressions count in.</summary>
internal enum TimeUnit
{
    None,
    Day,
    Week,
    Weekend,
    Month,
    Year,
    Decade,
    Century,
}
