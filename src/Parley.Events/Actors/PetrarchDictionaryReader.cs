using System.Globalization;
using System.Text;

namespace Parley.Events.Actors;

/// <summary>
/// Reads PETRARCH/TABARI actor and agent dictionaries into an <see cref="ActorKnowledgeBaseBuilder"/>.
/// </summary>
/// <remarks>
/// Actors: a primary line <c>NAME_WORDS [CODE]</c>, synonyms on <c>+NAME</c> lines, and code lines
/// <c>[CODE]</c>, <c>[CODE &gt;YYMMDD]</c> (after the day), <c>[CODE &lt;YYMMDD]</c> (before the day) or
/// <c>[CODE YYMMDD-YYMMDD]</c> (inclusive) with six- or eight-digit dates; six-digit years below 30 are 20xx.
/// <c>A/B</c> names several actors. An undated code is the default; the first dated code covering the
/// article's date wins. Words are joined by <c>_</c> or spaces; a trailing <c>_</c> (TABARI's "no stemming")
/// is ignored because every name is matched as whole words. Comments are <c>#</c> to the end of the line
/// and <c>&lt;!-- … --&gt;</c> blocks.
/// Agents: <c>PHRASE {PLURALS} [~XXX]</c> (sector after the country) or <c>[XXX~]</c> (before it);
/// without braces a regular English plural is added, <c>{}</c> adds none; <c>!SET! = A, B</c> defines a
/// substitution set used as <c>!SET!</c> inside phrases.
/// </remarks>
internal sealed class PetrarchDictionaryReader(ActorKnowledgeBaseBuilder builder, string file)
{
    private readonly Dictionary<string, string[]> _sets = new(StringComparer.Ordinal);
    private int _line;
    private bool _inComment;

    public void ReadActors(TextReader reader)
    {
        Draft? current = null;
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            _line++;
            var text = Clean(raw);
            if (text.Length == 0)
            {
                continue;
            }

            if (text[0] == '+')
            {
                var synonym = Name(text[1..]);
                if (current is null)
                {
                    builder.Warn($"{file}:{_line}: synonym '{synonym}' has no actor above it; skipped.");
                }
                else if (synonym.Length > 0)
                {
                    current.Names.Add((synonym, _line));
                }

                continue;
            }

            if (text[0] == '[')
            {
                if (current is null)
                {
                    builder.Warn($"{file}:{_line}: code '{text}' has no actor above it; skipped.");
                }
                else
                {
                    ParseCodes(text, current);
                }

                continue;
            }

            var bracket = text.IndexOf('[', StringComparison.Ordinal);
            var name = Name(bracket < 0 ? text : text[..bracket]);
            if (current is null || current.Codes.Count > 0)
            {
                // Consecutive names before any code share the codes that follow them.
                Finish(current);
                current = new Draft(name, _line);
            }

            current.Names.Add((name, _line));
            if (bracket >= 0)
            {
                ParseCodes(text[bracket..], current);
            }
        }

        Finish(current);
        if (_inComment)
        {
            builder.Warn($"{file}:{_line}: a '<!--' comment is never closed with '-->'; the rest of the file was skipped.");
        }
    }

    public void ReadAgents(TextReader reader)
    {
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            _line++;
            var text = Clean(raw);
            if (text.Length == 0)
            {
                continue;
            }

            if (text[0] == '!' && text.Contains('=', StringComparison.Ordinal))
            {
                var eq = text.IndexOf('=', StringComparison.Ordinal);
                var setName = text[..eq].Trim();
                _sets[setName] = text[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }

            try
            {
                ReadAgent(text);
            }
            catch (ActorDataException e)
            {
                // Production dictionaries carry the odd typo; one bad line must not stop the import.
                builder.Warn($"{e.Message} The line is skipped.");
            }
        }
    }

    private void ReadAgent(string text)
    {
        var open = text.IndexOf('[', StringComparison.Ordinal);
        var close = text.IndexOf(']', StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            throw new ActorDataException(file, _line, $"expected 'PHRASE [~CODE]' or 'PHRASE [CODE~]' but found '{text}'.");
        }

        var code = text[(open + 1)..close].Trim().ToUpperInvariant();
        var prefix = code.EndsWith('~');
        if (!prefix && !code.StartsWith('~'))
        {
            throw new ActorDataException(file, _line, $"the agent code '{code}' needs a '~' before (~GOV) or after (NGO~) it.");
        }

        code = code.Trim('~').Trim();
        var left = text[..open];
        string[]? plurals = null;
        var brace = left.IndexOf('{', StringComparison.Ordinal);
        if (brace >= 0)
        {
            var endBrace = left.IndexOf('}', brace);
            if (endBrace < 0)
            {
                throw new ActorDataException(file, _line, "a '{' plural list is not closed with '}'.");
            }

            plurals = left[(brace + 1)..endBrace].Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
            left = left[..brace];
        }

        foreach (var phrase in Expand(left.Trim()))
        {
            var name = Name(phrase);
            if (name.Length == 0)
            {
                continue;
            }

            AddAgent(name, code, prefix);
            if (plurals is null)
            {
                AddAgent(Plural(name), code, prefix);
            }
        }

        foreach (var plural in plurals ?? [])
        {
            foreach (var phrase in Expand(plural))
            {
                AddAgent(Name(phrase), code, prefix);
            }
        }
    }

    private void AddAgent(string phrase, string code, bool prefix)
    {
        if (phrase.Length == 0 || code.Length == 0)
        {
            return;
        }

        builder.AddWord(phrase, SectorWordRole.Sector, code, prefix, file, _line, imported: true);
    }

    private IEnumerable<string> Expand(string phrase)
    {
        var start = phrase.IndexOf('!', StringComparison.Ordinal);
        var end = start < 0 ? -1 : phrase.IndexOf('!', start + 1);
        if (end < 0)
        {
            yield return phrase;
            yield break;
        }

        var set = phrase[start..(end + 1)];
        if (!_sets.TryGetValue(set, out var members))
        {
            throw new ActorDataException(file, _line, $"the substitution set {set} is not defined above; define it as '{set} = A, B'.");
        }

        foreach (var member in members)
        {
            foreach (var expanded in Expand(string.Concat(phrase.AsSpan(0, start), member, phrase.AsSpan(end + 1))))
            {
                yield return expanded;
            }
        }
    }

    private void Finish(Draft? draft)
    {
        if (draft is null)
        {
            return;
        }

        if (draft.Codes.Count == 0)
        {
            builder.Warn($"{file}:{draft.Line}: '{draft.Name}' has no code; skipped.");
            return;
        }

        string? defaultCode = null;
        string[] members = [];
        var terms = new List<DatedCode>();
        foreach (var (code, term) in draft.Codes)
        {
            var parts = code.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (term is { } dated)
            {
                terms.Add(dated with { Code = parts[0] });
            }
            else if (defaultCode is null)
            {
                defaultCode = parts[0];
                members = parts.Length > 1 ? parts : [];
            }
        }

        var country = ActorCode.CountryOf(defaultCode ?? terms[0].Code);
        var entry = builder.AddEntry(draft.Name, ActorKind.Imported, defaultCode, $"{file}:{draft.Line}", country, members: members, terms: terms);
        foreach (var (name, line) in draft.Names)
        {
            if (PhraseTokenizer.NormalizeName(name).Length == 0)
            {
                builder.Warn($"{file}:{line}: '{name}' has no letters; skipped.");
                continue;
            }

            builder.AddName(name, entry, file, line, imported: true);
        }
    }

    private void ParseCodes(string text, Draft draft)
    {
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('[', i);
            if (open < 0)
            {
                break;
            }

            var close = text.IndexOf(']', open);
            if (close < 0)
            {
                throw new ActorDataException(file, _line, $"'[' is not closed with ']' in '{text}'.");
            }

            var inner = text[(open + 1)..close].Trim();
            i = close + 1;
            var space = inner.IndexOfAny([' ', '\t', '<', '>']);
            var code = (space < 0 ? inner : inner[..space]).Trim().ToUpperInvariant();
            if (code.Length == 0)
            {
                throw new ActorDataException(file, _line, $"the code block '[{inner}]' has no code; write [CODE] or [CODE YYMMDD-YYMMDD].");
            }

            DatedCode? term = null;
            if (space >= 0)
            {
                try
                {
                    term = ParseRestriction(inner[space..].Trim(), code);
                }
                catch (ActorDataException e)
                {
                    // Production dictionaries carry the odd typo; one bad restriction must not stop the import.
                    builder.Warn($"{e.Message} The code [{inner}] is skipped.");
                    continue;
                }
            }

            draft.Codes.Add((code, term));
        }
    }

    private DatedCode ParseRestriction(string text, string code)
    {
        if (text.StartsWith('<'))
        {
            return new DatedCode(code, null, Date(text[1..]).AddDays(-1));
        }

        if (text.StartsWith('>'))
        {
            return new DatedCode(code, Date(text[1..]).AddDays(1), null);
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            // A bare date: read as "from that day", the only reading that keeps the code usable.
            builder.Warn($"{file}:{_line}: the date restriction '{text}' has no '<', '>' or range; read as from that day.");
            return new DatedCode(code, Date(text), null);
        }

        var from = Date(text[..dash]);
        var to = Date(text[(dash + 1)..]);
        if (to < from)
        {
            throw new ActorDataException(file, _line, $"the date range '{text}' ends before it starts.");
        }

        return new DatedCode(code, from, to);
    }

    private DateOnly Date(string text)
    {
        text = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", inv, DateTimeStyles.None, out var d8))
        {
            return d8;
        }

        if (text.Length == 6 && int.TryParse(text.AsSpan(0, 2), NumberStyles.None, inv, out var yy)
            && int.TryParse(text.AsSpan(2, 2), NumberStyles.None, inv, out var mm)
            && int.TryParse(text.AsSpan(4, 2), NumberStyles.None, inv, out var dd)
            && mm is >= 1 and <= 12 && dd >= 1)
        {
            var year = yy < 30 ? 2000 + yy : 1900 + yy;
            return new DateOnly(year, mm, Math.Min(dd, DateTime.DaysInMonth(year, mm)));
        }

        throw new ActorDataException(file, _line, $"'{text}' is not a date; write YYMMDD or YYYYMMDD.");
    }

    /// <summary>Drops comments; tracks <c>&lt;!-- … --&gt;</c> blocks across lines.</summary>
    private string Clean(string raw)
    {
        var text = raw;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (_inComment)
            {
                var end = text.IndexOf("-->", i, StringComparison.Ordinal);
                if (end < 0)
                {
                    return sb.ToString().Trim();
                }

                _inComment = false;
                i = end + 3;
                continue;
            }

            if (text[i] == '<' && i + 1 < text.Length && text[i + 1] == '!')
            {
                _inComment = true;
                i += 2;
                continue;
            }

            if (text[i] == '#')
            {
                break;
            }

            sb.Append(text[i]);
            i++;
        }

        return sb.ToString().Trim();
    }

    private static string Name(string text) =>
        string.Join(' ', text.Replace('_', ' ').Split(' ', '\t').Where(w => w.Length > 0));

    /// <summary>Regular English plural of the last word (PETRARCH adds these itself).</summary>
    private static string Plural(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        var word = phrase[(space + 1)..];
        var stem = phrase[..(space + 1)];
        var upper = word.ToUpperInvariant();
        string plural;
        if (upper.EndsWith("MAN", StringComparison.Ordinal))
        {
            plural = word[..^2] + "EN";
        }
        else if (upper.Length > 1 && upper.EndsWith('Y') && !"AEIOU".Contains(upper[^2], StringComparison.Ordinal))
        {
            plural = word[..^1] + "IES";
        }
        else if (upper.EndsWith('S') || upper.EndsWith('X') || upper.EndsWith('Z') || upper.EndsWith("CH", StringComparison.Ordinal) || upper.EndsWith("SH", StringComparison.Ordinal))
        {
            plural = word + "ES";
        }
        else
        {
            plural = word + "S";
        }

        return stem + plural;
    }

    private sealed class Draft(string name, int line)
    {
        public string Name { get; } = name;

        public int Line { get; } = line;

        public List<(string Name, int Line)> Names { get; } = [];

        public List<(string Code, DatedCode? Term)> Codes { get; } = [];
    }
}
