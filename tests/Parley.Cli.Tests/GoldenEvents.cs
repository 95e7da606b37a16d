namespace Parley.Cli.Tests;

/// <summary>
/// Reads the team's golden sentence → events file (format described at its top): blocks of
/// "&gt; published sentence" followed by expected events, "none", "only" or "known-gap: reason".
/// </summary>
public static class GoldenEvents
{
    public sealed record Expected(string CodePrefix, string Source, string? Target, string Modality);

    public sealed record Case(int Line, string Published, string Sentence, IReadOnlyList<Expected> Events, bool None, bool Only, string? KnownGap)
    {
        public override string ToString() => $"line {Line}: {Sentence}";
    }

    public static IReadOnlyList<Case> Read(string path)
    {
        var cases = new List<Case>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith('>'))
            {
                continue;
            }

            var body = line[1..].Trim();
            var space = body.IndexOf(' ', StringComparison.Ordinal);
            var published = body[..space];
            var sentence = body[(space + 1)..];
            var events = new List<Expected>();
            bool none = false, only = false;
            string? gap = null;
            var start = i + 1;
            while (i + 1 < lines.Length && lines[i + 1].Trim().Length > 0 && !lines[i + 1].TrimStart().StartsWith('>'))
            {
                i++;
                var spec = lines[i].Trim();
                if (spec.StartsWith('#'))
                {
                    continue;
                }

                if (spec == "none")
                {
                    none = true;
                }
                else if (spec == "only")
                {
                    only = true;
                }
                else if (spec.StartsWith("known-gap:", StringComparison.Ordinal))
                {
                    gap = spec["known-gap:".Length..].Trim();
                }
                else
                {
                    var parts = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length != 4)
                    {
                        throw new FormatException($"{path}:{i + 1}: expected 'CODE SOURCE TARGET MODALITY', found '{spec}'.");
                    }

                    events.Add(new Expected(parts[0], parts[1], parts[2] == "-" ? null : parts[2], parts[3]));
                }
            }

            cases.Add(new Case(start, published, sentence, events, none, only, gap));
        }

        return cases;
    }
}
