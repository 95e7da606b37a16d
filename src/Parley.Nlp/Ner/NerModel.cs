using System.IO.Compression;
using System.Text;
using Parley.Nlp.Models;
using Parley.Nlp.Perceptron;

namespace Parley.Nlp.Ner;

/// <summary>
/// A trained named-entity recogniser: BILOU labels, averaged-perceptron weights and the gazetteer its
/// features read. Immutable and thread-safe.
/// </summary>
public sealed class NerModel
{
    /// <summary>The model kind written in manifests.</summary>
    public const string Kind = "ner";

    /// <summary>The blob layout version this code reads and writes.</summary>
    public const int FormatVersion = 2;

    private const string Magic = "PARLEY-MODEL";

    /// <summary>Creates a model from trained weights.</summary>
    public NerModel(NerLabelSet labels, PerceptronWeights weights, NerFeatures features)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(features);
        if (weights.ClassCount != labels.Count)
        {
            throw new ArgumentException($"The weights score {weights.ClassCount} classes but there are {labels.Count} labels.", nameof(weights));
        }

        Labels = labels;
        Weights = weights;
        Features = features;
    }

    /// <summary>The label set.</summary>
    public NerLabelSet Labels { get; }

    /// <summary>The averaged weights.</summary>
    public PerceptronWeights Weights { get; }

    /// <summary>The feature templates (with their gazetteer).</summary>
    public NerFeatures Features { get; }

    /// <summary>The entities of one sentence of tokens, with their Penn Treebank tags from Parley's tagger when known (see <see cref="NerFeatures.Prepare"/>).</summary>
    public List<EntitySpan> Predict(IReadOnlyList<string> tokens, IReadOnlyList<string>? pos = null) => Predict(tokens, pos, null);

    /// <summary>
    /// The entities of one sentence of a document, reading and extending <paramref name="history"/> (what the
    /// model said about each word in the document's earlier sentences; give the sentences in text order).
    /// </summary>
    public List<EntitySpan> Predict(IReadOnlyList<string> tokens, IReadOnlyList<string>? pos, NerDocumentHistory? history)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0)
        {
            return [];
        }

        return Predict(Features.Prepare(tokens, pos), history);
    }

    /// <summary>The entities of one sentence already prepared by <see cref="NerFeatures.Prepare"/> (so callers can read its gazetteer matches too).</summary>
    internal List<EntitySpan> Predict(NerSentenceContext context, NerDocumentHistory? history)
    {
        var classes = context.Length <= 256 ? stackalloc int[context.Length] : new int[context.Length];
        NerDecoder.Decode(context, Labels, Weights.Score, classes, history: history);
        return Labels.Spans(classes);
    }

    /// <summary>Serialises the model's weights blob (Brotli-compressed, deterministic for equal models).</summary>
    public byte[] Save()
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Kind);
            writer.Write(FormatVersion);
            writer.Write(NerFeatures.Version);
            writer.Write(Labels.Count);
            foreach (var label in Labels.Labels)
            {
                writer.Write(label);
            }

            Weights.Write(writer);
            Features.Lexicon.Write(writer);
            writer.Write(Features.UsesTags);
        }

        return output.ToArray();
    }

    /// <summary>Loads a model, checking the weights blob against its manifest (kind, versions, checksum, labels).</summary>
    /// <param name="manifest">The <c>manifest.json</c> stream.</param>
    /// <param name="weights">The weights blob stream.</param>
    /// <param name="gazetteer">The gazetteer the features read (usually <see cref="Gazetteer.LoadDefault"/>).</param>
    /// <param name="source">Where the model lives, for error messages.</param>
    /// <exception cref="ModelLoadException">The model is of another kind or version, or corrupt.</exception>
    public static NerModel Load(Stream manifest, Stream weights, Gazetteer gazetteer, string source = "ner")
    {
        ArgumentNullException.ThrowIfNull(weights);
        var m = ModelManifest.Read(manifest, source);
        if (!string.Equals(m.Kind, Kind, StringComparison.Ordinal))
        {
            throw new ModelLoadException($"Model '{source}' is a '{m.Kind}' model, but a '{Kind}' model was expected. Point Parley at the NER model directory (models/en-ner).");
        }

        if (m.FormatVersion != FormatVersion)
        {
            throw new ModelLoadException($"Model '{source}' has format version {m.FormatVersion}; this Parley reads version {FormatVersion}. Retrain it with 'parley train ner' or use a matching Parley.");
        }

        if (m.FeatureSetVersion != NerFeatures.Version)
        {
            throw new ModelLoadException($"Model '{source}' was trained with feature set {m.FeatureSetVersion}; this Parley computes feature set {NerFeatures.Version}. Retrain it with 'parley train ner'.");
        }

        using var buffer = new MemoryStream();
        weights.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var sha = ModelFiles.Sha256(bytes);
        if (!string.Equals(sha, m.WeightsSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelLoadException($"Model '{source}': the weights file '{m.WeightsFile}' does not match the checksum in its manifest (expected {m.WeightsSha256}, found {sha}). Restore the model directory or retrain with 'parley train ner'.");
        }

        try
        {
            using var reader = new BinaryReader(new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress), Encoding.UTF8);
            if (!string.Equals(reader.ReadString(), Magic, StringComparison.Ordinal) ||
                !string.Equals(reader.ReadString(), Kind, StringComparison.Ordinal) ||
                reader.ReadInt32() != FormatVersion ||
                reader.ReadInt32() != NerFeatures.Version)
            {
                throw new ModelLoadException($"Model '{source}': the weights file is not a Parley NER model of format {FormatVersion}. Restore the model directory or retrain.");
            }

            var labels = new string[reader.ReadInt32()];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = reader.ReadString();
            }

            if (!m.Labels.SequenceEqual(labels, StringComparer.Ordinal))
            {
                throw new ModelLoadException($"Model '{source}': the manifest lists labels [{string.Join(", ", m.Labels)}] but the weights were trained on [{string.Join(", ", labels)}]. Restore the model directory or retrain.");
            }

            var perceptron = PerceptronWeights.Read(reader);
            var lexicon = NerLexicon.Read(reader);
            var usesTags = reader.ReadBoolean();
            return new NerModel(NerLabelSet.FromLabels(labels), perceptron, new NerFeatures(gazetteer, lexicon, usesTags));
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or ArgumentException or IOException)
        {
            throw new ModelLoadException($"Model '{source}': the weights file is corrupt ({e.Message}). Restore the model directory or retrain with 'parley train ner'.", e);
        }
    }
}
