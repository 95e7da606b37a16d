using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary><c>parley search "QUERY"</c>: full-text search over stored articles.</summary>
public static class SearchCommand
{
    public static Command Create(CliIO io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var query = new Argument<string>("query") { Description = "Words to find (all must match); \"a phrase\" in quotes; OR between alternatives." };
        var db = EventsStoreAccess.DatabaseOption();
        var limit = new Option<int>("--limit") { Description = "Largest number of documents.", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Full-text search over the stored articles.") { query, db, limit };
        command.SetAction(parse =>
        {
            using var store = EventsStoreAccess.Open(parse.GetValue(db), create: false);
            var hits = EventsStoreAccess.Query(() => store.Search(parse.GetValue(query) ?? string.Empty, parse.GetValue(limit)));
            foreach (var hit in hits)
            {
                io.Out.WriteLine($"{hit.DocumentId}  {hit.Published ?? "-"}  {hit.Title ?? hit.Path ?? "(untitled)"}");
                if (!string.IsNullOrWhiteSpace(hit.Snippet))
                {
                    io.Out.WriteLine("    " + hit.Snippet.ReplaceLineEndings(" "));
                }
            }

            if (hits.Count == 0)
            {
                io.Error.WriteLine("parley: no stored document matches");
            }

            return Program.Ok;
        });
        return command;
    }
}
