namespace Parley.Store;

/// <summary>
/// A batch transaction (<see cref="IEventStore.CommitEvery"/> &gt; 1) ended without committing: none of
/// <see cref="DocumentIds"/> is stored (each was rolled back whole), and storing them again is safe.
/// </summary>
public sealed class BatchNotCommittedException : StoreException
{
    public BatchNotCommittedException()
    {
    }

    public BatchNotCommittedException(string message)
        : base(message)
    {
    }

    public BatchNotCommittedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BatchNotCommittedException(IReadOnlyList<string> documentIds, string message, Exception innerException)
        : base(message, innerException)
    {
        DocumentIds = documentIds;
    }

    /// <summary>Ids of the documents (stored or deleted in the batch) whose changes were lost.</summary>
    public IReadOnlyList<string> DocumentIds { get; } = [];
}
