using System.Text;

namespace Parley.Events.Actors;

/// <summary>
/// Resolves a noun phrase to CAMEO actor codes as of a date, from an <see cref="ActorKnowledgeBase"/>.
/// Immutable and thread-safe; each call allocates only small per-call buffers.
/// </summary>
/// <remarks>
/// Rules, in order (see <c>docs/formats/actors.md</c>):
/// <list type="number">
/// <item>A known person decides: the code of the term covering the date ("Mike Pompeo" in 2018-03 is
/// USASPY, in 2018-06 USAGOV). Outside every term the person is the country's ELI (former officials,
/// as CAMEO codes them) after a term, or plain country before one. "former"/"ex-" forces ELI. A
/// leader's name before "administration"/"government" is that country's GOV whatever the date.</item>
/// <item>A group ("the Koreas") gives each member.</item>
/// <item>Otherwise nationality: country names, possessives and adjectives ("Japan's", "Japanese"),
/// metonyms ("Tokyo", "the Kremlin") and organisations ("the UN"). Coordinated countries give one actor
/// each ("North and South Korea"). A country noun directly before a topic role ("a North Korea
/// negotiator") is the subject, not the nationality, and is ignored. Countries after "to", "with",
/// "against"… are targets and ignored; after "of", "from", "in" they count only when none came before.</item>
/// <item>The sector is the highest-priority sector word ("intelligence official" → SPY beats GOV),
/// else the metonym's sector. "former" turns it into ELI; with no country a former role is <c>---</c>.
/// A sector without country is <c>---SECTOR</c> (PETRARCH's convention).</item>
/// </list>
/// </remarks>
public sealed class ActorResolver(ActorKnowledgeBase knowledgeBase)
{
    private const string Elite = "ELI";
    private const string Government = "GOV";

    /// <summary>The knowledge base the resolver reads.</summary>
    public ActorKnowledgeBase KnowledgeBase { get; } = knowledgeBase;

    /// <summary>Resolves <paramref name="phrase"/> as of <paramref name="asOf"/> (the article's date).</summary>
    /// <param name="phrase">The noun phrase, e.g. "South Korean President Moon Jae-in".</param>
    /// <param name="asOf">Day the phrase speaks of; null uses each person's latest term.</param>
    /// <param name="head">Optional head word of the phrase; with appositions it picks the segment that holds it.</param>
    public ActorResolution Resolve(string phrase, DateOnly? asOf = null, string? head = null) =>
        Resolve(phrase.AsSpan(), asOf, head.AsSpan());

    /// <inheritdoc cref="Resolve(string, DateOnly?, string?)"/>
    public ActorResolution Resolve(ReadOnlySpan<char> phrase, DateOnly? asOf, ReadOnlySpan<char> head)
    {
        var tokens = new List<PhraseToken>(16);
        var normBuilder = new StringBuilder(phrase.Length + 8);
        PhraseTokenizer.Tokenize(phrase, tokens, normBuilder);
        if (tokens.Count == 0)
        {
            return ActorResolution.None;
        }

        var norm = normBuilder.ToString();
        var matches = Match(phrase, norm, tokens, asOf);
        if (matches.Count == 0)
        {
            return ActorResolution.None;
        }

        var headSegment = FindHeadSegment(head, phrase, tokens, matches);
        return Combine(phrase, norm, tokens, matches, asOf, headSegment);
    }

    private List<Hit> Match(ReadOnlySpan<char> phrase, string norm, List<PhraseToken> tokens, DateOnly? asOf)
    {
        var hits = new List<Hit>();
        var zone = Zone.Primary;
        var segment = 0;
        var former = false;
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].IsPunctuation)
            {
                var c = phrase[tokens[i].Start];
                if (c is not '&')
                {
                    segment++;
                    zone = Zone.Primary;
                    former = false;
                }

                i++;
                continue;
            }

            var found = false;
            var limit = Math.Min(KnowledgeBase.MaxPhraseTokens, tokens.Count - i);
            for (var n = limit; n >= 1 && !found; n--)
            {
                var last = i + n - 1;
                if (HasPunctuation(tokens, i, last))
                {
                    continue;
                }

                var key = norm.AsSpan(tokens[i].NormStart, tokens[last].NormEnd - tokens[i].NormStart);
                if (!KnowledgeBase.TryLookup(key, out var lexemes))
                {
                    continue;
                }

                var choice = Choose(lexemes, phrase, norm, tokens, i, last, asOf);
                if (choice is not { } lexeme)
                {
                    continue;
                }

                found = true;
                if (lexeme.Kind == LexemeKind.Word)
                {
                    var word = KnowledgeBase.Words[lexeme.Index];
                    switch (word.Role)
                    {
                        case SectorWordRole.Stop:
                            return hits;
                        case SectorWordRole.Exclude:
                            zone = Zone.Excluded;
                            break;
                        case SectorWordRole.Fallback:
                            if (zone == Zone.Primary)
                            {
                                zone = Zone.Fallback;
                            }

                            break;
                        case SectorWordRole.Former:
                            former = true;
                            break;
                        case SectorWordRole.Determiner:
                            break;
                        default:
                            hits.Add(new Hit(lexeme, i, last, segment, zone, former));
                            break;
                    }
                }
                else
                {
                    hits.Add(new Hit(lexeme, i, last, segment, zone, former));
                }

                i = last + 1;
            }

            if (!found)
            {
                i++;
            }
        }

        return hits;
    }

    /// <summary>
    /// Picks the usable lexeme of a key: names need their capitals; a bare surname needs a unique holder in
    /// office on the date (else a unique person of that surname overall) and must not be part of a longer
    /// unknown name ("Kim Song Hye" is not Song Young-moo).
    /// </summary>
    private Lexeme? Choose(Lexeme[] lexemes, ReadOnlySpan<char> phrase, string norm, List<PhraseToken> tokens, int first, int last, DateOnly? asOf)
    {
        Lexeme? word = null;
        Lexeme? inOffice = null;
        Lexeme? anyone = null;
        int inOfficeCount = 0, anyoneCount = 0;
        foreach (var l in lexemes)
        {
            if (l.CaseSensitive && !AllCapitals(phrase, tokens, first, last))
            {
                continue;
            }

            if (l.Capitalized && char.IsLower(phrase[tokens[first].Start]))
            {
                continue;
            }

            switch (l.Kind)
            {
                // "Washington Irving", "Paris Hilton": a capital next to an unknown capitalised word is part of another name.
                case LexemeKind.Entry when first == last && KnowledgeBase.Entries[l.Index].Kind == ActorKind.Metonym && PartOfLongerName(phrase, norm, tokens, first, last):
                    continue;
                case LexemeKind.Entry:
                    return l;
                case LexemeKind.Word:
                    word ??= l;
                    break;
                case LexemeKind.Surname:
                    anyoneCount++;
                    anyone = l;
                    if (asOf is null || InOffice(KnowledgeBase.Entries[l.Index], asOf.Value))
                    {
                        inOfficeCount++;
                        inOffice = l;
                    }

                    break;
            }
        }

        if (anyoneCount > 0 && !PartOfLongerName(phrase, norm, tokens, first, last))
        {
            if (inOfficeCount == 1)
            {
                return inOffice;
            }

            if (inOfficeCount == 0 && anyoneCount == 1)
            {
                return anyone;
            }
        }

        return word;
    }

    /// <summary>True when a capitalised word that is not in the vocabulary touches the span.</summary>
    private bool PartOfLongerName(ReadOnlySpan<char> phrase, string norm, List<PhraseToken> tokens, int first, int last) =>
        IsUnknownName(phrase, norm, tokens, first - 1) || IsUnknownName(phrase, norm, tokens, last + 1);

    private bool IsUnknownName(ReadOnlySpan<char> phrase, string norm, List<PhraseToken> tokens, int t)
    {
        if (t < 0 || t >= tokens.Count || tokens[t].IsPunctuation || !char.IsUpper(phrase[tokens[t].Start]))
        {
            return false;
        }

        if (!KnowledgeBase.TryLookup(norm.AsSpan(tokens[t].NormStart, tokens[t].NormLength), out var lexemes))
        {
            return true;
        }

        foreach (var l in lexemes)
        {
            if (l.Kind is LexemeKind.Word or LexemeKind.Entry)
            {
                return false;
            }
        }

        return true;
    }

    private ActorResolution Combine(ReadOnlySpan<char> phrase, string norm, List<PhraseToken> tokens, List<Hit> hits, DateOnly? asOf, int headSegment)
    {
        // 1. People.
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];
            if (hit.Zone == Zone.Excluded || hit.Lexeme.Kind == LexemeKind.Word)
            {
                continue;
            }

            var entry = KnowledgeBase.Entries[hit.Lexeme.Index];
            if (entry.Kind != ActorKind.Person || headSegment >= 0 && hit.Segment != headSegment && HasNationalityIn(hits, headSegment))
            {
                continue;
            }

            if (h + 1 < hits.Count && hits[h + 1].First == hit.Last + 1 && IsWord(hits[h + 1], SectorWordRole.Administration) && entry.Country is { } c)
            {
                return Single(c + Government, c, Government, entry.Name, tokens, hit, false);
            }

            return Single(PersonCode(entry, asOf, hit.Former, out var isFormer), entry.Country, null, entry.Name, tokens, hit, isFormer);
        }

        // 2. Nationality, organisations, groups.
        var chosen = SelectCountries(phrase, norm, tokens, hits, headSegment, out var formerAll);
        var sectorHit = BestSector(hits, headSegment);
        string? sector = sectorHit is { } sh ? KnowledgeBase.Words[sh.Lexeme.Index].Code : null;
        var prefix = sectorHit is { } ph && KnowledgeBase.Words[ph.Lexeme.Index].IsPrefix;
        var former = formerAll || sectorHit is { Former: true };
        if (chosen.Count == 0)
        {
            if (sector is null)
            {
                return ActorResolution.None;
            }

            var code = former ? ActorCode.Unknown : ActorCode.Unknown + sector;
            return new ActorResolution([new ResolvedActor(code, null, former ? null : sector[..3], null, tokens[sectorHit!.Value.First].Start, tokens[sectorHit.Value.Last].End, former)]);
        }

        var actors = new List<ResolvedActor>(chosen.Count);
        foreach (var (entryIndex, hit, codeOverride) in chosen)
        {
            var entry = KnowledgeBase.Entries[entryIndex];
            var baseCode = codeOverride ?? entry.CodeAsOf(asOf) ?? entry.Country ?? ActorCode.Unknown;
            string code;
            if (entry.Kind == ActorKind.Metonym)
            {
                // "Tokyo said" is the government; a sector word in the phrase takes precedence. A capital that modifies
                // another word ("the Paris tournament", "the Berlin Philharmonic") only says where: the plain country.
                var country = entry.Country ?? baseCode[..3];
                code = sector is null && !former && ModifiesAnotherWord(phrase, hit, tokens, hits)
                    ? country
                    : country + (former ? Elite : sector ?? entry.MetonymSector ?? Government);
            }
            else if (entry.Kind == ActorKind.Organisation || ActorCode.IsTransnational(baseCode))
            {
                code = baseCode;
            }
            else if (former)
            {
                code = baseCode[..3] + Elite;
            }
            else if (sector is not null && baseCode.Length == 3)
            {
                code = prefix ? sector + baseCode : baseCode + sector;
            }
            else
            {
                code = baseCode;
            }

            actors.Add(new ResolvedActor(code, ActorCode.CountryOf(code) ?? entry.Country, ActorCode.SectorOf(code), entry.Name,
                tokens[hit.First].Start, tokens[hit.Last].End, former));
        }

        return new ActorResolution(actors);
    }

    private static readonly HashSet<string> NotModified = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "nor", "but", "'s", "’s", "s", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "is", "was", "has", "had",
        "will", "would", "said", "says", "who", "which", "that", "itself", "alone", "too", "also", "now", "then", "again", "officially",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotModifiedLookup = NotModified.GetAlternateLookup<ReadOnlySpan<char>>();

    // The word after the hit is a content word that belongs to no other hit: the hit is its modifier ("the Paris tournament").
    private static bool ModifiesAnotherWord(ReadOnlySpan<char> phrase, Hit hit, List<PhraseToken> tokens, List<Hit> hits)
    {
        var next = hit.Last + 1;
        if (next >= tokens.Count || tokens[next].IsPunctuation)
        {
            return false;
        }

        var word = phrase[tokens[next].Start..tokens[next].End];
        if (word.Length == 0 || !char.IsLetter(word[0]) || NotModifiedLookup.Contains(word))
        {
            return false;
        }

        foreach (var other in hits)
        {
            if (next >= other.First && next <= other.Last)
            {
                return false;
            }
        }

        return true;
    }

    private static ActorResolution Single(string code, string? country, string? sector, string name, List<PhraseToken> tokens, Hit hit, bool former) =>
        new([new ResolvedActor(code, country ?? ActorCode.CountryOf(code), sector ?? ActorCode.SectorOf(code), name, tokens[hit.First].Start, tokens[hit.Last].End, former)]);

    /// <summary>The person's code for the date; ELI after a term, the bare country before one.</summary>
    private static string PersonCode(ActorEntry person, DateOnly? asOf, bool former, out bool isFormer)
    {
        isFormer = former;
        var country = person.Country;
        if (former)
        {
            return country is null ? ActorCode.Unknown : country + Elite;
        }

        var code = person.CodeAsOf(asOf);
        if (code is not null)
        {
            return code;
        }

        if (asOf is { } day)
        {
            foreach (var t in person.Terms)
            {
                if (t.To is { } to && to < day)
                {
                    isFormer = true;
                    return country is null ? ActorCode.Unknown : country + Elite;
                }
            }
        }

        return country ?? ActorCode.Unknown;
    }

    private List<(int Entry, Hit Hit, string? Code)> SelectCountries(ReadOnlySpan<char> phrase, string norm, List<PhraseToken> tokens, List<Hit> hits, int headSegment, out bool former)
    {
        former = false;
        var result = new List<(int, Hit, string?)>();
        foreach (var zone in (ReadOnlySpan<Zone>)[Zone.Primary, Zone.Fallback])
        {
            var lastPossessive = LastPossessive(tokens, norm, hits, zone);
            for (var h = 0; h < hits.Count; h++)
            {
                var hit = hits[h];
                if (hit.Zone != zone || hit.Lexeme.Kind != LexemeKind.Entry || headSegment >= 0 && hit.Segment != headSegment)
                {
                    continue;
                }

                if (lastPossessive >= 0 && hit.Last < lastPossessive && CountryAfter(hits, lastPossessive, zone))
                {
                    continue; // "Japan's North Korean counterpart": the head's nationality follows the possessive.
                }

                var entry = KnowledgeBase.Entries[hit.Lexeme.Index];
                if (entry.Kind == ActorKind.Person)
                {
                    continue;
                }

                if (entry.Kind == ActorKind.Country && IsTopic(norm, tokens, hits, h))
                {
                    continue;
                }

                if (result.Count > 0 && !Coordinated(norm, tokens, hits, result[^1].Item2, hit))
                {
                    continue;
                }

                if (entry.Members.Count > 1)
                {
                    foreach (var member in entry.Members)
                    {
                        result.Add((hit.Lexeme.Index, hit, member));
                    }

                    continue;
                }

                var before = Ellipsis(phrase, norm, tokens, hits, hit);
                if (before is { } b)
                {
                    result.Add((b, hit, null));
                }

                result.Add((hit.Lexeme.Index, hit, null));
                former |= hit.Former;
            }

            if (result.Count > 0)
            {
                break;
            }
        }

        // Keep one actor per code.
        for (var i = result.Count - 1; i > 0; i--)
        {
            for (var j = 0; j < i; j++)
            {
                if ((result[j].Item3 ?? KnowledgeBase.Entries[result[j].Item1].Country) == (result[i].Item3 ?? KnowledgeBase.Entries[result[i].Item1].Country)
                    && result[j].Item3 == result[i].Item3 && KnowledgeBase.Entries[result[j].Item1].Kind != ActorKind.Organisation)
                {
                    result.RemoveAt(i);
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>"North and South Korea": the bare "North" borrows the rest of "South Korea".</summary>
    private int? Ellipsis(ReadOnlySpan<char> phrase, string norm, List<PhraseToken> tokens, List<Hit> hits, Hit hit)
    {
        if (hit.Last == hit.First || hit.First < 2)
        {
            return null;
        }

        var conj = norm.AsSpan(tokens[hit.First - 1].NormStart, tokens[hit.First - 1].NormLength);
        if (conj is not "and" and not "or" and not "&" and not ",")
        {
            return null;
        }

        var bare = tokens[hit.First - 2];
        if (bare.IsPunctuation || IsCovered(hits, hit.First - 2))
        {
            return null;
        }

        var rest = norm.AsSpan(tokens[hit.First + 1].NormStart, tokens[hit.Last].NormEnd - tokens[hit.First + 1].NormStart);
        var key = string.Concat(norm.AsSpan(bare.NormStart, bare.NormLength), " ", rest);
        if (KnowledgeBase.TryLookup(key, out var lexemes) && !char.IsLower(phrase[bare.Start]))
        {
            foreach (var l in lexemes)
            {
                if (l.Kind == LexemeKind.Entry && KnowledgeBase.Entries[l.Index].Kind is ActorKind.Country or ActorKind.CountryAdjective)
                {
                    return l.Index;
                }
            }
        }

        return null;
    }

    /// <summary>True when only "and", "or", "&amp;", commas or "both" separate two hits.</summary>
    private static bool Coordinated(string norm, List<PhraseToken> tokens, List<Hit> hits, Hit left, Hit right)
    {
        if (right.First <= left.Last)
        {
            return false;
        }

        var sawConjunction = false;
        for (var t = left.Last + 1; t < right.First; t++)
        {
            var w = norm.AsSpan(tokens[t].NormStart, tokens[t].NormLength);
            if (w is "and" or "or" or "&" or "," or "as" or "well")
            {
                sawConjunction = true;
                continue;
            }

            if (w is "both" or "the" or PhraseTokenizer.Possessive)
            {
                continue;
            }

            return false;
        }

        return sawConjunction && hits.Count > 0;
    }

    /// <summary>A country noun followed by a topic role in its segment, with no possessive: "North Korea negotiator".</summary>
    private bool IsTopic(string norm, List<PhraseToken> tokens, List<Hit> hits, int h)
    {
        var hit = hits[h];
        if (hit.Last + 1 < tokens.Count && norm.AsSpan(tokens[hit.Last + 1].NormStart, tokens[hit.Last + 1].NormLength) is PhraseTokenizer.Possessive)
        {
            return false;
        }

        for (var k = h + 1; k < hits.Count && hits[k].Segment == hit.Segment; k++)
        {
            if (hits[k].Lexeme.Kind != LexemeKind.Word)
            {
                return false;
            }

            if (IsWord(hits[k], SectorWordRole.Topic))
            {
                return true;
            }
        }

        return false;
    }

    private int LastPossessive(List<PhraseToken> tokens, string norm, List<Hit> hits, Zone zone)
    {
        var last = -1;
        foreach (var hit in hits)
        {
            if (hit.Zone == zone && hit.Last + 1 < tokens.Count
                && norm.AsSpan(tokens[hit.Last + 1].NormStart, tokens[hit.Last + 1].NormLength) is PhraseTokenizer.Possessive)
            {
                last = hit.Last + 1;
            }
        }

        return last;
    }

    private bool CountryAfter(List<Hit> hits, int token, Zone zone)
    {
        foreach (var hit in hits)
        {
            if (hit.First > token && hit.Zone == zone && hit.Lexeme.Kind == LexemeKind.Entry
                && KnowledgeBase.Entries[hit.Lexeme.Index].Kind is ActorKind.Country or ActorKind.CountryAdjective or ActorKind.Organisation or ActorKind.Imported or ActorKind.NonState)
            {
                return true;
            }
        }

        return false;
    }

    private Hit? BestSector(List<Hit> hits, int headSegment)
    {
        Hit? best = null;
        var bestPriority = int.MinValue;
        foreach (var hit in hits)
        {
            if (hit.Zone == Zone.Excluded || hit.Lexeme.Kind != LexemeKind.Word || headSegment >= 0 && hit.Segment != headSegment)
            {
                continue;
            }

            var word = KnowledgeBase.Words[hit.Lexeme.Index];
            if (word.Code is null)
            {
                continue;
            }

            var priority = KnowledgeBase.Sectors.TryGetValue(word.Code[..3], out var info) ? info.Priority : 0;
            if (hit.Zone == Zone.Fallback)
            {
                priority -= 1000; // a sector after "of" only fills a gap ("the head of the army").
            }

            if (priority > bestPriority)
            {
                best = hit;
                bestPriority = priority;
            }
        }

        return best;
    }

    private int FindHeadSegment(ReadOnlySpan<char> head, ReadOnlySpan<char> phrase, List<PhraseToken> tokens, List<Hit> hits)
    {
        if (head.IsEmpty || hits.Count == 0 || hits[^1].Segment == 0)
        {
            return -1;
        }

        head = head.Trim();
        foreach (var hit in hits)
        {
            for (var t = hit.First; t <= hit.Last; t++)
            {
                if (phrase[tokens[t].Start..tokens[t].End].Equals(head, StringComparison.OrdinalIgnoreCase))
                {
                    return hit.Segment;
                }
            }
        }

        return -1;
    }

    private bool HasNationalityIn(List<Hit> hits, int segment)
    {
        foreach (var hit in hits)
        {
            if (hit.Segment == segment && hit.Lexeme.Kind == LexemeKind.Entry && KnowledgeBase.Entries[hit.Lexeme.Index].Kind != ActorKind.Person)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsWord(Hit hit, SectorWordRole role) => hit.Lexeme.Kind == LexemeKind.Word && KnowledgeBase.Words[hit.Lexeme.Index].Role == role;

    private static bool IsCovered(List<Hit> hits, int token)
    {
        foreach (var hit in hits)
        {
            if (hit.First <= token && token <= hit.Last)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InOffice(ActorEntry person, DateOnly day)
    {
        foreach (var t in person.Terms)
        {
            if (t.Covers(day))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPunctuation(List<PhraseToken> tokens, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (tokens[t].IsPunctuation)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllCapitals(ReadOnlySpan<char> phrase, List<PhraseToken> tokens, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            foreach (var c in phrase[tokens[t].Start..tokens[t].End])
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private enum Zone : byte
    {
        Primary,
        Fallback,
        Excluded,
    }

    private readonly record struct Hit(Lexeme Lexeme, int First, int Last, int Segment, Zone Zone, bool Former);
}
