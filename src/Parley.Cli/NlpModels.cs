using Parley.Core;
using Parley.Nlp.Lemmatization;
using Parley.Nlp.Models;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;

namespace Parley.Cli;

/// <summary>
/// Finds and loads Parley's NLP models from disk: by default the <c>models/</c> directory copied next to the
/// executable (<c>models/en-tagger</c>, <c>models/en-parser</c>). Turns load failures into one-line errors.
/// </summary>
internal static class NlpModels
{
    public const string TaggerName = "en-tagger";
    public const string ParserName = "en-parser";

    /// <summary>The beam-search parser: more accurate, several times slower (chosen with <c>--parser accurate</c>).</summary>
    public const string AccurateParserName = "en-parser-beam";

    /// <summary>The parser directory name for a <c>--parser</c> choice.</summary>
    public static string ParserFor(bool accurate) => accurate ? AccurateParserName : ParserName;

    /// <summary>The models directory shipped beside the executable.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>
    /// The tagger, lemmatizer and parser components over the models in <paramref name="directory"/>
    /// (default <see cref="DefaultDirectory"/>), to run after the tokenizer and sentence splitter.
    /// </summary>
    public static IPipe[] LoadComponents(string? directory = null, int? beamWidth = null, bool accurate = false)
    {
        directory ??= DefaultDirectory;
        var (tagger, lemmatizer) = LoadTagger(Path.Combine(directory, TaggerName));
        var parser = LoadParser(Path.Combine(directory, ParserFor(accurate)));
        if (beamWidth is { } width)
        {
            parser = parser.WithBeam(width);
        }

        return [new Tagger(tagger), new Lemmatizer(lemmatizer), new DependencyParser(parser)];
    }

    public static (TaggerModel Tagger, LemmatizerModel Lemmatizer) LoadTagger(string directory)
    {
        var (manifest, weights) = Open(directory);
        using (manifest)
        using (weights)
        {
            return Wrap(() => ModelFiles.LoadTagger(manifest, weights, directory));
        }
    }

    public static ParserModel LoadParser(string directory)
    {
        var (manifest, weights) = Open(directory);
        using (manifest)
        using (weights)
        {
            return Wrap(() => ModelFiles.LoadParser(manifest, weights, directory));
        }
    }

    /// <summary>Writes a model directory: the blob and its manifest.</summary>
    public static void Save(string directory, byte[] blob, ModelManifest manifest)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, ModelFiles.WeightsFileName), blob);
        using var stream = File.Create(Path.Combine(directory, ModelFiles.ManifestFileName));
        manifest.Write(stream);
        stream.WriteByte((byte)'\n');
    }

    private static (Stream Manifest, Stream Weights) Open(string directory)
    {
        var manifestPath = Path.Combine(directory, ModelFiles.ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            throw new CliException($"No model at '{directory}': '{ModelFiles.ManifestFileName}' is missing. Pass --models with the directory holding en-tagger/ and en-parser/, or train them with 'parley train'.");
        }

        var manifest = File.OpenRead(manifestPath);
        var weightsPath = Path.Combine(directory, ModelFiles.WeightsFileName);
        if (!File.Exists(weightsPath))
        {
            manifest.Dispose();
            throw new CliException($"Model '{directory}' has a manifest but no '{ModelFiles.WeightsFileName}'. Restore the model directory or retrain.");
        }

        return (manifest, File.OpenRead(weightsPath));
    }

    private static T Wrap<T>(Func<T> load)
    {
        try
        {
            return load();
        }
        catch (ModelLoadException e)
        {
            throw new CliException(e.Message);
        }
    }
}
