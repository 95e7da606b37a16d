using Parley.Core;
using Parley.Core.Records;

namespace Parley.Events.Quotes;

/// <summary>
/// Finds quotations and who said them. Direct quotes come from quote marks (see <see cref="QuoteMarks"/>);
/// each gets a kind — <c>direct</c> (a quote that stands as its own clause), <c>fragment</c> (a quoted
/// phrase inside the author's sentence, attributed by a reporting verb or "according to"), <c>scare</c>
/// (a quoted phrase or title with no attribution) — a cue (the reporting verb or phrase) and a speaker.
/// Sentences without quote marks that report speech ("X said that …", "X warned …", "according to X")
/// become <c>indirect</c> quotes.
/// </summary>
/// <remarks>
/// Attribution, in order: a cue after the quote (“…,” X said / said X / he said / according to X), a cue
/// before it (X said: “…” / X told reporters, “…”), a subject before a colon (X put it bluntly: “…”);
/// then, for a quote without a cue, the speaker of the quote it continues (across a paragraph break, or
/// right after the previous quote of the same paragraph), else a person named in the previous sentence.
/// Pronoun speakers are resolved to the most recent person who spoke or was the first person named in an
/// earlier sentence (appositives skipped). Speaker codes are left null unless a nationality or country
/// word gives one; <see cref="SpeakerRecord.Start"/>/<see cref="SpeakerRecord.End"/> let an actor resolver
/// fill them. Works from the text alone; PER entities, when present, sharpen the person test.
/// Stateless and thread-safe.
/// </remarks>
public sealed class QuoteFinder : IPipe
{
    /// <inheritdoc/>
    public string Name => "quotes";

    /// <inheritdoc/>
    public IReadOnlyList<string> Requires { get; } = [Annotations.Tokens, Annotations.Sentences];

    /// <inheritdoc/>
    public IReadOnlyList<string> Assigns { get; } = [Annotations.Quotes];

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Quotes.AddRange(Find(document));
        document.MarkAssigned(Annotations.Quotes);
    }

    /// <summary>The quotes of <paramref name="document"/> in text order, without writing them to it.</summary>
    public static List<QuoteRecord> Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new Attributor(TextWords.Scan(document), document).Run();
    }

    internal static List<QuoteRecord> Find(TextWords words) => new Attributor(words, null).Run();
}
