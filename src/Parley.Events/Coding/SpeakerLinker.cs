using Parley.Core;

namespace Parley.Events.Coding;

/// <summary>
/// Gives each quote's speaker the actor code and cluster of the actor whose mention it is ("he said"
/// after "Jeffrey Lewis, the director of …" carries Lewis's code), keeping a code the quote finder found
/// itself when no actor covers the speaker.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class SpeakerLinker : IPipe
{
    /// <inheritdoc/>
    public string Name => "speakers";

    /// <inheritdoc/>
    public IReadOnlyList<string> Requires { get; } = [Annotations.Quotes, Annotations.Actors];

    /// <inheritdoc/>
    public IReadOnlyList<string> Assigns { get; } = [];

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        for (var i = 0; i < document.Quotes.Count; i++)
        {
            var speaker = document.Quotes[i].Speaker;
            if (speaker is null)
            {
                continue;
            }

            var actor = document.Actors.FirstOrDefault(a => a.Mentions.Any(m => m.Length == 2 && Overlaps(m[0], m[1], speaker.Start, speaker.End)));
            if (actor is not null)
            {
                document.Quotes[i] = document.Quotes[i] with { Speaker = speaker with { Code = actor.Code, Cluster = actor.Cluster } };
            }
        }
    }

    private static bool Overlaps(int start, int end, int otherStart, int otherEnd) => start < otherEnd && otherStart < end;
}
