namespace Parley.Store;

/// <summary>Row counts of a store.</summary>
public sealed record StoreStats(long Documents, long Events, long Mentions, long Quotes);
