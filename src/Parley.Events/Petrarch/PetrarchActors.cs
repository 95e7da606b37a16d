using Parley.Events.Actors;

namespace Parley.Events.Petrarch;

/// <summary>
/// Builds an actor lookup for a <see cref="PetrarchCoder"/> from PETRARCH actor and agent dictionaries,
/// through Parley's actor knowledge base (<see cref="ActorKnowledgeBaseBuilder.AddPetrarchActors"/>).
/// </summary>
public static class PetrarchActors
{
    /// <summary>Reads the dictionaries and returns a resolver function (phrase, head, date → codes).</summary>
    public static Func<string, string, DateOnly?, IReadOnlyList<string>> Load(IEnumerable<(TextReader Reader, string Name)> actors, IEnumerable<(TextReader Reader, string Name)> agents)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(agents);
        var builder = new ActorKnowledgeBaseBuilder();
        foreach (var (reader, name) in actors)
        {
            builder.AddPetrarchActors(reader, name);
        }

        foreach (var (reader, name) in agents)
        {
            builder.AddPetrarchAgents(reader, name);
        }

        // PETRARCH matches names case-insensitively and its dictionaries are written in capitals, so the
        // phrase is looked up in capitals too (the knowledge base reads short all-capital names as acronyms).
        var resolver = new ActorResolver(builder.Build());
        return (phrase, head, asOf) => Codes(resolver.Resolve(phrase.ToUpperInvariant(), asOf, head.ToUpperInvariant()));
    }

    /// <summary>One code per actor; an entry with several codes (<c>[FRO/BIL/SAM]</c>) stays one code, as PETRARCH writes it.</summary>
    private static string[] Codes(ActorResolution resolution)
    {
        var codes = new List<string>(resolution.Actors.Count);
        string? previousName = null;
        foreach (var actor in resolution.Actors)
        {
            if (actor.Name is not null && actor.Name == previousName && codes.Count > 0 && actor.IsKnown)
            {
                codes[^1] += "/" + actor.Code;
                continue;
            }

            codes.Add(actor.Code);
            previousName = actor.Name;
        }

        return codes.ToArray();
    }
}
