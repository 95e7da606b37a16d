using System.Globalization;

namespace Parley.Events.Actors;

/// <summary>Reads Parley's line-oriented actor format (see <c>docs/formats/actors.md</c>).</summary>
internal sealed class ActorDataReader(ActorKnowledgeBaseBuilder builder, string file)
{
    /// <summary>Countries written family name first, so their leaders' bare surname is the first word.</summary>
    private static readonly HashSet<string> FamilyNameFirst = new(StringComparer.Ordinal)
    {
        "CHN", "TWN", "KOR", "PRK", "HKG", "KHM", "MAC",
    };

    private readonly Dictionary<string, int> _actors = new(StringComparer.Ordinal);
    private int _line;
    private Office? _office;

    public void Read(TextReader reader)
    {
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            _line++;
            var text = StripComment(raw).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var fields = text.Split('|', StringSplitOptions.TrimEntries);
            if (char.IsDigit(text[0]) || text.StartsWith("..", StringComparison.Ordinal))
            {
                ReadTerm(fields);
                continue;
            }

            var head = fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var directive = head[0];
            if (directive != "office")
            {
                _office = null;
            }

            switch (directive)
            {
                case "country":
                    ReadCountry(head, fields);
                    break;
                case "igo":
                    ReadIgo(head, fields);
                    break;
                case "group":
                    ReadGroup(fields);
                    break;
                case "office":
                    ReadOffice(head, fields);
                    break;
                case "person":
                    ReadPerson(head, fields);
                    break;
                case "actor":
                    ReadActor(head, fields);
                    break;
                case "sector":
                    ReadSector(head, fields);
                    break;
                case "words":
                    ReadWords(head, fields, SectorWordRole.Sector, needsCode: true);
                    break;
                case "topic":
                    ReadWords(head, fields, SectorWordRole.Topic, needsCode: true);
                    break;
                case "admin":
                    ReadWords(head, fields, SectorWordRole.Administration, needsCode: true);
                    break;
                case "former":
                    ReadWords(head, fields, SectorWordRole.Former, needsCode: false);
                    break;
                case "stop":
                    ReadWords(head, fields, SectorWordRole.Stop, needsCode: false);
                    break;
                case "exclude":
                    ReadWords(head, fields, SectorWordRole.Exclude, needsCode: false);
                    break;
                case "fallback":
                    ReadWords(head, fields, SectorWordRole.Fallback, needsCode: false);
                    break;
                case "determiner":
                    ReadWords(head, fields, SectorWordRole.Determiner, needsCode: false);
                    break;
                default:
                    throw Error($"unknown directive '{directive}'; expected country, igo, group, office, person, actor, sector, words, topic, admin, former, stop, exclude, fallback, determiner or a term line starting with a date.");
            }
        }
    }

    private void ReadCountry(string[] head, string[] fields)
    {
        // country CODE | Name | other names | adjectives and demonyms | metonyms[=SECTOR] | [from..to]
        Expect(head, 2, "country CODE | Name | other names | adjectives | metonyms");
        Expect(fields, 2, "country CODE | Name | other names | adjectives | metonyms");
        var code = head[1];
        CheckCode(code, countryOnly: true);
        var name = fields[1];
        var terms = fields.Length > 5 && fields[5].Length > 0 ? new[] { ParseRange(fields[5], code, out _, out _) } : null;
        var defaultCode = terms is null ? code : null;
        var source = $"{file}:{_line}";
        var entry = builder.AddEntry(name, ActorKind.Country, defaultCode, source, code, terms: terms);
        builder.AddName(name, entry, file, _line, imported: false);
        foreach (var alias in List(fields, 2))
        {
            builder.AddName(alias, entry, file, _line, imported: false);
        }

        var adjectives = List(fields, 3);
        if (adjectives.Length > 0)
        {
            var adjective = builder.AddEntry(adjectives[0], ActorKind.CountryAdjective, defaultCode, source, code, terms: terms);
            foreach (var alias in adjectives)
            {
                builder.AddName(alias, adjective, file, _line, imported: false);
            }
        }

        var bySector = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in List(fields, 4))
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            var alias = eq < 0 ? item : item[..eq].Trim();
            var sector = eq < 0 ? "GOV" : item[(eq + 1)..].Trim();
            CheckSector(sector);
            if (!bySector.TryGetValue(sector, out var metonym))
            {
                var metonymCode = code + sector;
                var metonymTerms = terms?.Select(t => t with { Code = metonymCode }).ToArray();
                metonym = builder.AddEntry(alias, ActorKind.Metonym, terms is null ? metonymCode : null, source, code, sector, terms: metonymTerms);
                bySector[sector] = metonym;
            }

            builder.AddName(alias, metonym, file, _line, imported: false);
        }
    }

    private void ReadIgo(string[] head, string[] fields)
    {
        // igo CODE | Name | other names
        Expect(head, 2, "igo CODE | Name | other names");
        Expect(fields, 2, "igo CODE | Name | other names");
        var code = head[1];
        CheckCode(code, countryOnly: false);
        if (!code.StartsWith(ActorCode.Intergovernmental, StringComparison.Ordinal))
        {
            throw Error($"the organisation code '{code}' must start with IGO.");
        }

        var entry = builder.AddEntry(fields[1], ActorKind.Organisation, code, $"{file}:{_line}");
        builder.AddName(fields[1], entry, file, _line, imported: false);
        foreach (var alias in List(fields, 2))
        {
            builder.AddName(alias, entry, file, _line, imported: false);
        }
    }

    private void ReadGroup(string[] fields)
    {
        // group | names | member codes
        Expect(fields, 3, "group | names | member codes");
        var names = List(fields, 1);
        var members = List(fields, 2);
        if (names.Length == 0 || members.Length < 2)
        {
            throw Error("a group needs at least one name and two member codes: group | the Koreas | PRK; KOR");
        }

        foreach (var m in members)
        {
            CheckCode(m, countryOnly: false);
        }

        var entry = builder.AddEntry(names[0], ActorKind.Group, null, $"{file}:{_line}", members: members);
        foreach (var alias in names)
        {
            builder.AddName(alias, entry, file, _line, imported: false);
        }
    }

    private void ReadOffice(string[] head, string[] fields)
    {
        // office CTRY key CODE [overlap-ok] [| roles]
        if (head.Length is < 4 or > 5 || head.Length == 5 && head[4] != "overlap-ok" || fields.Length > 2)
        {
            throw Error("expected 'office COUNTRY office-key CODE [overlap-ok] [| roles]', e.g. 'office JPN head-of-government JPNGOV | head-of-government'.");
        }

        var country = head[1];
        var code = head[3];
        CheckCode(code, countryOnly: false);
        if (!code.StartsWith(country, StringComparison.Ordinal))
        {
            throw Error($"the office code '{code}' must start with its country '{country}'.");
        }

        var roles = OfficeRole.None;
        foreach (var role in List(fields, 1))
        {
            roles |= role switch
            {
                "head-of-state" => OfficeRole.HeadOfState,
                "head-of-government" => OfficeRole.HeadOfGovernment,
                "foreign-minister" => OfficeRole.ForeignMinister,
                "defence-minister" => OfficeRole.DefenceMinister,
                _ => throw Error($"unknown office role '{role}'; expected head-of-state, head-of-government, foreign-minister or defence-minister."),
            };
        }

        _office = new Office(country, head[2], code, head.Length == 5, roles);
    }

    private void ReadTerm(string[] fields)
    {
        // from..to | Name | aliases (a "~Surname" sets the bare surname, "~" alone disables it)
        if (_office is null)
        {
            throw Error("a term line must follow an 'office' line.");
        }

        Expect(fields, 2, "from..to | Name | aliases");
        var office = _office;
        var range = ParseRange(fields[0], office.Code, out var fromApprox, out var toApprox) with { Office = office.Key };
        var name = fields[1];
        var person = builder.Person(name, $"{file}:{_line}", out var created);
        var draft = builder.Entry(person);
        draft.Terms.Add(range);
        draft.Country ??= office.Country == ActorCode.Intergovernmental ? null : office.Country;
        builder.AddOfficeTerm(new OfficeTerm(office.Country, office.Key, name, range, office.OverlapAllowed, $"{file}:{_line}", fromApprox, toApprox, office.Roles));
        if (created)
        {
            builder.AddName(name, person, file, _line, imported: false);
        }

        AddPersonAliases(name, person, office.Country, fields, created);
    }

    private void ReadPerson(string[] head, string[] fields)
    {
        // person CODE | Name | aliases — a person known only by nationality or a standing role
        Expect(head, 2, "person CODE | Name | aliases");
        Expect(fields, 2, "person CODE | Name | aliases");
        var code = head[1];
        CheckCode(code, countryOnly: false);
        var name = fields[1];
        var person = builder.Person(name, $"{file}:{_line}", out var created);
        var draft = builder.Entry(person);
        draft.DefaultCode = code;
        draft.Country ??= ActorCode.CountryOf(code);
        if (created)
        {
            builder.AddName(name, person, file, _line, imported: false);
        }

        AddPersonAliases(name, person, code[..3], fields, created);
    }

    private void ReadActor(string[] head, string[] fields)
    {
        // actor CODE | Name | aliases | [from..to] — lines with the same Name add dated codes to one actor
        Expect(head, 2, "actor CODE | Name | aliases | [from..to]");
        Expect(fields, 2, "actor CODE | Name | aliases | [from..to]");
        var code = head[1];
        CheckCode(code, countryOnly: false);
        var name = fields[1];
        var dated = fields.Length > 3 && fields[3].Length > 0 ? ParseRange(fields[3], code, out _, out _) : (DatedCode?)null;
        if (!_actors.TryGetValue(name, out var entry))
        {
            entry = builder.AddEntry(name, ActorKind.NonState, null, $"{file}:{_line}", ActorCode.CountryOf(code));
            _actors[name] = entry;
            builder.AddName(name, entry, file, _line, imported: false);
        }

        var draft = builder.Entry(entry);
        if (dated is { } term)
        {
            draft.Terms.Add(term);
        }
        else if (draft.DefaultCode is null)
        {
            draft.DefaultCode = code;
        }
        else
        {
            throw Error($"'{name}' already has the undated code {draft.DefaultCode}; give this line a date range.");
        }

        foreach (var alias in List(fields, 2))
        {
            builder.AddName(alias, entry, file, _line, imported: false);
        }
    }

    private void AddPersonAliases(string name, int person, string country, string[] fields, bool created)
    {
        var surnameSet = false;
        foreach (var alias in List(fields, 2))
        {
            if (alias.StartsWith('~'))
            {
                surnameSet = true;
                if (alias.Length > 1)
                {
                    builder.AddSurname(alias[1..].Trim(), person);
                }

                continue;
            }

            builder.AddName(alias, person, file, _line, imported: false);
        }

        if (!surnameSet && created && AutomaticSurname(name, country) is { } surname)
        {
            builder.AddSurname(surname, person);
        }
    }

    /// <summary>
    /// The bare surname news uses for a person: the last word ("Abe"), the first in East Asian order
    /// ("Moon"); none for monarchs ("King Abdullah II") whose surname would be a numeral. Suffixes such as
    /// "Jr." are skipped.
    /// </summary>
    private static string? AutomaticSurname(string name, string country)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[^1] is "Jr." or "Jr" or "Sr." or "Sr")
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count < 2 || words[0] is "King" or "Queen" or "Emir" or "Sultan" or "Pope" or "Prince" or "Sheikh" || IsRoman(words[^1]))
        {
            return null;
        }

        var surname = FamilyNameFirst.Contains(country) ? words[0] : words[^1];

        // "No Kwang-chol": a surname that is also an English function word would match "No country has …".
        return EnglishWords.Contains(surname) ? null : surname;
    }

    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "so", "do", "to", "in", "an", "as", "us", "it", "he", "me", "we", "be", "by", "or", "of", "on", "at", "up", "go", "if",
        "is", "may", "can", "will", "won", "yes", "said", "new", "all", "one", "not", "but", "and", "the",
    };

    private static bool IsRoman(string word)
    {
        foreach (var c in word)
        {
            if (c is not ('I' or 'V' or 'X' or 'L'))
            {
                return false;
            }
        }

        return true;
    }

    private void ReadSector(string[] head, string[] fields)
    {
        // sector CODE PRIORITY | description
        if (head.Length != 3 || !int.TryParse(head[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var priority))
        {
            throw Error("expected 'sector CODE PRIORITY | description', e.g. 'sector GOV 10 | Government'.");
        }

        if (head[1].Length != 3 || !IsUpper(head[1]))
        {
            throw Error($"the sector code '{head[1]}' must be three capital letters.");
        }

        builder.AddSector(new SectorInfo(head[1], priority, fields.Length > 1 ? fields[1] : ""), file, _line);
    }

    private void ReadWords(string[] head, string[] fields, SectorWordRole role, bool needsCode)
    {
        string? code = null;
        if (needsCode)
        {
            if (head.Length != 2)
            {
                throw Error($"expected '{head[0]} SECTOR | phrase; phrase', e.g. '{head[0]} GOV | officials; ministry'.");
            }

            code = head[1];
            if (code.Length % 3 != 0)
            {
                throw Error($"the sector code '{code}' must be one or more three-letter blocks.");
            }

            for (var i = 0; i < code.Length; i += 3)
            {
                CheckSector(code.Substring(i, 3));
            }
        }
        else if (head.Length != 1)
        {
            throw Error($"expected '{head[0]} | phrase; phrase' without a code.");
        }

        Expect(fields, 2, $"{head[0]} | phrase; phrase");
        foreach (var phrase in List(fields, 1))
        {
            builder.AddWord(phrase, role, code, false, file, _line, imported: false);
        }
    }

    private DatedCode ParseRange(string text, string code, out bool fromApprox, out bool toApprox)
    {
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            throw Error($"'{text}' is not a date range; write 'YYYY-MM-DD..YYYY-MM-DD' (either side may be empty or YYYY-MM).");
        }

        DateOnly? from = null;
        DateOnly? to = null;
        fromApprox = toApprox = false;
        var left = text.AsSpan(0, dots).Trim();
        var right = text.AsSpan(dots + 2).Trim();
        if (left.Length > 0)
        {
            from = DateBound.TryParse(left, false, out var d, out fromApprox) ? d : throw Error($"'{left}' is not an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY).");
        }

        if (right.Length > 0)
        {
            to = DateBound.TryParse(right, true, out var d, out toApprox) ? d : throw Error($"'{right}' is not an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY).");
        }

        if (from is not null && to is not null && from > to)
        {
            throw Error($"the range '{text}' ends before it starts.");
        }

        return new DatedCode(code, from, to);
    }

    private void CheckCode(string code, bool countryOnly)
    {
        if (!ActorCode.IsWellFormed(code) || countryOnly && code.Length != 3)
        {
            throw Error($"'{code}' is not a well-formed actor code; write a three-letter country, IGO or NGO block followed by three-letter sector blocks, e.g. JPNGOV.");
        }

        for (var i = 3; i < code.Length; i += 3)
        {
            var block = code.Substring(i, 3);
            if (code.StartsWith(ActorCode.Intergovernmental, StringComparison.Ordinal) || builder.HasSector(block))
            {
                continue;
            }

            // Sectors must be declared before use so a typo is caught here.
            throw Error($"'{block}' in '{code}' is not a declared sector; declare it with a 'sector' line first (sectors.txt).");
        }
    }

    private void CheckSector(string sector)
    {
        if (!builder.HasSector(sector))
        {
            throw Error($"'{sector}' is not a declared sector; declare it with a 'sector' line first (sectors.txt).");
        }
    }

    private void Expect(string[] parts, int count, string shape)
    {
        if (parts.Length < count || parts[count - 1].Length == 0)
        {
            throw Error($"expected '{shape}'.");
        }
    }

    private static string[] List(string[] fields, int index) =>
        index < fields.Length ? fields[index].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private static bool IsUpper(string s)
    {
        foreach (var c in s)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A <c>#</c> at the start of a line or after a space starts a comment.</summary>
    private static string StripComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }

    private ActorDataException Error(string message) => new(file, _line, message);

    private sealed record Office(string Country, string Key, string Code, bool OverlapAllowed, OfficeRole Roles);
}
