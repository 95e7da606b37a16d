namespace Parley.Store;

/// <summary>What <see cref="IEventStore.Store"/> did with a document.</summary>
public enum StoreOutcome
{
    /// <summary>The document was new and is now stored.</summary>
    Stored,

    /// <summary>A document with the same id (content hash) was already stored; nothing changed.</summary>
    Skipped,

    /// <summary>The document was stored before and its record was replaced (re-coded).</summary>
    Replaced,
}
