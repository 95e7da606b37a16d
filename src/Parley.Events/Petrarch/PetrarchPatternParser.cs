namespace Parley.Events.Petrarch;

/// <summary>Parses the body of one pattern line (after the leading <c>-</c>) into a <see cref="PetrarchPattern"/>.</summary>
internal static class PetrarchPatternParser
{
    public static PetrarchPattern? Parse(string text, int line, IReadOnlyDictionary<string, IReadOnlyList<string>> sets, out string? error)
    {
        error = null;
        var open = text.LastIndexOf('[');
        var close = text.LastIndexOf(']');
        if (open < 0 || close < open || text[(close + 1)..].Trim().Length > 0)
        {
            error = "a pattern must end with its code in brackets, e.g. '- * TALKS [036]'.";
            return null;
        }

        var (code, reverse) = PetrarchVerbDictionaryReader.SplitCode(text[(open + 1)..close]);
        var body = text[..open];
        var position = 0;
        var elements = ParseElements(body, ref position, sets, topLevel: true, out var verbIndex, out var compound, out error);
        if (elements is null)
        {
            return null;
        }

        if (verbIndex < 0)
        {
            error = "a pattern needs '*' where the verb stands, e.g. '- * (WITH +) [040]'.";
            return null;
        }

        return new PetrarchPattern
        {
            Line = line,
            Text = text.Trim(),
            Before = elements.Take(verbIndex).ToArray(),
            After = elements.Skip(verbIndex).ToArray(),
            Code = code,
            ReverseCode = reverse,
            Compound = compound,
        };
    }

    private static List<PetrarchPatternElement>? ParseElements(string body, ref int i, IReadOnlyDictionary<string, IReadOnlyList<string>> sets, bool topLevel,
        out int verbIndex, out bool compound, out string? error)
    {
        verbIndex = -1;
        compound = false;
        error = null;
        var elements = new List<PetrarchPatternElement>();
        while (i < body.Length)
        {
            var c = body[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            switch (c)
            {
                case ')' when !topLevel:
                    i++;
                    return elements;
                case ')':
                case '}':
                    error = $"unbalanced '{c}' at column {i + 1}.";
                    return null;
                case '*':
                    if (!topLevel || verbIndex >= 0)
                    {
                        error = topLevel ? "a pattern has only one '*'." : "'*' cannot stand inside parentheses.";
                        return null;
                    }

                    verbIndex = elements.Count;
                    i++;
                    continue;
                case '%':
                    compound = true;
                    i++;
                    continue;
                case '$':
                    elements.Add(new PetrarchPatternElement { Kind = PetrarchElementKind.Source });
                    i++;
                    continue;
                case '+' when i + 1 >= body.Length || char.IsWhiteSpace(body[i + 1]) || body[i + 1] is ')' or '}':
                    elements.Add(new PetrarchPatternElement { Kind = PetrarchElementKind.Target });
                    i++;
                    continue;
                case '^':
                    elements.Add(new PetrarchPatternElement { Kind = PetrarchElementKind.Skip });
                    i++;
                    continue;
                case '(':
                    {
                        i++;
                        var inner = ParseElements(body, ref i, sets, topLevel: false, out _, out var innerCompound, out error);
                        if (inner is null)
                        {
                            return null;
                        }

                        compound |= innerCompound;
                        if (inner.Count == 0 || inner[0].Kind != PetrarchElementKind.Words || inner[0].Slots[0].Count != 1)
                        {
                            error = "parentheses must start with a preposition, e.g. '(WITH +)'.";
                            return null;
                        }

                        var first = inner[0];
                        var rest = new List<PetrarchPatternElement>();
                        if (first.Slots.Count > 1)
                        {
                            rest.Add(first with { Slots = first.Slots.Skip(1).ToArray() });
                        }

                        rest.AddRange(inner.Skip(1));
                        elements.Add(new PetrarchPatternElement { Kind = PetrarchElementKind.Phrase, Preposition = first.Slots[0][0].TrimEnd('_'), Inner = rest });
                        continue;
                    }

                case '{':
                    {
                        var end = body.IndexOf('}', i + 1);
                        if (end < 0)
                        {
                            error = $"'{{' at column {i + 1} is never closed.";
                            return null;
                        }

                        var slots = new List<IReadOnlyList<string>>();
                        foreach (var token in body[(i + 1)..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                        {
                            var slot = Slot(token, sets, out error);
                            if (slot is null)
                            {
                                return null;
                            }

                            slots.Add(slot);
                        }

                        if (slots.Count == 0)
                        {
                            error = $"empty braces at column {i + 1}.";
                            return null;
                        }

                        elements.Add(new PetrarchPatternElement { Kind = PetrarchElementKind.Words, Slots = slots });
                        i = end + 1;
                        continue;
                    }
            }

            var start = i;
            while (i < body.Length && !char.IsWhiteSpace(body[i]) && body[i] is not ('(' or ')' or '{' or '}' or '*' or '$' or '^' or '%'))
            {
                i++;
            }

            var word = Slot(body[start..i], sets, out error);
            if (word is null)
            {
                return null;
            }

            elements.Add(new PetrarchPatternElement { Kind = PetrarchElementKind.Words, Slots = [word] });
        }

        if (!topLevel)
        {
            error = "'(' is never closed.";
            return null;
        }

        return elements;
    }

    private static IReadOnlyList<string>? Slot(string token, IReadOnlyDictionary<string, IReadOnlyList<string>> sets, out string? error)
    {
        error = null;
        if (token.StartsWith('&'))
        {
            var name = token[1..].ToUpperInvariant();
            if (!sets.TryGetValue(name, out var members))
            {
                error = $"unknown synonym set '{token}'; define it with '&{name}' and '+MEMBER' lines.";
                return null;
            }

            return members;
        }

        var normalized = PetrarchVerbDictionaryReader.NormalizeWords(token.TrimStart('+'));
        if (normalized.Length == 0)
        {
            error = $"'{token}' is not a word.";
            return null;
        }

        return [normalized];
    }
}
