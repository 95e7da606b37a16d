using System.Globalization;
using Parley.Core;
using Parley.Core.Records;

namespace Parley.Events.Coding;

/// <summary>
/// Turns named mentions into actors: every coreference cluster (or lone mention) is resolved to a
/// CAMEO actor code from the words that describe it anywhere in the article — its name, titles and
/// modifiers ("South Korean President Moon Jae-in"), appositions ("Shigeru Kitamura, a top Japanese
/// intelligence official") — as of the publication date. The most informative resolution wins
/// (a country and a sector beat a country alone, which beats nothing).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ActorLinker : IPipe
{
    private readonly Func<string, string, DateOnly?, IReadOnlyList<ActorMatch>> _resolve;

    /// <summary>Creates a linker over a resolver (phrase, head word, date → actors).</summary>
    public ActorLinker(Func<string, string, DateOnly?, IReadOnlyList<ActorMatch>> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        _resolve = resolve;
    }

    /// <inheritdoc/>
    public string Name => "actors";

    /// <inheritdoc/>
    public IReadOnlyList<string> Requires { get; } = [Annotations.Entities, Annotations.Coreference];

    /// <inheritdoc/>
    public IReadOnlyList<string> Assigns { get; } = [Annotations.Actors];

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Actors.Clear();
        var asOf = DateOnly.TryParseExact(document.Info.Published ?? string.Empty, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        var view = document.Has(Annotations.Dependencies) ? new ParseView(document) : null;
        var nextCluster = document.Entities.Select(e => e.Cluster ?? -1).DefaultIfEmpty(-1).Max() + 1;
        var groups = new List<(int Cluster, List<EntityRecord> Mentions)>();
        foreach (var entity in document.Entities)
        {
            if (entity.Cluster is { } cluster)
            {
                var group = groups.FindIndex(g => g.Cluster == cluster);
                if (group >= 0)
                {
                    groups[group].Mentions.Add(entity);
                    continue;
                }

                groups.Add((cluster, [entity]));
            }
            else
            {
                groups.Add((nextCluster++, [entity]));
            }
        }

        foreach (var (cluster, mentions) in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ActorMatch? best = null;
            var coreferent = document.Mentions.Where(m => m.Cluster == cluster && mentions[0].Cluster == cluster).ToList();
            foreach (var mention in mentions)
            {
                // "Dipuo Peters … Peters denied": the surname stands for the named person, not for a better-known
                // namesake in the knowledge base; the full name decides.
                if (mention.Type == "PER" && IsSurnameOfLongerName(mention.Text, mentions))
                {
                    continue;
                }

                string? own = null;
                foreach (var phrase in Descriptions(document, view, mention))
                {
                    var match = _resolve(phrase.Text, phrase.Head, asOf)[0];
                    if (!phrase.Around)
                    {
                        own = match.Country;
                    }
                    else if (own is not null && match.Country is not null && match.Country != own)
                    {
                        // The larger nominal is about someone else: "North Korea" in "a former North Korea
                        // negotiator at the Stimson Center" stays North Korea.
                        continue;
                    }

                    if (Informativeness(match) > Informativeness(best))
                    {
                        best = match;
                    }
                }
            }

            foreach (var phrase in CoreferenceDescriptions(coreferent.Where(m => !(m.Kind == "name" && IsSurnameOfLongerName(m.Text, mentions))).ToList()))
            {
                var match = _resolve(phrase.Text, phrase.Head, asOf)[0];
                if (Informativeness(match) > Informativeness(best))
                {
                    best = match;
                }
            }

            if (best is null || !best.IsKnown)
            {
                continue;
            }

            var name = mentions.Where(m => m.Type is "PER" or "ORG" or "LOC" or "GPE").OrderByDescending(m => m.Text.Length).FirstOrDefault()?.Text ?? mentions[0].Text;
            document.Actors.Add(new ActorRecord
            {
                Cluster = cluster,
                Name = name,
                Code = best.Code,
                Country = best.Country,
                Sector = best.Sector,
                Mentions = mentions.Select(m => (m.Start, m.End)).Concat(coreferent.Select(m => (m.Start, m.End)))
                    .Distinct().Order().Select(m => new[] { m.Start, m.End }).ToList(),
            });
        }

        document.MarkAssigned(Annotations.Actors);
    }

    /// <summary>What coreference found to describe the cluster: titles before names, cores of appositions, names.</summary>
    /// <summary>Whether <paramref name="text"/> is one word that ends a longer person name of the cluster ("Peters" of "Dipuo Peters").</summary>
    internal static bool IsSurnameOfLongerName(string text, IEnumerable<EntityRecord> mentions) =>
        !text.Contains(' ', StringComparison.Ordinal) &&
        mentions.Any(m => m.Type == "PER" && m.Text.Length > text.Length && m.Text.EndsWith(" " + text, StringComparison.Ordinal));

    private static IEnumerable<(string Text, string Head)> CoreferenceDescriptions(List<MentionRecord> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Descriptor is { } descriptor)
            {
                yield return (descriptor.Text, LastWord(descriptor.Text));
            }

            if (mention.Kind is "name" or "appositive" or "description")
            {
                yield return (mention.Text, LastWord(mention.Text));
            }
        }
    }

    private static string LastWord(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? text;

    /// <summary>
    /// How much a match says: who (a country, or an international body) outweighs what (a sector), so "General" in
    /// "Secretary-General Jens Stoltenberg" (---MIL) never hides the person's own code (IGOWSTNAT).
    /// </summary>
    private static int Informativeness(ActorMatch? match) =>
        match is null || !match.IsKnown ? 0
            : 1 + (match.Country is not null || Actors.ActorCode.IsTransnational(match.Code) ? 4 : 0) + (match.Sector is null ? 0 : 2);

    /// <summary>
    /// The mention itself and, with a parse, the whole noun phrase around it (titles, modifiers, appositions);
    /// <c>Around</c> marks the phrases around the mention, which may only add to a country the mention names itself.
    /// </summary>
    private static IEnumerable<(string Text, string Head, bool Around)> Descriptions(Document document, ParseView? view, EntityRecord mention)
    {
        var lastWord = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? mention.Text;
        yield return (mention.Text, lastWord, false);
        if (view is null)
        {
            yield break;
        }

        var head = HeadToken(document, view, mention.Start, mention.End);
        if (head < 0)
        {
            yield break;
        }

        var phraseHead = head;
        // A name inside a larger nominal ("President Moon", "Kitamura, a top … official") describes it too.
        if (view.Head(head) >= 0 && (view.Is(head, "appos") || view.Is(head, "flat") || view.Is(head, "compound")))
        {
            phraseHead = view.Head(head);
        }

        var (first, last) = view.Phrase(phraseHead);
        var text = view.Text(first, last);
        if (text.Length > mention.Text.Length && text.Length < 300)
        {
            yield return (text, document.GetTokenSpan(phraseHead).ToString(), true);
        }

        foreach (var child in view.Children(head).ToArray())
        {
            if (view.Is(child, "appos"))
            {
                var (f, l) = view.Phrase(child);
                yield return (view.Text(f, l), document.GetTokenSpan(child).ToString(), true);
            }
        }
    }

    private static int HeadToken(Document document, ParseView view, int start, int end)
    {
        var first = -1;
        for (var t = 0; t < document.TokenCount; t++)
        {
            if (document.GetTokenStart(t) >= start && document.GetTokenEnd(t) <= end)
            {
                if (first < 0)
                {
                    first = t;
                }

                var h = view.Head(t);
                if (h < 0 || document.GetTokenStart(h) < start || document.GetTokenEnd(h) > end)
                {
                    return t;
                }
            }
            else if (first >= 0)
            {
                break;
            }
        }

        return first;
    }
}
