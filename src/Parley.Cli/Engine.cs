using Parley.Core;
using Parley.Core.Records;
using Parley.Events.Actors;
using Parley.Events.Citations;
using Parley.Events.Coding;
using Parley.Events.Coreference;
using Parley.Events.Lexicon;
using Parley.Events.Ontology;
using Parley.Events.Quotes;
using Parley.Events.Times;
using Parley.Nlp.Ner;
using Parley.Nlp.Segmentation;

namespace Parley.Cli;

/// <summary>
/// The composition root: the pipeline `parley code` and `parley ingest` run on every document —
/// segmentation, tagging and parsing (Parley's models), times, citations and quotes, then event coding
/// with Parley's lexicon, ontology, actor knowledge base and gazetteer. Built once, immutable and safe
/// to share between threads.
/// </summary>
public sealed class Engine
{
    private static readonly Lazy<Engine> Shared = new(() => Create(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Engine> SharedAccurate = new(() => Create(accurate: true), LazyThreadSafetyMode.ExecutionAndPublication);

    private Engine(Pipeline pipeline) => Pipeline = pipeline;

    /// <summary>The pipeline every document goes through.</summary>
    public Pipeline Pipeline { get; }

    /// <summary>
    /// The default engine over the models shipped beside the executable, loaded once per process: with the greedy
    /// parser, or with the beam-search one when <paramref name="accurate"/> (<c>--parser accurate</c>).
    /// </summary>
    public static Engine CreateDefault(bool accurate = false) => accurate ? SharedAccurate.Value : Shared.Value;

    /// <summary>
    /// Builds an engine over the models in <paramref name="modelsDirectory"/> (default: beside the executable), with the
    /// greedy parser or, when <paramref name="accurate"/>, the beam-search one.
    /// </summary>
    public static Engine Create(string? modelsDirectory = null, bool accurate = false)
    {
        var ontology = CameoOntology.LoadBuiltIn();
        var lexicon = EventLexicon.LoadBuiltIn(ontology);
        var resolver = new ActorResolver(ActorKnowledgeBase.LoadBuiltIn());
        var gazetteer = Parley.Events.Geo.Gazetteer.LoadBuiltIn();
        IReadOnlyList<ActorMatch> Resolve(string phrase, string head, DateOnly? asOf) =>
            resolver.Resolve(phrase, asOf, head).Actors.Select(a => new ActorMatch(a.Code, a.Country, a.Sector)).ToList();

        var coder = EventCoder.Create(new EventCoderOptions
        {
            Patterns = CoderPatterns.FromLexicon(lexicon),
            DescribeCode = ontology.Describe,
            ResolveActor = Resolve,
            FindPlace = gazetteer.FindLocation,
        });

        IPipe[] components =
        [
            new Tokenizer(),
            new SentenceSplitter(),
            .. NlpModels.LoadComponents(modelsDirectory, accurate: accurate),
            new EntityRecognizer(Commands.EvalNerCommand.LoadModel(modelsDirectory is null ? null : Path.Combine(modelsDirectory, "en-ner"))),
            new CoreferenceResolver(Gazetteer.LoadDefault()),
            new ActorLinker(Resolve),
            new TimeTagger(),
            new CitationFinder(),
            new QuoteFinder(),
            new SpeakerLinker(),
            coder,
        ];
        return new Engine(Pipeline.Create(components));
    }

    /// <summary>Runs the pipeline and builds the document's record.</summary>
    public DocumentRecord Code(Document document, bool includeTokens = false, CancellationToken cancellationToken = default)
    {
        Pipeline.Process(document, cancellationToken);
        return DocumentRecord.From(document, includeTokens);
    }
}
