namespace Parley.Events.Coding;

/// <summary>
/// Checks the word constraints of an <see cref="EventPattern"/> (<see cref="EventPattern.Before"/>,
/// <see cref="EventPattern.After"/>) on a parse. Words after the trigger must stand, in order, in the
/// trigger's subtree; words before it anywhere earlier in the sentence. Actor markers are not checked here.
/// </summary>
internal static class PatternConstraints
{
    /// <summary>True when the pattern has no word constraints or all of them hold.</summary>
    public static bool Satisfied(ParseView view, int trigger, EventPattern pattern)
    {
        if (pattern.Before is null && pattern.After is null)
        {
            return true;
        }

        var sentence = view.Document.GetSentence(view.Document.GetTokenSentence(trigger));
        if (pattern.After is { } after)
        {
            var cursor = trigger + 1;
            foreach (var term in after)
            {
                if (term.Slots.Count == 0 && term.Preposition is null)
                {
                    continue;
                }

                var end = -1;
                for (var p = cursor; p < sentence.EndToken && end < 0; p++)
                {
                    if (view.Dominates(trigger, p))
                    {
                        end = MatchTerm(view, sentence.EndToken, p, term);
                    }
                }

                if (end < 0)
                {
                    return false;
                }

                cursor = end;
            }
        }

        if (pattern.Before is { } before)
        {
            var limit = trigger - 1;
            for (var k = before.Count - 1; k >= 0; k--)
            {
                var term = before[k];
                if (term.Slots.Count == 0 && term.Preposition is null)
                {
                    continue;
                }

                var found = -1;
                for (var p = limit; p >= sentence.FirstToken && found < 0; p--)
                {
                    if (MatchTerm(view, sentence.EndToken, p, term) >= 0)
                    {
                        found = p;
                    }
                }

                if (found < 0)
                {
                    return false;
                }

                limit = found - 1;
            }
        }

        return true;
    }

    /// <summary>Matches a term at token <paramref name="p"/>: its preposition, then (after determiners) its slots. Returns the token after the match, or -1.</summary>
    public static int MatchTerm(ParseView view, int end, int p, PatternTerm term)
    {
        if (term.Preposition is null)
        {
            return MatchSlots(view, end, p, term.Slots);
        }

        var after = MatchWords(view, end, p, term.Preposition.Split(' '));
        if (after < 0 || term.Slots.Count == 0)
        {
            return after;
        }

        // "(ON RESOLUTION)" matches "on a resolution": only determiners may come between.
        while (after < end && (view.Upos(after) == "DET" || view.Is(after, "det") || view.Is(after, "nmod:poss")))
        {
            after++;
        }

        return MatchSlots(view, end, after, term.Slots);
    }

    /// <summary>Matches consecutive slots (each one of its alternatives) from token <paramref name="p"/>; returns the token after, or -1.</summary>
    public static int MatchSlots(ParseView view, int end, int p, IReadOnlyList<IReadOnlyList<string>> slots)
    {
        var position = p;
        foreach (var slot in slots)
        {
            var next = -1;
            foreach (var alternative in slot)
            {
                next = MatchWords(view, end, position, alternative.Split(' '));
                if (next >= 0)
                {
                    break;
                }
            }

            if (next < 0)
            {
                return -1;
            }

            position = next;
        }

        return position;
    }

    /// <summary>Matches words on consecutive tokens from <paramref name="p"/>; returns the token after, or -1.</summary>
    public static int MatchWords(ParseView view, int end, int p, string[] words)
    {
        var position = p;
        foreach (var word in words)
        {
            if (position >= end || !WordMatches(view, position, word))
            {
                return -1;
            }

            position++;
        }

        return position;
    }

    /// <summary>
    /// A word matches a token by form or lemma; without a trailing <c>_</c> it also matches its plural form
    /// ("resolution" → "resolutions") in case the lemmatizer missed it. "meet" does not match "meeting".
    /// </summary>
    public static bool WordMatches(ParseView view, int t, string word)
    {
        var lower = view.Lower(t);
        if (word.EndsWith('_'))
        {
            var exact = word.AsSpan(0, word.Length - 1);
            return lower.AsSpan().SequenceEqual(exact) || view.Lemmas[t].AsSpan().SequenceEqual(exact);
        }

        return lower == word || view.Lemmas[t] == word ||
               (lower.Length == word.Length + 1 && lower[^1] == 's' && lower.StartsWith(word, StringComparison.Ordinal)) ||
               (lower.Length == word.Length + 2 && lower.EndsWith("es", StringComparison.Ordinal) && lower.StartsWith(word, StringComparison.Ordinal));
    }
}
