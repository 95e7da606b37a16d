using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Parley.Cli.Serving;

/// <summary>
/// <c>parley serve</c>: Parley over HTTP. Codes articles posted to it with the same engine as <c>parley code</c>,
/// stores them like <c>parley ingest</c>, and answers the database queries of <c>events</c>, <c>quotes</c>,
/// <c>search</c> and <c>dyad</c> as JSON. The endpoints are documented in <c>docs/serve.md</c>.
/// </summary>
public static class ParleyServer
{
    /// <summary>Builds the web application (not started). Creates the database if it does not exist yet.</summary>
    /// <exception cref="CliException">The host is not an IP address, or the database cannot be opened.</exception>
    public static WebApplication Build(ServeOptions options, Engine engine)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(engine);
        var address = ParseHost(options.Host);
        if (options.Port is < 0 or > 65535)
        {
            throw new CliException($"--port {options.Port} is not a TCP port; give 1–65535 (or 0 for any free port)");
        }

        var handlers = new ServeHandlers(options, engine);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // The reader enforces the article limit with a clear message; this only stops runaway uploads.
            kestrel.Limits.MaxRequestBodySize = (4L * options.MaxChars) + 1_000_000;
            kestrel.Listen(address, options.Port);
        });

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(handlers.Dispose);
        app.MapGet("/", handlers.Index);
        app.MapGet("/health", handlers.Health);
        app.MapPost("/code", handlers.Code);
        app.MapPost("/documents", handlers.Ingest);
        app.MapGet("/documents", handlers.Documents);
        app.MapGet("/documents/{id}", handlers.Document);
        app.MapGet("/events", handlers.Events);
        app.MapGet("/quotes", handlers.Quotes);
        app.MapGet("/search", handlers.Search);
        app.MapGet("/dyad", handlers.Dyad);
        app.MapFallback(handlers.NotFound);
        return app;
    }

    /// <summary>The address the started application listens on, e.g. <c>http://127.0.0.1:8080</c>.</summary>
    public static string Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Urls.FirstOrDefault() ?? "http://127.0.0.1";
    }

    private static IPAddress ParseHost(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        if (IPAddress.TryParse(host, out var address))
        {
            return address;
        }

        throw new CliException($"--host {host} is not an IP address; give e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)");
    }
}
