namespace Parley.Events.Ontology;

/// <summary>The four CAMEO quad classes, numbered as in GDELT.</summary>
public enum QuadClass
{
    /// <summary>Not a CAMEO event.</summary>
    None = 0,

    /// <summary>Roots 01–05.</summary>
    VerbalCooperation = 1,

    /// <summary>Roots 06–08.</summary>
    MaterialCooperation = 2,

    /// <summary>Roots 09–13.</summary>
    VerbalConflict = 3,

    /// <summary>Roots 14–20.</summary>
    MaterialConflict = 4,
}
