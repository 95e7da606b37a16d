using Parley.Core.Records;

namespace Parley.Store;

/// <summary>
/// The event database: stores document records, merges their event reports into events, and answers
/// queries. Open one with <see cref="EventStore.Open"/>. An instance holds one connection and is not
/// thread-safe; open one per thread.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>The database as the user named it (a path, or a connection string without password).</summary>
    string Target { get; }

    /// <summary>The schema version of the open database (always <see cref="EventStore.SchemaVersion"/> once open).</summary>
    int SchemaVersion { get; }

    /// <summary>
    /// How many documents one commit holds (default 1). Above 1, each document is still atomic (a
    /// savepoint inside the batch), but a crash loses the uncommitted documents of the current batch —
    /// never part of one; a re-run stores them again. <see cref="Flush"/> and disposing commit the batch.
    /// </summary>
    int CommitEvery { get; set; }

    /// <summary>
    /// Ids of the documents stored (or deleted) in the open batch transaction, in order: their changes are
    /// not committed yet. Always empty with <see cref="CommitEvery"/> = 1.
    /// </summary>
    IReadOnlyList<string> UncommittedDocuments { get; }

    /// <summary>
    /// Commits the documents stored since the last commit. When the commit fails, throws
    /// <see cref="BatchNotCommittedException"/> naming the documents that are not stored (the batch is rolled back).
    /// <see cref="Store"/> and <see cref="Delete"/> throw it too when the batch they complete (or a failure
    /// that ended the whole transaction) loses the batch.
    /// </summary>
    void Flush();

    /// <summary>Whether a document with this id (content hash) is stored.</summary>
    bool Contains(string documentId);

    /// <summary>
    /// Stores a record in one transaction: either all of it (document, quotes, event mentions and the
    /// merged events) or, on any failure, nothing. A stored id is skipped unless <paramref name="replace"/>.
    /// </summary>
    StoreOutcome Store(DocumentRecord record, bool replace = false);

    /// <summary>Deletes a document and its mentions, re-merging the events they belonged to. Returns whether it existed.</summary>
    bool Delete(string documentId);

    /// <summary>Ids of every stored document, in ordinal order.</summary>
    IReadOnlyList<string> DocumentIds();

    /// <summary>The stored document, or null.</summary>
    StoredDocument? GetDocument(string documentId);

    /// <summary>Merged events matching <paramref name="query"/>, ordered by day then key.</summary>
    IReadOnlyList<StoredEvent> Events(EventQuery query);

    /// <summary>Quotes matching <paramref name="query"/>, ordered by publication date, document and index.</summary>
    IReadOnlyList<StoredQuote> Quotes(QuoteQuery query);

    /// <summary>Documents matching a full-text query, best first.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit = 20);

    /// <summary>A directed dyad's asserted events per period (periods with no event are omitted).</summary>
    IReadOnlyList<DyadPoint> Dyad(DyadQuery query);

    /// <summary>Row counts.</summary>
    StoreStats Stats();
}
