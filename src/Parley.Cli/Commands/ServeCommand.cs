using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Parley.Cli.Serving;

namespace Parley.Cli.Commands;

/// <summary><c>parley serve [--db D] [--host H] [--port P]</c>: Parley over HTTP until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create(CliIO io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var db = EventsStoreAccess.DatabaseOption();
        var host = new Option<string>("--host") { Description = "IP address to listen on (127.0.0.1: this machine only; 0.0.0.0: every interface).", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "TCP port.", DefaultValueFactory = _ => 8080 };
        var maxChars = CommonOptions.MaxChars();
        var parser = CommonOptions.Parser();
        var command = new Command("serve", "Serve Parley over HTTP: code posted articles, store them, query events, quotes and dyads as JSON (see docs/serve.md).") { db, host, port, maxChars, parser };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ServeOptions
            {
                Database = parse.GetValue(db) ?? ServeOptions.DefaultDatabase,
                Host = parse.GetValue(host) ?? "127.0.0.1",
                Port = parse.GetValue(port),
                MaxChars = parse.GetValue(maxChars),
            };
            var app = ParleyServer.Build(options, Engine.CreateDefault(CommonOptions.IsAccurate(parse, parser)));
            await using (app.ConfigureAwait(false))
            {
                try
                {
                    await app.StartAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    throw new CliException($"cannot listen on {options.Host}:{options.Port} ({e.Message}); pick another --port or stop the program using it", e);
                }

                await io.Error.WriteLineAsync($"parley: serving on {ParleyServer.Address(app)} (database {Describe(options.Database)}); GET / lists the endpoints; Ctrl+C stops").ConfigureAwait(false);
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }

            return Program.Ok;
        });
        return command;
    }

    /// <summary>A database target fit to print: a SQLite path as is, a PostgreSQL connection string without its password.</summary>
    private static string Describe(string database) => database.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
        ? string.Join(';', database.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)))
        : database;
}
