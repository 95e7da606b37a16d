namespace Parley.Events.Actors;

/// <summary>
/// One named actor: a country, an organisation, a person or an imported dictionary entry.
/// Immutable once the knowledge base is built.
/// </summary>
public sealed class ActorEntry
{
    internal ActorEntry(string name, ActorKind kind, string? defaultCode, IReadOnlyList<DatedCode> terms, string source)
    {
        Name = name;
        Kind = kind;
        DefaultCode = defaultCode;
        Terms = terms;
        Source = source;
    }

    /// <summary>Canonical name as written in the data.</summary>
    public string Name { get; }

    /// <summary>What the entry is.</summary>
    public ActorKind Kind { get; }

    /// <summary>Code used when no dated code applies (a country's own code); null for people.</summary>
    public string? DefaultCode { get; }

    /// <summary>Dated codes, in the order written. For people: terms of office.</summary>
    public IReadOnlyList<DatedCode> Terms { get; }

    /// <summary>Where the entry was defined, as <c>file:line</c>.</summary>
    public string Source { get; }

    /// <summary>Codes of a <see cref="ActorKind.Group"/> entry (e.g. <c>PRK</c>, <c>KOR</c>).</summary>
    public IReadOnlyList<string> Members { get; internal init; } = [];

    /// <summary>Sector a <see cref="ActorKind.Metonym"/> stands for (<c>GOV</c> for "Tokyo", <c>MIL</c> for "the Pentagon").</summary>
    public string? MetonymSector { get; internal init; }

    /// <summary>Country of the entry (ISO alpha-3), or null for organisations and unknowns.</summary>
    public string? Country { get; internal init; }

    /// <summary>
    /// The code for <paramref name="asOf"/>: the first dated code covering the day; otherwise
    /// <see cref="DefaultCode"/>. Without a date, the default code or else the latest dated code.
    /// Returns null when nothing applies (a person outside every term and without default).
    /// </summary>
    public string? CodeAsOf(DateOnly? asOf)
    {
        if (asOf is { } day)
        {
            foreach (var term in Terms)
            {
                if (term.Covers(day))
                {
                    return term.Code;
                }
            }

            return DefaultCode;
        }

        if (DefaultCode is not null || Terms.Count == 0)
        {
            return DefaultCode;
        }

        var latest = Terms[0];
        foreach (var term in Terms)
        {
            if ((term.From ?? DateOnly.MinValue) > (latest.From ?? DateOnly.MinValue))
            {
                latest = term;
            }
        }

        return latest.Code;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Kind}, {Source})";
}
