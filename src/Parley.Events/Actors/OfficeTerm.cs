namespace Parley.Events.Actors;

/// <summary>
/// One term of office as written in the data, kept for validation and reporting.
/// <see cref="FromIsApproximate"/>/<see cref="ToIsApproximate"/> mark bounds written to the month or year only;
/// <see cref="Roles"/> are the standard offices the office line declares (none for most special offices).
/// </summary>
public sealed record OfficeTerm(
    string Country,
    string Office,
    string Person,
    DatedCode Term,
    bool OverlapAllowed,
    string Source,
    bool FromIsApproximate,
    bool ToIsApproximate,
    OfficeRole Roles = OfficeRole.None);
