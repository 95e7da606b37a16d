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
        return (phrase, head, asOf) => resolver.Resolve(phrase.ToUpperInvariant(), asOf, head.ToUpperInvariant()).Actors.Select(a => a.Code).ToArray();
    }
}
