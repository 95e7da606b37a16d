using Parley.Events.Ontology;

namespace Parley.Events.Lexicon;

/// <summary>Parses the line format of <c>docs/formats/lexicon.md</c>, one line at a time.</summary>
internal static class LexiconParser
{
    private static readonly char[] Separators = [' ', '\t'];

    public static void Parse(
        Stream stream, string sourceName, CameoOntology? ontology, List<LexiconPattern> patterns, List<ModalityMarker> markers)
    {
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            ParseLine(line, sourceName, number, ontology, patterns, markers);
        }
    }

    private static void ParseLine(
        string line, string source, int number, CameoOntology? ontology, List<LexiconPattern> patterns, List<ModalityMarker> markers)
    {
        var fields = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 3)
        {
            throw Error(source, number, "a line needs at least a code (or modality), a kind and a lemma, e.g. '040 verb meet tgt=obl:with'.");
        }

        var head = fields[0];
        var isEvent = head.All(char.IsAsciiDigit);
        EventModality modality = default;
        if (isEvent)
        {
            if (head.Length is < 2 or > 4)
            {
                throw Error(source, number, $"'{head}' is not a CAMEO code; write 2 to 4 digits with leading zeros, e.g. 042.");
            }

            if (ontology is not null && !ontology.Contains(head))
            {
                throw Error(source, number, $"CAMEO code {head} is not in the ontology; check the code against data/ontology/cameo.tsv.");
            }
        }
        else if (!TryModality(head, out modality))
        {
            throw Error(source, number, $"'{head}' is neither a CAMEO code nor a modality (cancelled, future, hypothetical, negated).");
        }

        if (!TryKind(fields[1], out var kind))
        {
            throw Error(source, number, $"'{fields[1]}' is not a kind; use verb, noun or adj (markers also aux, adv, part, det, sconj).");
        }

        if (isEvent && kind is not (TriggerKind.Verb or TriggerKind.Noun or TriggerKind.Adjective))
        {
            throw Error(source, number, $"event patterns are verb, noun or adj; '{fields[1]}' is only for modality markers.");
        }

        var lemmaText = fields[2];
        if (!IsLemma(lemmaText))
        {
            throw Error(source, number, $"'{lemmaText}' is not a lemma; write the lower-case dictionary form (join phrase words with _, e.g. air_strike).");
        }

        string? particle = null;
        var requirements = new List<Requirement>();
        IReadOnlyList<DependencyPath>? src = null, tgt = null, via = null;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 3; i < fields.Length; i++)
        {
            var field = fields[i];
            var eq = field.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == field.Length - 1)
            {
                throw Error(source, number, $"'{field}' should be key=value (prt=off, obj=talk|meeting, tgt=obl:with, …).");
            }

            var key = field[..eq];
            var value = field[(eq + 1)..];
            if (!keys.Add(key))
            {
                throw Error(source, number, $"'{key}' is given twice; list alternatives in one value with |.");
            }

            switch (key)
            {
                case "prt":
                    if (!IsLemma(value) || value.Contains('_', StringComparison.Ordinal))
                    {
                        throw Error(source, number, $"particle '{value}' must be one lower-case word, e.g. prt=off.");
                    }

                    particle = value;
                    break;
                case "src" or "tgt":
                    if (!isEvent)
                    {
                        throw Error(source, number, $"{key}= belongs on event patterns; modality markers use via=.");
                    }

                    var roles = Paths(value, source, number, key);
                    if (key == "src")
                    {
                        src = roles;
                    }
                    else
                    {
                        tgt = roles;
                    }

                    break;
                case "via":
                    if (isEvent)
                    {
                        throw Error(source, number, "via= belongs on modality markers; event patterns use src= and tgt=.");
                    }

                    via = Paths(value, source, number, key);
                    break;
                default:
                    requirements.Add(ParseRequirement(key, value, source, number));
                    break;
            }
        }

        var lemma = new LemmaPhrase(lemmaText);
        if (isEvent)
        {
            patterns.Add(new LexiconPattern
            {
                Code = head,
                Kind = kind,
                Lemma = lemma,
                Particle = particle,
                Requirements = requirements,
                Source = src ?? DefaultSource(kind),
                Target = tgt ?? DefaultTarget(kind),
                SourceName = source,
                Line = number,
            });
        }
        else
        {
            markers.Add(new ModalityMarker
            {
                Modality = modality,
                Kind = kind,
                Lemma = lemma,
                Particle = particle,
                Requirements = requirements,
                Via = via ?? [],
                SourceName = source,
                Line = number,
            });
        }
    }

    private static DependencyPath[] DefaultSource(TriggerKind kind) =>
        [DependencyPath.TryParse(kind == TriggerKind.Noun ? "nmod:poss" : "nsubj", out _)!];

    private static DependencyPath[] DefaultTarget(TriggerKind kind) =>
        kind == TriggerKind.Verb ? [DependencyPath.TryParse("obj", out _)!] : [];

    private static DependencyPath[] Paths(string value, string source, int number, string key)
    {
        if (value == "-")
        {
            return [];
        }

        var alternatives = value.Split('|');
        var paths = new DependencyPath[alternatives.Length];
        for (var i = 0; i < alternatives.Length; i++)
        {
            if (alternatives[i] == "-")
            {
                throw Error(source, number, $"{key}=- means 'none' and cannot be mixed with relations; every role is optional anyway.");
            }

            paths[i] = DependencyPath.TryParse(alternatives[i], out var problem)
                ?? throw Error(source, number, $"in {key}=: {problem}.");
        }

        return paths;
    }

    private static Requirement ParseRequirement(string key, string value, string source, int number)
    {
        var path = DependencyPath.TryParse(key, out var problem)
            ?? throw Error(source, number, $"unknown key '{key}': {problem}. Keys are prt, src, tgt, via or a relation path such as obj or xcomp>obj.");
        if (value == "*")
        {
            return new Requirement { Path = path };
        }

        var words = value.Split('|');
        var lemmas = new LemmaPhrase[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            if (!IsLemma(words[i]))
            {
                throw Error(source, number, $"'{words[i]}' in {key}= is not a lemma; write lower-case words separated by | (or * for any).");
            }

            lemmas[i] = new LemmaPhrase(words[i]);
        }

        return new Requirement { Path = path, Lemmas = lemmas };
    }

    // Lower-case letters, digits, and - ' _ . inside a word ("cease-fire", "n't", "charge_d'affaires").
    private static bool IsLemma(string text)
    {
        if (text.Length == 0 || text[0] == '_' || text[^1] == '_' || text.Contains("__", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '\'' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryKind(string text, out TriggerKind kind)
    {
        (var ok, kind) = text switch
        {
            "verb" => (true, TriggerKind.Verb),
            "noun" => (true, TriggerKind.Noun),
            "adj" => (true, TriggerKind.Adjective),
            "aux" => (true, TriggerKind.Auxiliary),
            "adv" => (true, TriggerKind.Adverb),
            "part" => (true, TriggerKind.Particle),
            "det" => (true, TriggerKind.Determiner),
            "sconj" => (true, TriggerKind.Subordinator),
            _ => (false, TriggerKind.Verb),
        };
        return ok;
    }

    private static bool TryModality(string text, out EventModality modality)
    {
        (var ok, modality) = text switch
        {
            "cancelled" => (true, EventModality.Cancelled),
            "future" => (true, EventModality.Future),
            "hypothetical" => (true, EventModality.Hypothetical),
            "negated" => (true, EventModality.Negated),
            _ => (false, EventModality.Asserted),
        };
        return ok;
    }

    private static DataFormatException Error(string source, int line, string problem) => new(source, line, problem);
}
