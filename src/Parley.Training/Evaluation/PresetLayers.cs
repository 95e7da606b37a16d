using Parley.Core;

namespace Parley.Training.Evaluation;

/// <summary>
/// A pipeline component that assigns nothing itself: it declares layers the document already carries
/// (gold tokens and sentences set by the evaluator), so the real components can be checked after it.
/// </summary>
public sealed class PresetLayers(params string[] layers) : IPipe
{
    /// <inheritdoc/>
    public string Name => "preset";

    /// <inheritdoc/>
    public IReadOnlyList<string> Requires => [];

    /// <inheritdoc/>
    public IReadOnlyList<string> Assigns => layers;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var layer in layers)
        {
            if (!document.Has(layer))
            {
                throw new InvalidOperationException($"The document should already carry '{layer}'.");
            }
        }
    }
}
