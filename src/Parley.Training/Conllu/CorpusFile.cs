using System.Security.Cryptography;
using System.Text;
using Parley.Nlp.Models;

namespace Parley.Training.Conllu;

/// <summary>
/// A CoNLL-U training or evaluation file read into memory, with its checksum and licence, and filtered to the
/// GUM genres whose texts allow commercial use.
/// </summary>
public sealed class CorpusFile
{
    /// <summary>GUM genres a shipped model may be trained on (their text licences allow it).</summary>
    public static readonly IReadOnlySet<string> AllowedGumGenres = new HashSet<string>(StringComparer.Ordinal)
    {
        "news", "interview", "bio", "voyage", "academic", "court", "textbook", "conversation", "speech", "vlog",
    };

    private CorpusFile(string name, IReadOnlyList<ConlluSentence> sentences, CorpusInfo info)
    {
        Name = name;
        Sentences = sentences;
        Info = info;
    }

    /// <summary>The file name.</summary>
    public string Name { get; }

    /// <summary>The sentences kept.</summary>
    public IReadOnlyList<ConlluSentence> Sentences { get; }

    /// <summary>What the manifest records about the file.</summary>
    public CorpusInfo Info { get; }

    /// <summary>Reads a CoNLL-U file. With <paramref name="filterGenres"/>, GUM sentences of other genres are dropped.</summary>
    /// <exception cref="ConlluFormatException">The file is malformed.</exception>
    public static CorpusFile Read(Stream stream, string name, bool filterGenres)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        var all = ConlluReader.Read(reader, name).ToList();
        var kept = filterGenres ? all.Where(s => IsAllowed(s)).ToList() : all;
        var fileName = Path.GetFileName(name);
        var (corpus, license) = Describe(fileName);
        var note = kept.Count < all.Count
            ? $"GUM genres {string.Join(", ", AllowedGumGenres.Order(StringComparer.Ordinal))} only ({kept.Count} of {all.Count} sentences)"
            : null;
        return new CorpusFile(fileName, kept, new CorpusInfo(corpus, fileName, sha, license, kept.Count, note));
    }

    /// <summary>The genre of a sentence: <c># meta::genre</c>, else the <c>GUM_&lt;genre&gt;_</c> part of its ids; null if neither.</summary>
    public static string? GenreOf(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Genre is not null)
        {
            return sentence.Genre;
        }

        foreach (var id in new[] { sentence.DocId, sentence.SentId })
        {
            if (id is not null && id.StartsWith("GUM_", StringComparison.Ordinal))
            {
                var end = id.IndexOf('_', 4);
                return end > 4 ? id[4..end] : null;
            }
        }

        return null;
    }

    private static bool IsAllowed(ConlluSentence sentence)
    {
        var isGum = (sentence.DocId ?? sentence.SentId).StartsWith("GUM_", StringComparison.Ordinal);
        if (!isGum)
        {
            return true;
        }

        var genre = GenreOf(sentence);
        return genre is not null && AllowedGumGenres.Contains(genre);
    }

    private static (string Corpus, string License) Describe(string fileName)
    {
        if (fileName.Contains("ewt", StringComparison.OrdinalIgnoreCase))
        {
            return ("UD_English-EWT", "CC BY-SA 4.0");
        }

        if (fileName.Contains("gum", StringComparison.OrdinalIgnoreCase))
        {
            return ("UD_English-GUM", "CC BY 4.0 (GUM annotations; texts of the genres used)");
        }

        if (fileName.Contains("pud", StringComparison.OrdinalIgnoreCase))
        {
            return ("UD_English-PUD", "CC BY-SA 3.0");
        }

        return ("unknown", "unknown");
    }
}
