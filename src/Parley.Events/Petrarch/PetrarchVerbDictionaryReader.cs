using System.Text.RegularExpressions;

namespace Parley.Events.Petrarch;

/// <summary>
/// Reads a PETRARCH verb dictionary (CAMEO 2.0 format, <c>docs/formats/petrarch.md</c>): synonym sets
/// (<c>&amp;NAME</c> then <c>+MEMBER</c> lines, members may name other sets), verb blocks
/// (<c>--- NAME [code] ---</c>), member verbs (<c>VERB {FORMS} [code]</c>, <c>+BREAK_DOWN</c>,
/// <c>WIRE_+TAP</c>) and patterns (<c>- $ * (WITH +) {PEACE TALKS} [036:036]</c>). Comments run from
/// <c>#</c> or <c>;</c> (outside brackets) to the end of the line, or sit in <c>&lt;!-- … --&gt;</c>.
/// <c>~</c> transformation rules are counted and skipped.
/// </summary>
/// <remarks>Stateless and thread-safe; each call reads one dictionary.</remarks>
public static partial class PetrarchVerbDictionaryReader
{
    /// <summary>Reads a dictionary from <paramref name="stream"/> (UTF-8).</summary>
    public static PetrarchVerbDictionary Read(Stream stream, string source, bool skipMalformed = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, leaveOpen: true);
        return Read(reader, source, skipMalformed);
    }

    /// <summary>
    /// Reads a dictionary. Malformed lines throw one <see cref="PetrarchFormatException"/> naming every bad
    /// line (<c>source:line: message</c>), unless <paramref name="skipMalformed"/> is set, in which case they
    /// are skipped and listed in <see cref="PetrarchVerbDictionary.Skipped"/>.
    /// </summary>
    public static PetrarchVerbDictionary Read(TextReader reader, string source, bool skipMalformed = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var state = new ReadState(source);
        var inXmlComment = false;
        string? raw;
        var lineNumber = 0;
        while ((raw = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var line = StripComments(raw, ref inXmlComment).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            state.Line(lineNumber, line);
        }

        return state.Finish(skipMalformed);
    }

    /// <summary>Removes XML comments (tracking ones that span lines) and <c>#</c>/<c>;</c> comments outside brackets.</summary>
    private static string StripComments(string line, ref bool inXmlComment)
    {
        var span = line;
        if (inXmlComment || span.Contains("<!--", StringComparison.Ordinal))
        {
            var builder = new System.Text.StringBuilder(span.Length);
            var i = 0;
            while (i < span.Length)
            {
                if (inXmlComment)
                {
                    var end = span.IndexOf("-->", i, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        i = span.Length;
                        break;
                    }

                    inXmlComment = false;
                    i = end + 3;
                    continue;
                }

                var start = span.IndexOf("<!--", i, StringComparison.Ordinal);
                if (start < 0)
                {
                    builder.Append(span, i, span.Length - i);
                    break;
                }

                builder.Append(span, i, start - i);
                inXmlComment = true;
                i = start + 4;
            }

            span = builder.ToString();
        }

        var depth = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is '#' or ';')
            {
                return span[..i];
            }
        }

        return span;
    }

    /// <summary>Lower-cases a dictionary word; <c>_</c> joins words; a trailing <c>_</c> (exact match) is kept.</summary>
    internal static string NormalizeWords(string text)
    {
        var trimmed = text.Trim().Trim('(', ')').Trim();
        var exact = trimmed.EndsWith('_');
        var core = trimmed.TrimEnd('_').Replace('_', ' ');
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).ToLowerInvariant() + (exact ? "_" : string.Empty);
    }

    /// <summary>Splits <c>042:043</c> into the code and the mirrored code; an empty part is <c>---</c> / null.</summary>
    internal static (string Code, string? Reverse) SplitCode(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var code = (colon < 0 ? text : text[..colon]).Trim();
        var reverse = colon < 0 ? null : text[(colon + 1)..].Trim();
        return (code.Length == 0 ? "---" : code, string.IsNullOrEmpty(reverse) || reverse == "---" ? null : reverse);
    }

    [GeneratedRegex(@"^-{2,}\s*(?<name>[^\[]*?)\s*\[(?<code>[^\]]*)\][\s-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BlockHeader();

    [GeneratedRegex(@"^(?<verb>[^\s\{\[]+)\s*(\{(?<forms>[^\}]*)\})?\s*(\[(?<code>[^\]]*)\])?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex VerbLine();

    private sealed class ReadState(string source)
    {
        private readonly Dictionary<string, List<(string Member, int Line)>> _rawSets = new(StringComparer.Ordinal);
        private readonly List<BlockDraft> _blocks = [];
        private readonly List<PetrarchLineError> _errors = [];
        private string? _currentSet;
        private BlockDraft? _currentBlock;
        private int _transformations;

        public void Line(int number, string line)
        {
            switch (line[0])
            {
                case '~':
                    _transformations++;
                    return;
                case '&':
                    var name = line[1..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                    if (string.IsNullOrEmpty(name))
                    {
                        Error(number, "a synonym set needs a name after '&' (e.g. '&CURRENCY').");
                        return;
                    }

                    _currentSet = name.ToUpperInvariant();
                    _currentBlock = null;
                    if (!_rawSets.ContainsKey(_currentSet))
                    {
                        _rawSets[_currentSet] = [];
                    }

                    return;
            }

            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                var match = BlockHeader().Match(line);
                if (!match.Success || match.Groups["name"].Value.Length == 0)
                {
                    Error(number, "a verb block header must read '--- NAME [code] ---'.");
                    _currentBlock = null;
                    return;
                }

                _currentSet = null;
                var (code, reverse) = SplitCode(match.Groups["code"].Value);
                _currentBlock = new BlockDraft(match.Groups["name"].Value.Trim(), code, reverse, number);
                _blocks.Add(_currentBlock);
                return;
            }

            if (_currentSet is not null)
            {
                if (line[0] != '+')
                {
                    Error(number, $"synonym set &{_currentSet} expects member lines starting with '+'.");
                    return;
                }

                var member = line[1..].Trim();
                if (member.Length == 0)
                {
                    Error(number, $"empty member in synonym set &{_currentSet}.");
                    return;
                }

                _rawSets[_currentSet].Add((member, number));
                return;
            }

            if (_currentBlock is null)
            {
                Error(number, "line outside any synonym set or verb block; start a block with '--- NAME [code] ---'.");
                return;
            }

            if (line[0] is '-' or '*')
            {
                _currentBlock.PatternLines.Add((number, line[0] == '-' ? line[1..].Trim() : line));
                return;
            }

            ReadVerb(number, line);
        }

        private void ReadVerb(int number, string line)
        {
            var match = VerbLine().Match(line);
            if (!match.Success)
            {
                Error(number, "a verb line must read 'VERB {FORMS} [code]' (forms and code optional).");
                return;
            }

            var (lemma, before, after) = SplitVerb(match.Groups["verb"].Value);
            if (lemma.Length == 0)
            {
                Error(number, "the verb is empty.");
                return;
            }

            var forms = match.Groups["forms"].Success
                ? match.Groups["forms"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(f => SplitVerb(f).Verb).Where(f => f.Length > 0).Distinct().ToArray()
                : [];
            var (verbCode, verbReverse) = match.Groups["code"].Success ? SplitCode(match.Groups["code"].Value) : ((string?)null, (string?)null);
            _currentBlock!.Verbs.Add(new PetrarchVerb
            {
                Lemma = lemma,
                WordsBefore = before,
                WordsAfter = after,
                Forms = forms,
                Code = verbCode,
                ReverseCode = verbReverse,
                Line = number,
            });
        }

        /// <summary>Splits <c>WIRE_+TAP</c>/<c>+BREAK_DOWN</c>: the word after '+' (or the first word) is the verb.</summary>
        private static (string Verb, string[] Before, string[] After) SplitVerb(string text)
        {
            var words = text.Trim().TrimEnd('_').Split('_', StringSplitOptions.RemoveEmptyEntries);
            var verbIndex = Array.FindIndex(words, w => w.StartsWith('+'));
            if (verbIndex < 0)
            {
                verbIndex = 0;
            }

            var lower = words.Select(w => w.TrimStart('+').ToLowerInvariant()).ToArray();
            return lower.Length == 0 ? (string.Empty, [], []) : (lower[verbIndex], lower[..verbIndex], lower[(verbIndex + 1)..]);
        }


        private void Error(int line, string message) => _errors.Add(new PetrarchLineError(source, line, message));

        public PetrarchVerbDictionary Finish(bool skipMalformed)
        {
            var sets = ExpandSets();
            var blocks = new List<PetrarchVerbBlock>(_blocks.Count);
            foreach (var draft in _blocks)
            {
                var patterns = new List<PetrarchPattern>(draft.PatternLines.Count);
                foreach (var (line, text) in draft.PatternLines)
                {
                    var pattern = PetrarchPatternParser.Parse(text, line, sets, out var error);
                    if (pattern is null)
                    {
                        Error(line, error!);
                    }
                    else
                    {
                        patterns.Add(pattern);
                    }
                }

                blocks.Add(new PetrarchVerbBlock { Name = draft.Name, Code = draft.Code, ReverseCode = draft.ReverseCode, Line = draft.Line, Verbs = draft.Verbs, Patterns = patterns });
            }

            _errors.Sort((a, b) => a.Line.CompareTo(b.Line));
            if (_errors.Count > 0 && !skipMalformed)
            {
                var shown = string.Join("\n", _errors.Take(20));
                var more = _errors.Count > 20 ? $"\n… and {_errors.Count - 20} more" : string.Empty;
                throw new PetrarchFormatException($"{source}: {_errors.Count} malformed line(s); fix them or skip them:\n{shown}{more}");
            }

            return new PetrarchVerbDictionary(source, sets, blocks, _errors.ToArray(), _transformations);
        }

        private Dictionary<string, IReadOnlyList<string>> ExpandSets()
        {
            var expanded = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var name in _rawSets.Keys)
            {
                Expand(name, []);
            }

            return expanded;

            IReadOnlyList<string> Expand(string name, HashSet<string> visiting)
            {
                if (expanded.TryGetValue(name, out var done))
                {
                    return done;
                }

                visiting.Add(name);
                var members = new List<string>();
                foreach (var (member, line) in _rawSets[name])
                {
                    if (member.StartsWith('&'))
                    {
                        var inner = member[1..].Trim().ToUpperInvariant();
                        if (!_rawSets.ContainsKey(inner))
                        {
                            Error(line, $"synonym set &{name} includes unknown set &{inner}.");
                        }
                        else if (visiting.Contains(inner))
                        {
                            Error(line, $"synonym set &{name} includes itself through &{inner}.");
                        }
                        else
                        {
                            members.AddRange(Expand(inner, visiting));
                        }
                    }
                    else
                    {
                        members.Add(NormalizeWords(member));
                    }
                }

                visiting.Remove(name);
                var result = members.Distinct(StringComparer.Ordinal).ToArray();
                expanded[name] = result;
                return result;
            }
        }
    }

    private sealed class BlockDraft(string name, string code, string? reverseCode, int line)
    {
        public string Name { get; } = name;

        public string Code { get; } = code;

        public string? ReverseCode { get; } = reverseCode;

        public int Line { get; } = line;

        public List<PetrarchVerb> Verbs { get; } = [];

        public List<(int Line, string Text)> PatternLines { get; } = [];
    }
}
