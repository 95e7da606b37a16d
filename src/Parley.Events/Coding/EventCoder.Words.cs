using System.Collections.Frozen;

namespace Parley.Events.Coding;

/// <summary>
/// The word lists and small word tests behind the coder's argument checks: which verbs lend their subject to a noun
/// event, which nouns can act, visit, fight or be retreated from, which words are times, accusations, labour strikes
/// or namings. Kept apart from <see cref="EventCoder"/>'s matching code so the lists can be read and extended alone.
/// </summary>
public sealed partial class EventCoder
{
    private static readonly FrozenSet<string> TimeNouns = new[]
    {
        "day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "hour", "minute", "date",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Datelines of cities that host international bodies, whose officials are not the host country's.</summary>
    private static readonly FrozenSet<string> InternationalSeats = new[]
    {
        "BRUSSELS", "GENEVA", "NEW YORK", "UNITED NATIONS", "VIENNA", "THE HAGUE", "STRASBOURG", "LUXEMBOURG", "ADDIS ABABA", "NAIROBI",
        "VATICAN CITY", "ROME", "PARIS", "WASHINGTON", "MONTREAL", "JAKARTA",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sectors of armed actors, whose violence is no riot.</summary>
    private static readonly FrozenSet<string> ArmedSectors = new[] { "MIL", "REB", "UAF", "INS", "SPY" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What courts and litigants do with an appeal ("hear", "file", "lodge" …): a legal appeal, not CAMEO's 02.</summary>
    private static readonly FrozenSet<string> CourtAppealVerbs = new[]
    {
        "hear", "file", "lodge", "launch", "dismiss", "reject", "uphold", "win", "lose", "consider", "review", "grant", "deny", "submit", "withdraw",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs whose complement is denied, not asserted ("denied that …", "dismissed reports that …").</summary>
    private static readonly FrozenSet<string> DenialVerbs = new[]
    {
        "deny", "dismiss", "refute", "reject", "rebut", "dispute", "disavow",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns that carry a claim as their clause ("reports that …", "allegations that …").</summary>
    private static readonly FrozenSet<string> ClaimNouns = new[]
    {
        "report", "claim", "allegation", "accusation", "suggestion", "rumor", "rumour", "charge", "assertion", "speculation", "notion", "idea",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SupportVerbs = new[]
    {
        "begin", "start", "continue", "resume", "renew", "intensify", "escalate", "step", "launch", "conduct", "carry", "stage", "mount",
        "wage", "hold", "have", "make", "commit", "perpetrate", "order", "plan", "prepare", "organize", "organise", "lead", "pursue",
        "undertake", "complete", "finish", "expand", "extend", "maintain", "keep", "seek", "propose", "offer", "accept", "join", "attend",
        "host", "sign", "conclude", "reach", "ink", "seal", "give", "deliver", "pay", "send", "provide", "impose", "take", "do", "open",
        "end", "halt", "stop", "suspend", "break", "restart", "enter", "engage", "initiate", "announce", "threaten", "vow", "pledge", "promise",
        "arrange", "set", "schedule", "call", "demand", "request", "want", "need", "try", "attempt", "win", "secure", "grant",
        "allow", "approve", "authorize", "authorise", "receive", "get", "co-host", "co-sponsor", "sponsor", "broker", "mediate",
        "reimpose", "re-impose", "enforce", "introduce", "declare", "establish", "institute", "implement", "tighten", "use", "employ", "deploy",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Nouns for people and bodies that can do what a participle after them says.
    private static readonly FrozenSet<string> AgentNouns = new[]
    {
        "company", "firm", "business", "bank", "group", "party", "government", "ministry", "agency", "militia", "army", "force", "troop",
        "soldier", "rebel", "fighter", "militant", "insurgent", "protester", "demonstrator", "activist", "worker", "student", "resident",
        "official", "people", "man", "woman", "country", "nation", "state", "police", "organization", "organisation", "union", "movement",
        "alliance", "coalition", "member", "leader", "supporter", "lawmaker", "politician", "minister", "diplomat", "farmer", "trader",
        "investor", "lender", "buyer", "seller", "exporter", "importer", "producer", "manufacturer", "operator", "airline", "carrier",
        "refugee", "migrant", "civilian", "villager", "settler", "tribe", "clan", "faction", "gang", "cartel", "network", "authority",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotGround = new[]
    {
        "tournament", "race", "competition", "championship", "contest", "election", "match", "game", "event", "festival", "talk",
        "negotiation", "agreement", "deal", "treaty", "accord", "pact", "coalition", "program", "programme", "project", "market", "bid",
        "auction", "plan", "scheme", "league", "cup", "olympics", "show", "concert", "tour", "conference", "summit", "process", "fund",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotFighters = new[]
    {
        "share", "stock", "price", "index", "market", "currency", "rate", "bond", "yield", "slowdown", "recession", "downturn", "crisis",
        "storm", "hurricane", "typhoon", "cyclone", "earthquake", "quake", "flood", "flooding", "drought", "wildfire", "heatwave", "virus",
        "pandemic", "outbreak", "inflation", "demand", "sale", "profit", "loss", "economy", "tariff", "cost", "debt", "deficit", "scandal",
        "decision", "ruling", "law", "policy", "rule", "change", "news", "report", "shortage",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Things that "go to" a chamber, a court or a vote without being visitors.
    private static readonly FrozenSet<string> NonAgentNouns = new[]
    {
        "bill", "law", "legislation", "measure", "proposal", "case", "motion", "resolution", "appeal", "issue", "matter", "dispute",
        "decision", "text", "draft", "amendment", "budget", "plan", "money", "fund", "aid", "shipment", "cargo", "vote", "ballot",
        "question", "complaint", "petition", "request", "application", "report", "file", "document", "package", "deal", "treaty",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AccusationVerbs = new[] { "accuse", "blame", "charge", "suspect", "convict", "indict", "fault", "condemn", "criticize", "criticise", "denounce", "punish" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Months = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsTimeWord(ParseView view, int token)
    {
        var word = view.Lower(token);
        if (TemporalWords.Contains(word))
        {
            return true;
        }

        // A month is a proper noun ("in March"); "the march", "may" the modal are no times.
        return Months.Contains(word) ? view.Upos(token) == "PROPN" : view.Upos(token) == "NOUN" && TimeNouns.Contains(word);
    }

    private static bool IsLabourStrike(ParseView view, int strike)
    {
        foreach (var c in view.Children(strike))
        {
            if (view.Rel(c) is "amod" or "compound" or "nmod:poss" && view.Lemmas[c].ToLowerInvariant() is "general" or "nationwide" or "national" or "labour" or "labor"
                or "hunger" or "teacher" or "worker" or "rail" or "transport" or "doctor" or "nurse" or "wildcat" or "sympathy" or "one-day" or "24-hour"
                or "48-hour" or "day" or "indefinite" or "union" or "strike")
            {
                return true;
            }
        }

        return false;
    }

    // "called the agreement | a coalition of losers": a second noun phrase after the object names it.
    /// <summary>"a good day for Sweden": a time noun with "a"/"an" and no adverb ("a day later") is a description, not a time.</summary>
    private static bool IsIndefiniteNominal(ParseView view, int noun) =>
        view.Child(noun, "det") is var det and >= 0 && view.Lower(det) is "a" or "an" && view.Child(noun, "advmod") < 0;

    private static bool SecondNominal(ParseView view, int verb, int obj)
    {
        foreach (var c in view.Children(verb))
        {
            if (c > obj && view.Rel(c) is "obj" or "xcomp" or "iobj" or "dep" or "appos" or "obl:npmod" or "obl:unmarked" && view.Upos(c) is "NOUN" or "ADJ" or "PROPN" &&
                (!IsTimeWord(view, c) || IsIndefiniteNominal(view, c)))
            {
                return true;
            }
        }

        foreach (var c in view.Children(obj))
        {
            if (c > obj && view.Rel(c) is "appos" or "dep" && view.Upos(c) is "NOUN" or "ADJ" && !IsTimeWord(view, c))
            {
                return true;
            }
        }

        return false;
    }
}
