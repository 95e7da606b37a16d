using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Parley.Cli.Commands;
using Parley.Core.Records;
using Parley.Ingest;
using Parley.Store;
using Parley.Store.Export;

namespace Parley.Cli.Serving;

/// <summary>
/// The request handlers of <see cref="ParleyServer"/>. Thread-safe: the engine is immutable, each request opens its own
/// store connection (a store is not thread-safe), and writes go one at a time so that SQLite never sees two writers.
/// Every error is a JSON object <c>{"error": "…"}</c> that names the input and says what to do.
/// </summary>
internal sealed class ServeHandlers : IDisposable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ServeOptions _options;
    private readonly Engine _engine;
    private readonly SemaphoreSlim _writer = new(1, 1);

    public ServeHandlers(ServeOptions options, Engine engine)
    {
        _options = options;
        _engine = engine;

        // Create the database up front, so that queries before the first upload answer "nothing yet", not an error.
        using var store = EventsStoreAccess.Open(options.Database, create: true);
    }

    public void Dispose() => _writer.Dispose();

    public Task Index(HttpContext context) => WriteJson(context, StatusCodes.Status200OK, new JsonObject
    {
        ["parley"] = DocumentRecord.EngineVersion,
        ["endpoints"] = new JsonArray(
            "GET /health",
            "POST /code?published=YYYY-MM-DD&tokens=true  (body: article text, HTML or JSON)",
            "POST /documents?published=YYYY-MM-DD&replace=true  (code and store)",
            "GET /documents?limit=N&offset=N",
            "GET /documents/{id}",
            "GET /events?actor=&dyad=SRC:TGT&root=&from=&to=&limit=&format=json|jsonl|csv|tsv|gdelt|plover",
            "GET /quotes?speaker=&text=&limit=",
            "GET /search?q=&limit=",
            "GET /dyad?source=&target=&by=day|week|month&from=&to="),
        ["docs"] = "docs/serve.md",
    });

    public Task Health(HttpContext context) => Run(context, () =>
    {
        using var store = OpenStore();
        var stats = store.Stats();
        return WriteJson(context, StatusCodes.Status200OK, new JsonObject
        {
            ["status"] = "ok",
            ["parley"] = DocumentRecord.EngineVersion,
            ["documents"] = stats.Documents,
            ["events"] = stats.Events,
            ["mentions"] = stats.Mentions,
            ["quotes"] = stats.Quotes,
        });
    });

    /// <summary>POST /code: the record of the posted article (an object), or of several (<c>{"records", "errors"}</c>).</summary>
    public Task Code(HttpContext context) => Run(context, async () =>
    {
        var results = await ReadBody(context).ConfigureAwait(false);
        var withTokens = Flag(context, "tokens");
        var coded = results.Select(r => CodeOne(r, withTokens)).ToList();
        if (coded.Count == 1)
        {
            var (input, record, error, status) = coded[0];
            if (record is null)
            {
                await WriteError(context, status, $"{input}: {error}").ConfigureAwait(false);
                return;
            }

            await WriteText(context, StatusCodes.Status200OK, RecordJson.ToJson(record, indented: false)).ConfigureAwait(false);
            return;
        }

        var records = new StringBuilder("{\"records\":[");
        var first = true;
        foreach (var (_, record, _, _) in coded)
        {
            if (record is not null)
            {
                records.Append(first ? string.Empty : ",").Append(RecordJson.ToJson(record, indented: false));
                first = false;
            }
        }

        records.Append("],\"errors\":").Append(Errors(coded.Where(c => c.Record is null).Select(c => (c.Input, c.Error!))).ToJsonString(Json)).Append('}');
        await WriteText(context, coded.All(c => c.Record is null) ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, records.ToString()).ConfigureAwait(false);
    });

    /// <summary>POST /documents: codes and stores the posted articles, each in its own transaction.</summary>
    public Task Ingest(HttpContext context) => Run(context, async () =>
    {
        var results = await ReadBody(context).ConfigureAwait(false);
        var replace = Flag(context, "replace");
        var coded = results.Select(r => CodeOne(r, withTokens: false)).ToList();
        var stored = new JsonArray();
        var errors = new List<(string Input, string Error)>();
        await _writer.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            using var store = OpenStore(create: true);
            foreach (var (input, record, error, _) in coded)
            {
                if (record is null)
                {
                    errors.Add((input, error!));
                    continue;
                }

                try
                {
                    var outcome = store.Store(record, replace);
                    stored.Add(new JsonObject
                    {
                        ["input"] = input,
                        ["id"] = record.Document.Id,
                        ["outcome"] = outcome.ToString().ToLowerInvariant(),
                        ["events"] = record.Events.Count,
                        ["quotes"] = record.Quotes.Count,
                    });
                }
                catch (Exception e) when (e is StoreException or BatchNotCommittedException)
                {
                    // Each document is its own transaction: this one is not stored, the others are untouched.
                    errors.Add((input, $"not stored ({e.Message}); send it again"));
                }
            }
        }
        finally
        {
            _writer.Release();
        }

        var status = stored.Count == 0 ? StatusCodes.Status400BadRequest
            : stored.Any(s => s!["outcome"]!.GetValue<string>() != "skipped") ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        await WriteJson(context, status, new JsonObject { ["stored"] = stored, ["errors"] = Errors(errors) }).ConfigureAwait(false);
    });

    public Task Documents(HttpContext context) => Run(context, () =>
    {
        var limit = Limit(context, _options.MaxRows);
        var offset = Integer(context, "offset") ?? 0;
        using var store = OpenStore();
        var ids = store.DocumentIds();
        var page = ids.Skip(offset).Take(limit).Select(id => (JsonNode?)id).ToArray();
        return WriteJson(context, StatusCodes.Status200OK, new JsonObject { ["total"] = ids.Count, ["offset"] = offset, ["documents"] = new JsonArray(page) });
    });

    public Task Document(HttpContext context) => Run(context, () =>
    {
        var id = context.Request.RouteValues["id"] as string ?? string.Empty;
        using var store = OpenStore();
        var stored = store.GetDocument(id);
        return stored is null
            ? WriteError(context, StatusCodes.Status404NotFound, $"no stored document has the id '{id}'; list the stored ids with GET /documents")
            : WriteText(context, StatusCodes.Status200OK, RecordJson.ToJson(stored.Record, indented: false));
    });

    public Task Events(HttpContext context) => Run(context, () =>
    {
        var format = Text(context, "format") ?? "json";
        if (format is not ("json" or "jsonl" or "csv" or "tsv" or "gdelt" or "plover"))
        {
            throw new CliException($"format={format} is not a format; give json, jsonl, csv, tsv, gdelt or plover");
        }

        var query = new EventQuery
        {
            Actor = Text(context, "actor"),
            Root = Text(context, "root"),
            From = EventsStoreAccess.ParseDate("from", Text(context, "from"), end: false),
            To = EventsStoreAccess.ParseDate("to", Text(context, "to"), end: true),
            Limit = Limit(context, _options.MaxRows),
            IncludeMentions = format is "json" or "jsonl" && !string.Equals(Text(context, "mentions"), "false", StringComparison.OrdinalIgnoreCase),
        };
        query = EventsStoreAccess.WithDyad(query, "dyad={0}", Text(context, "dyad"));

        using var store = OpenStore();
        var events = EventsStoreAccess.Query(() => store.Events(query));
        var text = new StringWriter(CultureInfo.InvariantCulture);
        EventExport.Write(text, events, EventsStoreAccess.ExportFormatOf(format));
        var body = text.ToString();
        var (mediaType, content) = format switch
        {
            "json" => ("application/json; charset=utf-8", "[" + string.Join(",", body.Split('\n', StringSplitOptions.RemoveEmptyEntries)) + "]"),
            "jsonl" or "plover" => ("application/x-ndjson; charset=utf-8", body),
            "csv" => ("text/csv; charset=utf-8", body),
            _ => ("text/tab-separated-values; charset=utf-8", body),
        };
        return WriteText(context, StatusCodes.Status200OK, content, mediaType);
    });

    public Task Quotes(HttpContext context) => Run(context, () =>
    {
        var query = new QuoteQuery { Speaker = Text(context, "speaker"), Text = Text(context, "text"), Limit = Limit(context, _options.MaxRows) };
        using var store = OpenStore();
        var quotes = EventsStoreAccess.Query(() => store.Quotes(query));
        return WriteText(context, StatusCodes.Status200OK, JsonSerializer.Serialize(quotes, Json));
    });

    public Task Search(HttpContext context) => Run(context, () =>
    {
        var words = Text(context, "q") ?? throw new CliException("give the words to find as q=…, e.g. /search?q=summit%20Pyongyang");
        var limit = Limit(context, Math.Min(20, _options.MaxRows));
        using var store = OpenStore();
        var hits = EventsStoreAccess.Query(() => store.Search(words, limit));
        return WriteText(context, StatusCodes.Status200OK, JsonSerializer.Serialize(hits, Json));
    });

    public Task Dyad(HttpContext context) => Run(context, () =>
    {
        var source = Text(context, "source") ?? throw new CliException("give the source country as source=…, e.g. /dyad?source=JPN&target=PRK");
        var target = Text(context, "target") ?? throw new CliException("give the target country as target=…, e.g. /dyad?source=JPN&target=PRK");
        var by = (Text(context, "by") ?? "month") switch
        {
            "day" => TimeBucket.Day,
            "week" => TimeBucket.Week,
            "month" => TimeBucket.Month,
            var other => throw new CliException($"by={other} is not a period; give day, week or month"),
        };
        var query = new DyadQuery
        {
            Source = source,
            Target = target,
            By = by,
            From = EventsStoreAccess.ParseDate("from", Text(context, "from"), end: false),
            To = EventsStoreAccess.ParseDate("to", Text(context, "to"), end: true),
        };
        using var store = OpenStore();
        var points = EventsStoreAccess.Query(() => store.Dyad(query));
        var rows = new JsonArray(points.Select(p => (JsonNode?)new JsonObject
        {
            ["period"] = DyadCommand.Period(p.Period, by),
            ["events"] = p.Events,
            ["goldsteinSum"] = p.GoldsteinSum,
            ["goldsteinMean"] = Math.Round(p.GoldsteinMean, 4),
            ["verbalCooperation"] = p.QuadClasses[0],
            ["materialCooperation"] = p.QuadClasses[1],
            ["verbalConflict"] = p.QuadClasses[2],
            ["materialConflict"] = p.QuadClasses[3],
        }).ToArray());
        return WriteJson(context, StatusCodes.Status200OK, new JsonObject { ["source"] = source, ["target"] = target, ["by"] = by.ToString().ToLowerInvariant(), ["periods"] = rows });
    });

    public Task NotFound(HttpContext context) => WriteError(
        context,
        StatusCodes.Status404NotFound,
        $"{context.Request.Method} {context.Request.Path} is not an endpoint; GET / lists them");

    private static async Task Run(HttpContext context, Func<Task> handler)
    {
        try
        {
            await handler().ConfigureAwait(false);
        }
        catch (CliException e)
        {
            await WriteError(context, StatusCodes.Status400BadRequest, e.Message).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            await WriteError(context, e.StatusCode, $"the request body could not be read ({e.Message}); send at most the size of one article").ConfigureAwait(false);
        }
        catch (Exception e) when ((e is StoreException or IOException) && !context.RequestAborted.IsCancellationRequested)
        {
            await WriteError(context, StatusCodes.Status500InternalServerError, $"the database failed ({e.Message}); nothing of this request was stored, try again").ConfigureAwait(false);
        }
    }

    private (string Input, DocumentRecord? Record, string? Error, int Status) CodeOne(ReadResult result, bool withTokens)
    {
        if (result.Document is null)
        {
            return (result.Input, null, result.Error, StatusCodes.Status400BadRequest);
        }

        try
        {
            return (result.Input, _engine.Code(result.Document, withTokens), null, StatusCodes.Status200OK);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return (result.Input, null, $"could not be coded ({e.GetType().Name}: {e.Message}); please report this with the article", StatusCodes.Status500InternalServerError);
        }
    }

    private async Task<IReadOnlyList<ReadResult>> ReadBody(HttpContext context)
    {
        var published = CommonOptions.CheckDate(Text(context, "published"), "published={0}");

        var name = Text(context, "name") ?? "request body";
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var reader = DocumentReader.Create(new IngestOptions { Published = published, MaxChars = _options.MaxChars });
        var mediaType = context.Request.ContentType is { } type ? type.Split(';')[0].Trim() : null;
        return reader.ReadBytes(name, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), mediaType);
    }

    private IEventStore OpenStore(bool create = false) => EventsStoreAccess.Open(_options.Database, create);

    private static string? Text(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;

    private static bool Flag(HttpContext context, string name) => Text(context, name) switch
    {
        null or "false" or "0" or "no" => false,
        "true" or "1" or "yes" => true,
        var other => throw new CliException($"{name}={other} is not a yes/no value; give {name}=true or {name}=false"),
    };

    private static int? Integer(HttpContext context, string name)
    {
        var text = Text(context, name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CliException($"{name}={text} is not a whole number of 0 or more");
    }

    private static int Limit(HttpContext context, int cap) => Math.Min(Integer(context, "limit") ?? cap, cap);

    private static JsonArray Errors(IEnumerable<(string Input, string Error)> errors) =>
        new(errors.Select(e => (JsonNode?)new JsonObject { ["input"] = e.Input, ["error"] = e.Error }).ToArray());

    private static Task WriteJson(HttpContext context, int status, JsonNode body) => WriteText(context, status, body.ToJsonString(Json));

    private static Task WriteError(HttpContext context, int status, string message) =>
        WriteJson(context, status, new JsonObject { ["error"] = message });

    private static async Task WriteText(HttpContext context, int status, string body, string mediaType = "application/json; charset=utf-8")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType;
        await context.Response.WriteAsync(body, Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }
}
