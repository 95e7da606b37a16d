using System.Collections.Frozen;

namespace Parley.Events.Quotes;

/// <summary>
/// Closed word lists for attribution: reporting verbs, words that make a quote a title, titles before
/// names, words that mark a capitalised run as an organisation or place, and nationality words with the
/// country they name (ISO 3166-1 alpha-3). Written for Parley; English only.
/// </summary>
internal static class QuoteLexicon
{
    private static readonly FrozenSet<string> CueVerbs = Set(
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "continued", "continues", "explained", "explains",
        "noted", "notes", "warned", "warns", "argued", "argues", "insisted", "insists", "stressed", "stresses", "wrote",
        "writes", "declared", "declares", "announced", "announces", "asked", "asks", "replied", "replies", "responded",
        "responds", "recalled", "recalls", "claimed", "claims", "acknowledged", "acknowledges", "admitted", "admits",
        "conceded", "concedes", "cautioned", "cautions", "suggested", "suggests", "observed", "observes", "remarked",
        "tweeted", "tweets", "posted", "maintained", "maintains", "quipped", "joked", "vowed", "vows", "promised",
        "promises", "pledged", "pledges", "urged", "urges", "demanded", "demands", "complained", "complains", "predicted",
        "predicts", "confirmed", "confirms", "denied", "denies", "emphasised", "emphasized", "emphasises", "emphasizes",
        "reiterated", "reiterates", "concluded", "concludes", "agreed", "agrees", "countered", "counters", "retorted",
        "shouted", "testified", "stated", "states", "alleged", "alleges", "boasted", "boasts", "lamented", "laments",
        "mused", "exclaimed", "whispered", "answered", "answers", "wondered", "asserted", "asserts", "contended",
        "contends", "elaborated", "reported", "reports", "wrote", "texted", "messaged", "informed", "assured", "reassured",
        "threatened", "threatens", "repeated", "repeats", "conceded", "speculated", "estimated", "predicted", "proclaimed", "proclaims");

    /// <summary>Verbs that attribute a quoted phrase inside a sentence but do not introduce a direct quote.</summary>
    private static readonly FrozenSet<string> FragmentVerbs = Set(
        "called", "calls", "described", "describes", "dubbed", "dubs", "termed", "terms", "labeled", "labelled", "labels",
        "branded", "brands", "accused", "accuses", "hailed", "hails", "praised", "praises", "condemned", "condemns",
        "criticized", "criticised", "criticizes", "criticises", "characterized", "characterised", "denounced", "denounces",
        "deemed", "slammed", "blasted", "welcomed", "welcomes", "rejected", "rejects", "dismissed", "dismisses", "urging",
        "saying", "writing", "promising", "warning", "vowing", "calling", "describing", "telling", "insisting", "arguing", "claiming",
        "ordered", "orders", "instructed", "instructs", "directed", "directs", "urged", "urges", "pledged", "pledges", "promised", "promises");

    /// <summary>Words right before a quote that make it a title or inscription, not speech.</summary>
    private static readonly FrozenSet<string> TitleCues = Set(
        "titled", "entitled", "headlined", "reading", "read", "reads", "slogan", "hashtag", "banner", "sign", "motto",
        "nicknamed", "named", "book", "film", "song", "album", "op-ed", "essay", "column", "headline", "chanting", "chanted");

    /// <summary>Nouns for people that head a descriptive speaker ("a shopkeeper in Doha", "one senior diplomat").</summary>
    private static readonly FrozenSet<string> PeopleNouns = Set(
        "official", "officials", "diplomat", "diplomats", "lawyer", "analyst", "analysts", "economist", "activist",
        "activists", "shopkeeper", "resident", "residents", "protester", "protesters", "commander", "soldier", "officer",
        "aide", "aides", "source", "sources", "lawmaker", "lawmakers", "candidate", "negotiator", "expert", "experts",
        "scholar", "journalist", "reporter", "pollster", "strategist", "scientist", "fellow", "researcher", "worker",
        "farmer", "student", "teacher", "doctor", "witness", "member", "members", "head", "man", "woman", "people",
        "voter", "voters", "critic", "critics", "supporter", "supporters", "organiser", "organizer", "campaigner",
        "veteran", "mother", "father", "son", "daughter", "wife", "husband", "sister", "brother", "colleague", "friend",
        "spokesperson", "representative", "delegate", "minister", "president", "premier", "king", "queen", "leader");

    private static readonly FrozenSet<string> Pronouns = Set("he", "she", "they", "it", "we", "i");

    private static readonly FrozenSet<string> SkipBeforeVerb = Set(
        "also", "later", "then", "has", "have", "had", "would", "will", "previously", "once", "again", "repeatedly",
        "recently", "earlier", "simply", "quickly", "flatly", "finally", "further", "just", "publicly", "privately",
        "himself", "herself", "themselves", "itself", "often", "always", "never", "only", "subsequently", "angrily",
        "calmly", "quietly", "firmly", "bluntly", "separately", "immediately", "first", "once", "has", "had", "is", "was");

    /// <summary>Words that may open a sentence or a clause but never start a name.</summary>
    private static readonly FrozenSet<string> FunctionWords = Set(
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "when", "while", "now", "after", "before", "as", "if",
        "asked", "speaking", "then", "so", "yet", "still", "this", "that", "these", "those", "his", "her", "their", "its",
        "our", "my", "your", "for", "from", "with", "without", "to", "of", "by", "during", "since", "until", "last",
        "next", "one", "another", "some", "many", "most", "several", "both", "all", "no", "not", "there", "here", "it",
        "he", "she", "they", "we", "i", "you", "what", "who", "why", "how", "where", "which", "per", "according",
        "although", "though", "because", "despite", "however", "meanwhile", "instead", "sure", "translation", "yesterday",
        "today", "tomorrow", "earlier", "later", "even", "just", "also", "over", "under", "among", "amid", "between",
        "senior", "former", "top", "new", "several", "two", "three", "four", "mr", "mrs", "ms", "dr");

    /// <summary>Titles and roles that can stand before a name ("Secretary of State Mike Pompeo").</summary>
    private static readonly FrozenSet<string> Titles = Set(
        "president", "prime", "minister", "secretary", "state", "foreign", "defense", "defence", "finance", "interior",
        "senator", "sen", "rep", "representative", "gov", "governor", "mayor", "chancellor", "general", "gen", "mr",
        "mrs", "ms", "dr", "sir", "lord", "lady", "king", "queen", "prince", "princess", "sheikh", "emir", "opposition",
        "leader", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director", "ambassador",
        "judge", "justice", "pope", "vice", "deputy", "chief", "commander", "admiral", "colonel", "col", "lt",
        "lieutenant", "sgt", "sergeant", "captain", "capt", "former", "speaker", "majority", "minority", "whip",
        "attorney", "congressman", "congresswoman", "councillor", "councilman", "premier", "secretary-general",
        "president-elect", "pastor", "rev", "reverend", "father", "imam", "rabbi", "cardinal", "bishop", "archbishop",
        "professor", "prof", "economy", "trade", "health", "education", "justice", "home", "energy", "environment",
        "labor", "labour", "agriculture", "transport", "security", "intelligence", "national", "adviser", "advisor",
        "envoy", "special", "representative", "ceo", "founder", "executive", "analyst", "democratic", "republican",
        "democrat", "conservative", "labour", "liberal", "senior", "top", "acting", "interim", "supreme", "crown",
        "field", "marshal", "brig", "maj", "major", "gov.", "delegate", "lawmaker", "legislator", "mp", "mep");

    /// <summary>Words that make a capitalised run an organisation, a place, an event or a document.</summary>
    private static readonly FrozenSet<string> NonPersonWords = Set(
        "korea", "states", "united", "kingdom", "union", "nations", "republic", "house", "senate", "congress",
        "parliament", "assembly", "council", "commission", "committee", "ministry", "department", "office", "agency",
        "bureau", "center", "centre", "institute", "institution", "university", "college", "school", "program",
        "programme", "foundation", "fund", "bank", "party", "front", "network", "group", "times", "post", "news",
        "radio", "television", "tv", "journal", "press", "court", "square", "street", "palace", "base", "airport",
        "hall", "kremlin", "pentagon", "avenue", "declaration", "summit", "agreement", "accord", "treaty",
        "convention", "forces", "army", "navy", "force", "guard", "police", "corporation", "company", "inc", "ltd",
        "island", "islands", "sea", "ocean", "river", "mountains", "east", "west", "north", "south", "middle", "asia",
        "europe", "africa", "america", "americas", "pacific", "atlantic", "gulf", "nonproliferation", "association",
        "organization", "organisation", "alliance", "coalition", "movement", "federation", "society", "church", "club",
        "airlines", "airways", "exchange", "market", "index", "review", "magazine", "channel", "service", "services",
        "authority", "administration", "government", "cabinet", "embassy", "consulate", "mission", "command", "room",
        "building", "tower", "prize", "award", "cup", "games", "olympics", "day", "eve", "war", "revolution", "act",
        "bill", "law", "constitution", "plan", "project", "initiative", "fair", "wall", "road", "city", "county",
        "province", "region", "district", "valley", "bay", "strait", "peninsula", "desert", "canal", "bridge", "port",
        "station", "hospital", "prison", "camp", "zone", "area", "province", "arabia", "emirates", "zealand", "kong",
        "lanka", "guinea", "herzegovina", "leone", "salvador", "rica", "verde", "faso", "coast", "timor", "sudan",
        "twitter", "facebook", "instagram", "youtube", "telegram", "tiktok", "google", "christmas", "easter", "ramadan",
        "brexit", "covid", "nato", "eu", "un", "who", "imf", "wto", "opec", "asean", "fbi", "cia", "isil", "isis",
        "daesh", "taliban", "hamas", "hezbollah", "fifa", "ioc", "mps", "reuters", "bloomberg", "ap", "afp",
        "conference", "meeting", "talks", "election", "elections", "referendum", "budget", "capital", "state",
        "states", "declaration", "deal", "nfl", "nba", "wwii", "ww2", "gop", "fed", "treasury", "white", "downing",
        "capitol", "chamber", "foundation", "trust", "watch", "international", "amnesty", "human", "rights", "global");

    /// <summary>Nationality adjectives and country names with their ISO 3166-1 alpha-3 code.</summary>
    private static readonly FrozenDictionary<string, string> Countries = Pairs(
        "afghan=AFG afghanistan=AFG albanian=ALB albania=ALB algerian=DZA algeria=DZA argentine=ARG " +
        "argentinian=ARG argentina=ARG armenian=ARM armenia=ARM australian=AUS australia=AUS austrian=AUT " +
        "austria=AUT azerbaijani=AZE azerbaijan=AZE bahraini=BHR bahrain=BHR bangladeshi=BGD bangladesh=BGD " +
        "belarusian=BLR belarus=BLR belgian=BEL belgium=BEL bolivian=BOL bolivia=BOL brazilian=BRA brazil=BRA " +
        "british=GBR britain=GBR bulgarian=BGR bulgaria=BGR burmese=MMR myanmar=MMR cambodian=KHM " +
        "cambodia=KHM canadian=CAN canada=CAN chilean=CHL chile=CHL chinese=CHN china=CHN colombian=COL " +
        "colombia=COL croatian=HRV croatia=HRV cuban=CUB cuba=CUB cypriot=CYP cyprus=CYP czech=CZE danish=DNK " +
        "denmark=DNK dutch=NLD netherlands=NLD egyptian=EGY egypt=EGY emirati=ARE estonian=EST estonia=EST " +
        "ethiopian=ETH ethiopia=ETH finnish=FIN finland=FIN french=FRA france=FRA georgian=GEO german=DEU " +
        "germany=DEU ghanaian=GHA ghana=GHA greek=GRC greece=GRC hungarian=HUN hungary=HUN indian=IND " +
        "india=IND indonesian=IDN indonesia=IDN iranian=IRN iran=IRN iraqi=IRQ iraq=IRQ irish=IRL ireland=IRL " +
        "israeli=ISR israel=ISR italian=ITA italy=ITA japanese=JPN japan=JPN jordanian=JOR jordan=JOR " +
        "kazakh=KAZ kazakhstan=KAZ kenyan=KEN kenya=KEN kuwaiti=KWT kuwait=KWT latvian=LVA latvia=LVA " +
        "lebanese=LBN lebanon=LBN libyan=LBY libya=LBY lithuanian=LTU lithuania=LTU malaysian=MYS " +
        "malaysia=MYS mexican=MEX mexico=MEX moroccan=MAR morocco=MAR nepali=NPL nepal=NPL nigerian=NGA " +
        "nigeria=NGA norwegian=NOR norway=NOR omani=OMN oman=OMN pakistani=PAK pakistan=PAK palestinian=PSE " +
        "peruvian=PER peru=PER filipino=PHL philippine=PHL philippines=PHL polish=POL poland=POL " +
        "portuguese=PRT portugal=PRT qatari=QAT qatar=QAT romanian=ROU romania=ROU russian=RUS russia=RUS " +
        "rwandan=RWA rwanda=RWA saudi=SAU serbian=SRB serbia=SRB singaporean=SGP singapore=SGP slovak=SVK " +
        "slovakia=SVK somali=SOM somalia=SOM spanish=ESP spain=ESP sudanese=SDN swedish=SWE sweden=SWE " +
        "swiss=CHE switzerland=CHE syrian=SYR syria=SYR taiwanese=TWN taiwan=TWN thai=THA thailand=THA " +
        "tunisian=TUN tunisia=TUN turkish=TUR turkey=TUR ukrainian=UKR ukraine=UKR american=USA " +
        "venezuelan=VEN venezuela=VEN vietnamese=VNM vietnam=VNM yemeni=YEM yemen=YEM zimbabwean=ZWE " +
        "zimbabwe=ZWE uzbek=UZB uzbekistan=UZB sri=LKA icelandic=ISL iceland=ISL mongolian=MNG mongolia=MNG " +
        "congolese=COD malian=MLI mali=MLI senegalese=SEN senegal=SEN ugandan=UGA uganda=UGA tanzanian=TZA " +
        "tanzania=TZA ecuadorian=ECU ecuador=ECU haitian=HTI haiti=HTI nicaraguan=NIC nicaragua=NIC " +
        "honduran=HND honduras=HND guatemalan=GTM guatemala=GTM slovenian=SVN slovenia=SVN moldovan=MDA " +
        "moldova=MDA macedonian=MKD bosnian=BIH kosovar=XKX kosovo=XKX montenegrin=MNE montenegro=MNE " +
        "luxembourg=LUX maltese=MLT malta=MLT kyrgyz=KGZ tajik=TJK turkmen=TKM eritrean=ERI eritrea=ERI " +
        "djiboutian=DJI angolan=AGO angola=AGO mozambican=MOZ mozambique=MOZ zambian=ZMB zambia=ZMB " +
        "namibian=NAM namibia=NAM botswana=BWA cameroonian=CMR cameroon=CMR chadian=TCD chad=TCD nigerien=NER " +
        "niger=NER ivorian=CIV liberian=LBR liberia=LBR sierra=SLE gambian=GMB paraguayan=PRY paraguay=PRY " +
        "uruguayan=URY uruguay=URY panamanian=PAN panama=PAN dominican=DOM jamaican=JAM jamaica=JAM " +
        "bhutanese=BTN laotian=LAO laos=LAO brunei=BRN fijian=FJI fiji=FJI ");

    /// <summary>Two-word country names whose first word alone means something else ("South Korea", "United States").</summary>
    private static readonly FrozenDictionary<string, string> CountryPairs = Pairs(
        "south_korea=KOR south_korean=KOR north_korea=PRK north_korean=PRK united_states=USA " +
        "united_kingdom=GBR saudi_arabia=SAU south_africa=ZAF south_african=ZAF new_zealand=NZL sri_lanka=LKA " +
        "sri_lankan=LKA hong_kong=HKG united_arab=ARE south_sudan=SSD el_salvador=SLV costa_rica=CRI " +
        "north_macedonia=MKD east_timor=TLS sierra_leone=SLE burkina_faso=BFA ivory_coast=CIV " +
        "czech_republic=CZE white_house=USA ");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CueLookup = CueVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FragmentLookup = FragmentVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleCueLookup = TitleCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleLookup = PeopleNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounLookup = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SkipLookup = SkipBeforeVerb.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionLookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonPersonLookup = NonPersonWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CountryLookup = Countries.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsCueVerb(ReadOnlySpan<char> w) => CueLookup.Contains(w);

    public static bool IsFragmentVerb(ReadOnlySpan<char> w) => FragmentLookup.Contains(w);

    public static bool IsTitleCue(ReadOnlySpan<char> w) => TitleCueLookup.Contains(w);

    public static bool IsPeopleNoun(ReadOnlySpan<char> w) => PeopleLookup.Contains(w);

    public static bool IsPronoun(ReadOnlySpan<char> w) => PronounLookup.Contains(w);

    public static bool IsSkippable(ReadOnlySpan<char> w) => SkipLookup.Contains(w);

    public static bool IsFunctionWord(ReadOnlySpan<char> w) => FunctionLookup.Contains(w);

    public static bool IsTitle(ReadOnlySpan<char> w) => TitleLookup.Contains(w);

    public static bool IsNonPerson(ReadOnlySpan<char> w) => NonPersonLookup.Contains(w) || CountryLookup.ContainsKey(w);

    public static string? Country(ReadOnlySpan<char> w) => CountryLookup.TryGetValue(w, out var c) ? c : null;

    public static string? CountryPair(string twoWords) => CountryPairs.TryGetValue(twoWords, out var c) ? c : null;

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses "key=value key=value …"; underscores in keys stand for spaces.</summary>
    private static FrozenDictionary<string, string> Pairs(string list)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            map[pair[..eq].Replace('_', ' ')] = pair[(eq + 1)..];
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
