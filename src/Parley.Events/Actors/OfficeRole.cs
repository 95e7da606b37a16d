namespace Parley.Events.Actors;

/// <summary>
/// The standard offices an <c>office</c> line may declare it fills (<c>| head-of-state; head-of-government</c>),
/// so coverage can be counted across countries whose office names differ ("president", "emir", "chancellor").
/// </summary>
[Flags]
public enum OfficeRole
{
    /// <summary>No standard role (spokespeople, envoys, intelligence chiefs…).</summary>
    None = 0,

    /// <summary>Head of state: president, monarch, supreme leader.</summary>
    HeadOfState = 1,

    /// <summary>Head of government: prime minister, chancellor, premier, or an executive president.</summary>
    HeadOfGovernment = 2,

    /// <summary>Foreign minister (secretary of state, foreign secretary, external affairs minister).</summary>
    ForeignMinister = 4,

    /// <summary>Defence minister (secretary of defense, defence secretary).</summary>
    DefenceMinister = 8,

    /// <summary>All four standard roles.</summary>
    All = HeadOfState | HeadOfGovernment | ForeignMinister | DefenceMinister,
}
