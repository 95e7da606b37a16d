using Parley.Core;

namespace Parley.Ingest;

/// <summary>
/// One document read from an input, or the reason it could not be read. <see cref="Input"/> names the
/// input the way a user can find it again: a path, <c>path:line</c> for a JSONL line, or <c>-</c>.
/// </summary>
public sealed record ReadResult(string Input, Document? Document, string? Error)
{
    /// <summary>Whether the document was read.</summary>
    public bool Succeeded => Document is not null;

    public static ReadResult Ok(string input, Document document) => new(input, document, null);

    public static ReadResult Failed(string input, string error) => new(input, null, error);
}
