using System.Text;

namespace Parley.Training.Corpora;

/// <summary>
/// Reads the CAMEO codebook CSV (columns include <c>code</c>, <c>name</c>, <c>goldstein</c>,
/// <c>example</c>) used to evaluate Parley's lexicon. The distributed file is doubly mis-encoded
/// (UTF-8 read as Mac Roman, saved as Windows-1252); <see cref="Repair"/> undoes that.
/// </summary>
public static class CameoCodebook
{
    /// <summary>One example sentence with the code it illustrates.</summary>
    public sealed record Example(string Code, string Name, string Sentence);

    /// <summary>Reads the examples (rows whose example is present), in file order.</summary>
    /// <exception cref="FormatException">The header lacks a needed column; the message names it.</exception>
    public static IReadOnlyList<Example> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var text = Repair(buffer.ToArray());
        var rows = ParseCsv(text);
        if (rows.Count == 0)
        {
            throw new FormatException("the codebook is empty.");
        }

        var header = rows[0];
        var code = Column(header, "code");
        var name = Column(header, "name");
        var example = Column(header, "example");
        var result = new List<Example>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Count <= Math.Max(code, Math.Max(name, example)))
            {
                continue;
            }

            var sentence = row[example].Trim();
            if (sentence.Length == 0 || sentence == "NA")
            {
                continue;
            }

            // Coder's notes follow the example ("… Note: Two reciprocal events are coded …").
            var note = sentence.IndexOf(" Note:", StringComparison.Ordinal);
            if (note > 0)
            {
                sentence = sentence[..note].Trim();
            }

            result.Add(new Example(row[code].Trim(), row[name].Trim(), sentence));
        }

        return result;
    }

    /// <summary>Decodes the bytes as Windows-1252, re-encodes as Mac Roman and decodes that as UTF-8.</summary>
    public static string Repair(byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var windows1252 = Encoding.GetEncoding(1252);
        var macRoman = Encoding.GetEncoding(10000, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        var text = windows1252.GetString(bytes);
        return Encoding.UTF8.GetString(macRoman.GetBytes(text));
    }

    private static int Column(List<string> header, string name)
    {
        var index = header.FindIndex(h => h.Trim() == name);
        return index >= 0 ? index : throw new FormatException($"the codebook has no '{name}' column.");
    }

    /// <summary>RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    internal static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
