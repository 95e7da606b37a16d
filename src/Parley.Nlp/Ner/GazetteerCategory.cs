namespace Parley.Nlp.Ner;

/// <summary>The lists of the NER gazetteer. Values index bit groups in <see cref="Gazetteer.Match(IReadOnlyList{string}, Span{uint})"/>'s output; do not renumber.</summary>
public enum GazetteerCategory
{
    /// <summary>Given names.</summary>
    FirstName = 0,

    /// <summary>Family names.</summary>
    Surname = 1,

    /// <summary>Countries and territories.</summary>
    Country = 2,

    /// <summary>Cities, regions, continents.</summary>
    Place = 3,

    /// <summary>Nationality and group adjectives.</summary>
    Nationality = 4,

    /// <summary>Well-known organisations.</summary>
    Organisation = 5,

    /// <summary>Words that head or end organisation names.</summary>
    OrgWord = 6,

    /// <summary>Titles and honorifics before names.</summary>
    Title = 7,
}
