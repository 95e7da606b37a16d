using System.Text;
using Parley.Core;

namespace Parley.Ingest;

/// <summary>
/// Reads documents from paths (files, directories recursively, <c>-</c> for standard input).
/// Each input yields one or more <see cref="ReadResult"/>s; a bad input yields an error result and
/// never stops the others.
/// </summary>
public sealed class DocumentReader
{
    private readonly IngestOptions _options;

    private DocumentReader(IngestOptions options) => _options = options;

    public static DocumentReader Create(IngestOptions? options = null) => new(options ?? new IngestOptions());

    /// <summary>Reads every input in order; directories are expanded in ordinal path order.</summary>
    public IEnumerable<ReadResult> ReadAll(IEnumerable<string> paths, TextReader? standardInput = null)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                var text = (standardInput ?? TextReader.Null).ReadToEnd();
                yield return FromText("-", text);
                continue;
            }

            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    yield return ReadFile(file);
                }

                continue;
            }

            yield return ReadFile(path);
        }
    }

    private ReadResult ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            return ReadResult.Failed(path, "no such file or directory; check the path");
        }

        var text = File.ReadAllText(path, Encoding.UTF8);
        return FromText(path, text);
    }

    private ReadResult FromText(string input, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Failed(input, "the document is empty; give a file with article text");
        }

        var info = new DocumentInfo { Path = input == "-" ? null : input, Published = _options.Published };
        return ReadResult.Ok(input, new Document(text.Trim(), info));
    }
}
