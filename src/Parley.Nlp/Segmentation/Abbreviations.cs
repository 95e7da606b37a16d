using System.Collections.Frozen;

namespace Parley.Nlp.Segmentation;

/// <summary>
/// Abbreviations that keep their final period. Titles and name prefixes almost never end a sentence;
/// other abbreviations ("U.S.", "Inc.", "etc.") may, and the sentence splitter decides from context.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations (without the final period, lower case) that keep their period.</summary>
    public static readonly FrozenSet<string> All = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "gen", "gov", "rep", "reps", "rev", "hon", "pres", "sgt", "lt",
        "col", "capt", "cpt", "cmdr", "adm", "maj", "brig", "cpl", "pvt", "fr", "sr", "jr", "st", "mt", "ft",
        "messrs", "mme", "mlle", "amb", "supt", "insp", "det", "atty", "sec", "secy", "treas", "asst", "assoc",
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "dept", "univ", "govt", "assn", "intl", "natl",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "ch", "art", "sec", "para", "approx", "est",
        "vs", "etc", "al", "cf", "viz", "ca", "esp", "incl", "excl", "min", "max", "avg", "misc",
        "ave", "blvd", "rd", "hwy", "sq", "pl", "apt", "ste", "bldg",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
        "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
        "tex", "va", "vt", "wash", "wis", "wyo",
        "pop", "ont", "que", "sask", "alta", "oz", "lb", "lbs", "kg", "km", "yrs", "hrs", "mins", "secs", "ext", "tel", "attn", "approx", "dist",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Abbreviations that introduce a name or number and so never end a sentence.</summary>
    public static readonly FrozenSet<string> NeverFinal = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "gen", "gov", "rep", "reps", "rev", "hon", "pres", "sgt", "lt",
        "col", "capt", "cpt", "cmdr", "adm", "maj", "brig", "cpl", "pvt", "fr", "st", "mt", "ft", "messrs",
        "mme", "mlle", "amb", "supt", "insp", "det", "atty", "no", "nos", "vol", "vols", "p", "pp", "fig",
        "figs", "vs", "cf", "viz", "ca", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that very often start a sentence; after an ambiguous abbreviation they signal a boundary.</summary>
    public static readonly FrozenSet<string> SentenceStarters = new[]
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
        "but", "and", "or", "so", "yet", "in", "on", "at", "for", "as", "if", "when", "while", "after", "before",
        "his", "her", "its", "their", "our", "my", "some", "many", "most", "no", "not", "now", "then", "still",
        "however", "meanwhile", "also", "officials", "what", "why", "how", "who", "where", "both", "all",
    }.ToFrozenSet(StringComparer.Ordinal);
}
