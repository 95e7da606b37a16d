namespace Parley.Events.Actors;

/// <summary>Sizes of an <see cref="ActorKnowledgeBase"/>.</summary>
public sealed record ActorKnowledgeBaseStats(
    int Countries,
    int Organisations,
    int People,
    int OfficeTerms,
    int SectorWords,
    int ImportedEntries,
    int Phrases);
