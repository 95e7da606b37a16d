using Parley.Events.Coding;

namespace Parley.Events.Petrarch;

/// <summary>
/// Turns a <see cref="PetrarchVerbDictionary"/> into Parley <see cref="EventPattern"/>s: every member verb of a
/// block gets a bare pattern with its code (the verb's own, else the block's) and one pattern per block
/// pattern. Elements before <c>*</c> become <see cref="EventPattern.Before"/>, elements after it
/// <see cref="EventPattern.After"/>; <c>$</c>/<c>+</c> become source/target markers, <c>(PREP …)</c> a term
/// with a preposition, <c>^</c> a <see cref="PatternRole.Skip"/> marker, <c>%</c> sets
/// <see cref="EventPattern.Reciprocal"/> and the code after a colon <see cref="EventPattern.ReverseCode"/>.
/// The words of a multi-word verb (<c>+BREAK_DOWN</c>) become its <see cref="EventPattern.Particle"/>
/// (after) or a leading <see cref="EventPattern.Before"/> term (before).
/// </summary>
public static class PetrarchPatternConverter
{
    /// <summary>Converts the whole dictionary.</summary>
    public static PetrarchPatternSet Convert(PetrarchVerbDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        var patterns = new List<EventPattern>(dictionary.PatternCount * 4);
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var converted = new Dictionary<PetrarchPattern, (PatternTerm[] Before, PatternTerm[] After)>();
        foreach (var block in dictionary.Blocks)
        {
            foreach (var pattern in block.Patterns)
            {
                converted[pattern] = (Terms(pattern.Before), Terms(pattern.After));
            }

            foreach (var verb in block.Verbs)
            {
                foreach (var form in verb.Forms)
                {
                    forms.TryAdd(form, verb.Lemma);
                }

                foreach (var form in RegularForms(verb.Lemma))
                {
                    forms.TryAdd(form, verb.Lemma);
                }

                var particle = verb.WordsAfter.Count == 0 ? null : string.Join(' ', verb.WordsAfter);
                PatternTerm[]? verbBefore = verb.WordsBefore.Count == 0 ? null : [new PatternTerm { Slots = verb.WordsBefore.Select(w => (IReadOnlyList<string>)[w + "_"]).ToArray() }];
                patterns.Add(new EventPattern
                {
                    Id = $"{dictionary.Source}:{verb.Line}",
                    Lemma = verb.Lemma,
                    Particle = particle,
                    Before = verbBefore,
                    Code = verb.Code ?? block.Code,
                    ReverseCode = verb.Code is null ? block.ReverseCode : verb.ReverseCode,
                });
                foreach (var pattern in block.Patterns)
                {
                    var (before, after) = converted[pattern];
                    patterns.Add(new EventPattern
                    {
                        Id = $"{dictionary.Source}:{pattern.Line}",
                        Lemma = verb.Lemma,
                        Particle = particle,
                        Before = verbBefore is null ? (before.Length == 0 ? null : before) : [.. verbBefore, .. before],
                        After = after.Length == 0 ? null : after,
                        Code = pattern.Code,
                        ReverseCode = pattern.ReverseCode,
                        Reciprocal = pattern.Compound,
                    });
                }
            }
        }

        return new PetrarchPatternSet(patterns, forms);
    }

    /// <summary>
    /// Regular inflections of a verb (PETRARCH generates them too), so a verb is found when a lemmatizer
    /// gets it wrong: -s/-es/-ies, -ed/-d/-ied, -ing, and the doubled-consonant variants ("stopped").
    /// </summary>
    internal static IEnumerable<string> RegularForms(string lemma)
    {
        if (lemma.Length < 2 || lemma.Contains(' ', StringComparison.Ordinal))
        {
            yield break;
        }

        var last = lemma[^1];
        var consonantY = last == 'y' && !IsVowel(lemma[^2]);
        yield return lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal)
            ? lemma + "es"
            : consonantY ? lemma[..^1] + "ies" : lemma + "s";
        yield return last == 'e' ? lemma + "d" : consonantY ? lemma[..^1] + "ied" : lemma + "ed";
        yield return last == 'e' && !lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma[..^1] + "ing" : lemma + "ing";
        if (lemma.Length >= 3 && !IsVowel(last) && last is not ('w' or 'x' or 'y') && IsVowel(lemma[^2]) && !IsVowel(lemma[^3]))
        {
            yield return lemma + last + "ed";
            yield return lemma + last + "ing";
        }

        static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
    }

    private static PatternTerm[] Terms(IReadOnlyList<PetrarchPatternElement> elements)
    {
        var terms = new List<PatternTerm>(elements.Count);
        foreach (var element in elements)
        {
            switch (element.Kind)
            {
                case PetrarchElementKind.Words:
                    terms.Add(new PatternTerm { Slots = element.Slots });
                    break;
                case PetrarchElementKind.Source:
                    terms.Add(new PatternTerm { Role = PatternRole.Source });
                    break;
                case PetrarchElementKind.Target:
                    terms.Add(new PatternTerm { Role = PatternRole.Target });
                    break;
                case PetrarchElementKind.Phrase:
                    var slots = element.Inner.Where(e => e.Kind == PetrarchElementKind.Words).SelectMany(e => e.Slots).ToArray();
                    var role = element.Inner.Any(e => e.Kind == PetrarchElementKind.Target) ? PatternRole.Target
                        : element.Inner.Any(e => e.Kind == PetrarchElementKind.Source) ? PatternRole.Source : PatternRole.None;
                    terms.Add(new PatternTerm { Preposition = element.Preposition, Slots = slots, Role = role });
                    break;
                case PetrarchElementKind.Skip:
                    terms.Add(new PatternTerm { Role = PatternRole.Skip });
                    break;
                default:
                    break;
            }
        }

        return terms.ToArray();
    }
}
