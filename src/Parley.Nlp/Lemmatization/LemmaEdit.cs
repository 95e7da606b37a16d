namespace Parley.Nlp.Lemmatization;

/// <summary>
/// How to turn a word form into its lemma: optionally lower-case it, cut <see cref="Cut"/> characters from
/// the end and append <see cref="Append"/>.
/// </summary>
/// <param name="Lower">Lower-case the form first.</param>
/// <param name="Cut">Characters removed from the end.</param>
/// <param name="Append">Characters appended.</param>
public readonly record struct LemmaEdit(bool Lower, int Cut, string Append)
{
    /// <summary>Learns the edit that turns <paramref name="form"/> into <paramref name="lemma"/>.</summary>
    public static LemmaEdit Learn(string form, string lemma)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(lemma);
        var exact = CommonPrefix(form, lemma);
        var lowered = form.ToLowerInvariant();
        var lower = CommonPrefix(lowered, lemma) > exact;
        var source = lower ? lowered : form;
        var common = lower ? CommonPrefix(lowered, lemma) : exact;
        return new LemmaEdit(lower, source.Length - common, lemma[common..]);
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    /// <summary>Applies the edit; returns null when the form is too short for it.</summary>
    public string? Apply(ReadOnlySpan<char> form)
    {
        if (Cut > form.Length)
        {
            return null;
        }

        if (!Lower && Cut == 0 && Append.Length == 0)
        {
            return form.ToString();
        }

        Span<char> buffer = form.Length - Cut + Append.Length <= 256 ? stackalloc char[form.Length - Cut + Append.Length] : new char[form.Length - Cut + Append.Length];
        var kept = form[..^Cut];
        if (Lower)
        {
            kept.ToLowerInvariant(buffer);
        }
        else
        {
            kept.CopyTo(buffer);
        }

        Append.AsSpan().CopyTo(buffer[kept.Length..]);
        return buffer.ToString();
    }
}
