using Parley.Events.Actors;
using Parley.Events.Petrarch;

namespace Parley.Cli.Commands;

/// <summary>Loads the dictionaries a validation suite names from the <c>--dictionaries</c> folder, with one-line errors.</summary>
internal static class EvalPetrarchDictionaries
{
    public static PetrarchPatternSet LoadVerbs(CliIO io, string folder, PetrarchValidationSuite suite)
    {
        var path = Find(folder, suite, "Verbfile", "*verbs*.txt");
        try
        {
            using var stream = File.OpenRead(path);
            var dictionary = PetrarchVerbDictionaryReader.Read(stream, Path.GetFileName(path), skipMalformed: true);
            foreach (var skipped in dictionary.Skipped)
            {
                io.Error.WriteLine($"parley: skipped {skipped}");
            }

            return PetrarchPatternConverter.Convert(dictionary);
        }
        catch (IOException e)
        {
            throw new CliException($"cannot read verb dictionary '{path}': {e.Message}");
        }
    }

    public static Func<string, string, DateOnly?, IReadOnlyList<string>> LoadActors(string folder, PetrarchValidationSuite suite)
    {
        var actors = Find(folder, suite, "Actorfile", "*actors*.txt");
        var agents = Find(folder, suite, "Agentfile", "*agents*.txt");
        try
        {
            using var actorReader = new StreamReader(actors);
            using var agentReader = new StreamReader(agents);
            return PetrarchActors.Load([(actorReader, Path.GetFileName(actors))], [(agentReader, Path.GetFileName(agents))]);
        }
        catch (IOException e)
        {
            throw new CliException($"cannot read actor dictionaries in '{folder}': {e.Message}");
        }
        catch (ActorDataException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>The negations of the suite's internal coding ontology (<c>PICOfile</c>), or null when it names none that exists.</summary>
    public static PetrarchNegations? LoadNegations(string folder, PetrarchValidationSuite suite)
    {
        if (!suite.Files.TryGetValue("PICOfile", out var name) || !File.Exists(Path.Combine(folder, name)))
        {
            return null;
        }

        try
        {
            using var reader = new StreamReader(Path.Combine(folder, name));
            return PetrarchNegations.Read(reader);
        }
        catch (IOException e)
        {
            throw new CliException($"cannot read the coding ontology '{Path.Combine(folder, name)}': {e.Message}");
        }
    }

    private static string Find(string folder, PetrarchValidationSuite suite, string element, string pattern)
    {
        if (!Directory.Exists(folder))
        {
            throw new CliException($"dictionary folder '{folder}' does not exist. Pass --dictionaries with the folder that holds the suite's verb, actor and agent files.");
        }

        if (suite.Files.TryGetValue(element, out var named) && File.Exists(Path.Combine(folder, named)))
        {
            return Path.Combine(folder, named);
        }

        var found = Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).FirstOrDefault();
        return found ?? throw new CliException($"no {element} in '{folder}': the suite names '{(named ?? "none")}' and no file matches '{pattern}'.");
    }
}
