using Parley.Core;

namespace Parley.Ingest.Cleaning;

/// <summary>The outcome of <see cref="Cleaner.Clean"/>: the cleaned text and what was learned or removed on the way.</summary>
/// <param name="Text">Cleaned text: paragraphs separated by exactly one blank line (<c>"\n\n"</c>), single newlines only where
/// the input broke a paragraph's lines, no leading or trailing whitespace. Empty when nothing but furniture was found.</param>
/// <param name="Title">The title taken from the first line, or null.</param>
/// <param name="Dateline">The place of a dateline ("BRUSSELS"), or null.</param>
/// <param name="DatelineSource">The agency named in a dateline ("Reuters", "AP"), or null.</param>
/// <param name="Byline">The names of a "By …" line in the header, or null.</param>
/// <param name="Published">An ISO 8601 date read from a "Published …"/"Updated …" header line, or null.</param>
/// <param name="Removed">Every piece of text dropped, in input order, with its reason.</param>
public sealed record CleanResult(
    string Text,
    string? Title,
    string? Dateline,
    string? DatelineSource,
    string? Byline,
    string? Published,
    IReadOnlyList<Removal> Removed);
