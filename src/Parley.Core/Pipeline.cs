namespace Parley.Core;

/// <summary>
/// An immutable, ordered list of components, checked when it is built: every layer a component
/// requires must be assigned by an earlier component (or be the text itself). Thread-safe.
/// </summary>
public sealed class Pipeline
{
    private readonly IPipe[] _pipes;

    private Pipeline(IPipe[] pipes) => _pipes = pipes;

    /// <summary>The components, in the order they run.</summary>
    public IReadOnlyList<IPipe> Components => _pipes;

    /// <summary>The layers a document carries after this pipeline ran.</summary>
    public IReadOnlyCollection<string> Assigns => _pipes.SelectMany(p => p.Assigns).Append(Annotations.Text).ToHashSet(StringComparer.Ordinal);

    /// <summary>Builds a pipeline, checking that the components come in a workable order.</summary>
    /// <exception cref="PipelineException">A component needs a layer no earlier component assigns.</exception>
    public static Pipeline Create(IEnumerable<IPipe> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var pipes = components.ToArray();
        var available = new HashSet<string>(StringComparer.Ordinal) { Annotations.Text };
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pipe in pipes)
        {
            if (!names.Add(pipe.Name))
            {
                throw new PipelineException($"The pipeline has two components named '{pipe.Name}'; give each component once.");
            }

            foreach (var layer in pipe.Requires)
            {
                if (!available.Contains(layer))
                {
                    throw new PipelineException(
                        $"Component '{pipe.Name}' requires '{layer}', which no earlier component assigns. " +
                        $"Add a component that assigns '{layer}' before '{pipe.Name}'.");
                }
            }

            available.UnionWith(pipe.Assigns);
        }

        return new Pipeline(pipes);
    }

    /// <summary>Runs every component on <paramref name="document"/>, in order.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var pipe in _pipes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pipe.Process(document, cancellationToken);
        }

        return document;
    }
}
