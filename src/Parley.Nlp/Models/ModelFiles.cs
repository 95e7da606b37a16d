using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Parley.Nlp.Lemmatization;
using Parley.Nlp.Parsing;
using Parley.Nlp.Perceptron;
using Parley.Nlp.Tagging;

namespace Parley.Nlp.Models;

/// <summary>
/// Reads and writes model blobs (Brotli-compressed binary, deterministic for equal models) and checks
/// them against their manifests.
/// </summary>
public static class ModelFiles
{
    /// <summary>The blob layout version this code reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>Kind of a tagger (+ lemmatizer) model.</summary>
    public const string TaggerKind = "tagger";

    /// <summary>Kind of a parser model.</summary>
    public const string ParserKind = "parser";

    /// <summary>The conventional name of the weights blob.</summary>
    public const string WeightsFileName = "model.bin";

    /// <summary>The conventional name of the manifest.</summary>
    public const string ManifestFileName = "manifest.json";

    private const string Magic = "PARLEY-MODEL";

    /// <summary>The joint label <c>UPOS|XPOS</c> of each tagger class.</summary>
    public static string[] TaggerLabels(TaggerModel tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        var labels = new string[tagger.Upos.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = tagger.Upos[i] + "|" + tagger.Xpos[i];
        }

        return labels;
    }

    /// <summary>Serialises a tagger and its lemmatizer.</summary>
    public static byte[] SaveTagger(TaggerModel tagger, LemmatizerModel lemmatizer)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(lemmatizer);
        return Compress(TaggerKind, w =>
        {
            w.Write(tagger.Upos.Count);
            for (var i = 0; i < tagger.Upos.Count; i++)
            {
                w.Write(tagger.Upos[i]);
                w.Write(tagger.Xpos[i]);
            }

            tagger.Weights.Write(w);
            var keys = tagger.TagDictionary.Keys.Order().ToArray();
            w.Write(keys.Length);
            foreach (var k in keys)
            {
                w.Write(k);
                w.Write7BitEncodedInt(tagger.TagDictionary[k]);
            }

            var ambiguity = tagger.Ambiguity.Keys.Order().ToArray();
            w.Write(ambiguity.Length);
            foreach (var k in ambiguity)
            {
                w.Write(k);
                w.Write(tagger.Ambiguity[k]);
            }

            w.Write(lemmatizer.Edits.Count);
            foreach (var e in lemmatizer.Edits)
            {
                w.Write(e.Lower);
                w.Write7BitEncodedInt(e.Cut);
                w.Write(e.Append);
            }

            var rules = lemmatizer.Rules.Keys.Order().ToArray();
            w.Write(rules.Length);
            foreach (var k in rules)
            {
                w.Write(k);
                w.Write7BitEncodedInt(lemmatizer.Rules[k]);
            }

            var exceptions = lemmatizer.Exceptions.Keys.Order().ToArray();
            w.Write(exceptions.Length);
            foreach (var k in exceptions)
            {
                w.Write(k);
                w.Write(lemmatizer.Exceptions[k]);
            }

            w.Write(tagger.SecondPass is not null);
            tagger.SecondPass?.Write(w);
        });
    }

    /// <summary>Serialises a parser.</summary>
    public static byte[] SaveParser(ParserModel parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return Compress(ParserKind, w =>
        {
            w.Write(parser.Labels.Count);
            foreach (var label in parser.Labels)
            {
                w.Write(label);
            }

            parser.Weights.Write(w);
        });
    }

    /// <summary>Loads a tagger and lemmatizer, checking the blob against the manifest.</summary>
    /// <param name="manifest">The manifest JSON.</param>
    /// <param name="weights">The weights blob.</param>
    /// <param name="source">Where the model lives, for error messages.</param>
    /// <exception cref="ModelLoadException">The model is missing, of another kind or version, or corrupt.</exception>
    public static (TaggerModel Tagger, LemmatizerModel Lemmatizer) LoadTagger(Stream manifest, Stream weights, string source = "tagger")
    {
        var m = ModelManifest.Read(manifest, source);
        var reader = Open(m, weights, TaggerKind, TaggerFeatures.Version, source);
        try
        {
            var count = reader.ReadInt32();
            var upos = new string[count];
            var xpos = new string[count];
            for (var i = 0; i < count; i++)
            {
                upos[i] = reader.ReadString();
                xpos[i] = reader.ReadString();
            }

            var perceptron = PerceptronWeights.Read(reader);
            var dictionary = new Dictionary<ulong, int>();
            var entries = reader.ReadInt32();
            for (var i = 0; i < entries; i++)
            {
                var key = reader.ReadUInt64();
                dictionary[key] = Class(reader.Read7BitEncodedInt(), count);
            }

            var ambiguity = new Dictionary<ulong, ulong>();
            var ambiguityCount = reader.ReadInt32();
            for (var i = 0; i < ambiguityCount; i++)
            {
                var key = reader.ReadUInt64();
                ambiguity[key] = reader.ReadUInt64();
            }

            var edits = new LemmaEdit[reader.ReadInt32()];
            for (var i = 0; i < edits.Length; i++)
            {
                edits[i] = new LemmaEdit(reader.ReadBoolean(), reader.Read7BitEncodedInt(), reader.ReadString());
            }

            var rules = new Dictionary<ulong, int>();
            var ruleCount = reader.ReadInt32();
            for (var i = 0; i < ruleCount; i++)
            {
                var key = reader.ReadUInt64();
                rules[key] = Class(reader.Read7BitEncodedInt(), edits.Length);
            }

            var exceptions = new Dictionary<ulong, string>();
            var exceptionCount = reader.ReadInt32();
            for (var i = 0; i < exceptionCount; i++)
            {
                var key = reader.ReadUInt64();
                exceptions[key] = reader.ReadString();
            }

            var secondPass = reader.ReadBoolean() ? PerceptronWeights.Read(reader) : null;
            var tagger = new TaggerModel(upos, xpos, perceptron, dictionary, ambiguity, secondPass);
            CheckLabels(m, TaggerLabels(tagger), source);
            return (tagger, new LemmatizerModel(edits, rules, exceptions));
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or ArgumentException)
        {
            throw Corrupt(source, e);
        }
    }

    /// <summary>Loads a parser, checking the blob against the manifest.</summary>
    /// <exception cref="ModelLoadException">The model is missing, of another kind or version, or corrupt.</exception>
    public static ParserModel LoadParser(Stream manifest, Stream weights, string source = "parser")
    {
        var m = ModelManifest.Read(manifest, source);
        var reader = Open(m, weights, ParserKind, ParserFeatures.Version, source);
        try
        {
            var labels = new string[reader.ReadInt32()];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = reader.ReadString();
            }

            var perceptron = PerceptronWeights.Read(reader);
            CheckLabels(m, labels, source);
            if (m.BeamWidth is { } width && (width < 1 || width > 256))
            {
                throw new ModelLoadException($"Parser model '{source}' declares a beam width of {width}; it must be between 1 and 256. Restore the model directory or retrain the model.");
            }

            return new ParserModel(labels, perceptron, m.BeamWidth ?? 1);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or ArgumentException)
        {
            throw Corrupt(source, e);
        }
    }

    /// <summary>Lower-case hex SHA-256 of <paramref name="data"/>.</summary>
    public static string Sha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    private static BinaryReader Open(ModelManifest m, Stream weights, string kind, int featureSetVersion, string source)
    {
        if (!string.Equals(m.Kind, kind, StringComparison.Ordinal))
        {
            throw new ModelLoadException($"Model '{source}' is a '{m.Kind}' model, but a '{kind}' model was expected. Point Parley at the {kind} model directory.");
        }

        if (m.FormatVersion != FormatVersion)
        {
            throw new ModelLoadException($"Model '{source}' has format version {m.FormatVersion}; this Parley reads version {FormatVersion}. Retrain it with 'parley train {kind}' or use a matching Parley.");
        }

        if (m.FeatureSetVersion != featureSetVersion)
        {
            throw new ModelLoadException($"Model '{source}' was trained with feature set {m.FeatureSetVersion}; this Parley computes feature set {featureSetVersion}. Retrain it with 'parley train {kind}'.");
        }

        ArgumentNullException.ThrowIfNull(weights);
        using var buffer = new MemoryStream();
        weights.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var sha = Sha256(bytes);
        if (!string.Equals(sha, m.WeightsSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelLoadException($"Model '{source}': the weights file '{m.WeightsFile}' does not match the checksum in its manifest (expected {m.WeightsSha256}, found {sha}). The file is corrupt or from another model; restore the model directory or retrain.");
        }

        BinaryReader reader;
        try
        {
            // Decompress in one go: BinaryReader reads byte by byte, which is slow straight off a BrotliStream.
            var raw = new MemoryStream();
            using (var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress))
            {
                brotli.CopyTo(raw);
            }

            raw.Position = 0;
            reader = new BinaryReader(raw, Encoding.UTF8);
            if (!string.Equals(reader.ReadString(), Magic, StringComparison.Ordinal) ||
                !string.Equals(reader.ReadString(), kind, StringComparison.Ordinal) ||
                reader.ReadInt32() != FormatVersion)
            {
                throw new ModelLoadException($"Model '{source}': the weights file is not a Parley {kind} model of format {FormatVersion}. Restore the model directory or retrain.");
            }
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            throw Corrupt(source, e);
        }

        return reader;
    }

    private static void CheckLabels(ModelManifest m, string[] labels, string source)
    {
        if (!m.Labels.SequenceEqual(labels, StringComparer.Ordinal))
        {
            throw new ModelLoadException($"Model '{source}': the manifest lists {m.Labels.Count} labels but the weights were trained on {labels.Length} different ones. Restore the model directory or retrain.");
        }
    }

    private static int Class(int value, int count) =>
        value >= 0 && value < count ? value : throw new InvalidDataException($"Index {value} is out of range 0..{count - 1}.");

    private static ModelLoadException Corrupt(string source, Exception e) =>
        new($"Model '{source}': the weights file is corrupt ({e.Message}). Restore the model directory or retrain.", e);

    private static byte[] Compress(string kind, Action<BinaryWriter> write)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(kind);
            writer.Write(FormatVersion);
            write(writer);
        }

        return output.ToArray();
    }
}
