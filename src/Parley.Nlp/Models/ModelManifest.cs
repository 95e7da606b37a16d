using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Nlp.Models;

/// <summary>
/// The <c>manifest.json</c> beside every model blob: what the model is, which code can read it, what it
/// was trained on (with licences and checksums) and how well it did. Checked on every load.
/// </summary>
public sealed record ModelManifest
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Model name, e.g. <c>en-tagger</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Model kind: <c>tagger</c> or <c>parser</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Model version (semantic).</summary>
    public required string Version { get; init; }

    /// <summary>Version of the blob layout; a reader accepts only its own.</summary>
    public required int FormatVersion { get; init; }

    /// <summary>Version of the feature templates the weights were trained with.</summary>
    public required int FeatureSetVersion { get; init; }

    /// <summary>The label set, in class order (tagger: <c>UPOS|XPOS</c>; parser: relations).</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>File name of the weights blob, relative to the manifest.</summary>
    public required string WeightsFile { get; init; }

    /// <summary>Lower-case hex SHA-256 of the weights blob.</summary>
    public required string WeightsSha256 { get; init; }

    /// <summary>The corpora the model was trained on.</summary>
    public IReadOnlyList<CorpusInfo> Corpora { get; init; } = [];

    /// <summary>Scores on evaluation sets, percentages.</summary>
    public IReadOnlyList<MetricInfo> Metrics { get; init; } = [];

    /// <summary>For a parser: the beam width it was trained for and decodes with (absent = 1, greedy).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public int? BeamWidth { get; init; }

    /// <summary>Training settings (epochs, seed, …) as text.</summary>
    public IReadOnlyDictionary<string, string>? Training { get; init; }

    /// <summary>Serialises the manifest as indented JSON.</summary>
    public void Write(Stream stream) => JsonSerializer.Serialize(stream, this, Options);

    /// <summary>Reads a manifest; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="ModelLoadException">The manifest is not valid JSON or lacks a required field.</exception>
    public static ModelManifest Read(Stream stream, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<ModelManifest>(stream, Options)
                ?? throw new ModelLoadException($"Model manifest '{source}' is empty. Restore the model directory or retrain the model.");
        }
        catch (JsonException e)
        {
            throw new ModelLoadException($"Model manifest '{source}' is not a valid manifest ({e.Message}). Restore the model directory or retrain the model.", e);
        }
    }
}
