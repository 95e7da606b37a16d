using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Store;

namespace Parley.Cli.Commands;

/// <summary><c>parley quotes [--speaker NAME] [--text QUERY]</c>: who said what.</summary>
public static class QuotesCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliIO io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var db = EventsStoreAccess.DatabaseOption();
        var speaker = new Option<string?>("--speaker") { Description = "Part of the speaker's name or actor code (case-insensitive)." };
        var text = new Option<string?>("--text") { Description = "Full-text query over the quotation." };
        var format = new Option<string>("--format") { Description = "table or jsonl.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var limit = new Option<int?>("--limit") { Description = "Largest number of quotes." };
        var command = new Command("quotes", "List stored quotations and their speakers.") { db, speaker, text, format, limit };
        command.SetAction(parse =>
        {
            using var store = EventsStoreAccess.Open(parse.GetValue(db), create: false);
            var quotes = EventsStoreAccess.Query(() => store.Quotes(new QuoteQuery { Speaker = parse.GetValue(speaker), Text = parse.GetValue(text), Limit = parse.GetValue(limit) }));
            if (parse.GetValue(format) == "jsonl")
            {
                foreach (var quote in quotes)
                {
                    io.Out.WriteLine(JsonSerializer.Serialize(quote, Json));
                }

                return Program.Ok;
            }

            EventsStoreAccess.WriteTable(
                io.Out,
                ["published", "speaker", "kind", "quote"],
                quotes.Select(q => new[] { q.Published ?? "-", q.Speaker ?? "(unattributed)", q.Kind, "\u201C" + q.Text + "\u201D" }));
            return Program.Ok;
        });
        return command;
    }
}
