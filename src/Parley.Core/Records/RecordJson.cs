using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Core.Records;

/// <summary>Serialises <see cref="DocumentRecord"/>s: indented JSON or one line per record (JSONL).</summary>
public static class RecordJson
{
    /// <summary>Writes <paramref name="record"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    public static void Write(Stream stream, DocumentRecord record, bool indented)
    {
        var context = indented ? RecordJsonContext.Indented : RecordJsonContext.Compact;
        JsonSerializer.Serialize(stream, record, context.DocumentRecord);
    }

    /// <summary>Returns <paramref name="record"/> as JSON text.</summary>
    public static string ToJson(DocumentRecord record, bool indented)
    {
        var context = indented ? RecordJsonContext.Indented : RecordJsonContext.Compact;
        return JsonSerializer.Serialize(record, context.DocumentRecord);
    }

    /// <summary>Reads a record back from JSON text.</summary>
    public static DocumentRecord? Parse(string json) => JsonSerializer.Deserialize(json, RecordJsonContext.Compact.DocumentRecord);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(DocumentRecord))]
internal sealed partial class RecordJsonContext : JsonSerializerContext
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static RecordJsonContext Compact { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = Encoder,
    });

    public static RecordJsonContext Indented { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = Encoder,
        WriteIndented = true,
    });
}
