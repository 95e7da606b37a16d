using Parley.Core;
using Parley.Core.Records;
using Parley.Nlp.Segmentation;

namespace Parley.Cli;

/// <summary>
/// The composition root: the pipeline `parley code` and `parley ingest` run on every document.
/// Built once, immutable and safe to share between threads.
/// </summary>
public sealed class Engine
{
    private Engine(Pipeline pipeline) => Pipeline = pipeline;

    /// <summary>The pipeline every document goes through.</summary>
    public Pipeline Pipeline { get; }

    /// <summary>Creates the default engine with Parley's shipped components.</summary>
    public static Engine CreateDefault() => new(Pipeline.Create([new Tokenizer(), new SentenceSplitter()]));

    /// <summary>Runs the pipeline and builds the document's record.</summary>
    public DocumentRecord Code(Document document, bool includeTokens = false, CancellationToken cancellationToken = default)
    {
        Pipeline.Process(document, cancellationToken);
        return DocumentRecord.From(document, includeTokens);
    }
}
