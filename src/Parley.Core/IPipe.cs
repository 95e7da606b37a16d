namespace Parley.Core;

/// <summary>
/// A pipeline component. It declares the layers it needs and the layers it writes, and annotates a
/// document in place. Implementations are immutable and safe to call from many threads at once, each
/// on its own document.
/// </summary>
public interface IPipe
{
    /// <summary>A short name used in error messages and manifests.</summary>
    string Name { get; }

    /// <summary>Layers (see <see cref="Annotations"/>) that must be present before this component runs.</summary>
    IReadOnlyList<string> Requires { get; }

    /// <summary>Layers this component assigns.</summary>
    IReadOnlyList<string> Assigns { get; }

    /// <summary>Annotates <paramref name="document"/>.</summary>
    void Process(Document document, CancellationToken cancellationToken = default);
}
