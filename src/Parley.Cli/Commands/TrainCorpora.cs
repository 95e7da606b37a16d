using Parley.Training.Conllu;

namespace Parley.Cli.Commands;

/// <summary>Reads the CoNLL-U files named on a <c>train</c> or <c>eval</c> command line.</summary>
internal static class TrainCorpora
{
    public static List<CorpusFile> Read(IEnumerable<FileInfo> files, bool filterGenres)
    {
        var result = new List<CorpusFile>();
        foreach (var file in files)
        {
            result.Add(Read(file, filterGenres));
        }

        return result;
    }

    public static CorpusFile Read(FileInfo file, bool filterGenres)
    {
        if (!file.Exists)
        {
            throw new CliException($"CoNLL-U file '{file.FullName}' does not exist. Check the path (the UD corpora live in ../shared/corpora).");
        }

        try
        {
            using var stream = file.OpenRead();
            return CorpusFile.Read(stream, file.FullName, filterGenres);
        }
        catch (ConlluFormatException e)
        {
            throw new CliException(e.Message);
        }
    }
}
