using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Parley.Cli.Serving;
using Parley.Core.Records;

namespace Parley.Cli.Tests;

/// <summary>One <c>parley serve</c> on a free loopback port over a fresh SQLite file, shared by the tests of this class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "parley-serve-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public HttpClient Client { get; } = new();

    public string Database => Path.Combine(_dir, "served.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        _app = ParleyServer.Build(new ServeOptions { Database = Database, Port = 0, MaxChars = 20_000 }, Engine.CreateDefault());
        await _app.StartAsync();
        Client.BaseAddress = new Uri(ParleyServer.Address(_app));
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

public sealed class ServeTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Story = "Chile and Norway sign fishing pact\n\nSANTIAGO — Chile and Norway signed a fishing agreement in Santiago on Monday, officials said.\n\n" +
        "“This is a good day for both fleets,” said Marta Rojas, the Chilean fisheries minister. Norway will send inspectors next month.";

    private HttpClient Client => server.Client;

    [Fact]
    public async Task Code_returns_the_record_of_a_posted_article()
    {
        using var body = new StringContent(Story, Encoding.UTF8, "text/plain");
        using var response = await Client.PostAsync("/code?published=2024-03-04", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var record = RecordJson.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("2024-03-04", record.Document.Published);
        Assert.Contains(record.Events, e => e.Code.StartsWith("05", StringComparison.Ordinal) || e.Code.StartsWith("03", StringComparison.Ordinal) || e.Code.StartsWith("06", StringComparison.Ordinal));
        var quote = Assert.Single(record.Quotes, q => q.Kind == "direct");
        Assert.Equal("Marta Rojas", quote.Speaker?.Text);
        Assert.Contains(record.Quotes, q => q.Kind == "indirect" && q.Speaker?.Text == "officials");
        Assert.Null(record.Tokens);
    }

    [Fact]
    public async Task Code_adds_tokens_on_request_and_reads_html_by_its_media_type()
    {
        const string Page = "<html><head><title>Talks in Lima</title></head><body><article><h1>Talks in Lima</h1>" +
            "<p>Peru and Ecuador held talks in Lima on Tuesday, the foreign ministry said.</p></article></body></html>";
        using var body = new StringContent(Page, Encoding.UTF8, "text/html");
        using var response = await Client.PostAsync("/code?tokens=true", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = RecordJson.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.DoesNotContain("<p>", record.Document.Text, StringComparison.Ordinal);
        Assert.NotNull(record.Tokens);
        Assert.Contains(record.Tokens!, t => t.Text == "Lima" && t.Upos == "PROPN");
    }

    [Theory]
    [InlineData("/code", "", "text/plain", "the body is empty")]
    [InlineData("/code?published=29.08.2018", "Text.", "text/plain", "published=29.08.2018 is not a date")]
    [InlineData("/code?tokens=maybe", "Text.", "text/plain", "tokens=maybe is not a yes/no value")]
    [InlineData("/code", "{\"title\": \"x\"", "application/json", "not valid JSON")]
    public async Task Bad_uploads_get_a_400_that_says_what_to_do(string url, string content, string mediaType, string message)
    {
        using var body = new StringContent(content, Encoding.UTF8, mediaType);
        using var response = await Client.PostAsync(url, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_over_the_limit_is_refused_with_the_limit_named()
    {
        using var body = new StringContent(new string('a', 90_000), Encoding.UTF8, "text/plain");
        using var response = await Client.PostAsync("/code", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("too large", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_articles_in_one_upload_give_records_and_per_article_errors()
    {
        const string Lines = "{\"text\": \"Chile and Norway signed a fishing agreement on Monday.\", \"published\": \"2024-03-04\"}\n{\"title\": \"no text\"}\n";
        using var body = new StringContent(Lines, Encoding.UTF8, "application/x-ndjson");
        using var response = await Client.PostAsync("/code", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, json.GetProperty("records").GetArrayLength());
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal("request body:2", error.GetProperty("input").GetString());
    }

    [Fact]
    public async Task Stored_documents_answer_the_queries()
    {
        using (var body = new StringContent(Story, Encoding.UTF8, "text/plain"))
        using (var stored = await Client.PostAsync("/documents?published=2024-03-04&name=fishing.txt", body))
        {
            Assert.Contains(stored.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK });
            var outcome = JsonDocument.Parse(await stored.Content.ReadAsStringAsync()).RootElement.GetProperty("stored")[0];
            Assert.Equal("fishing.txt", outcome.GetProperty("input").GetString());
            var id = outcome.GetProperty("id").GetString()!;

            using var again = new StringContent(Story, Encoding.UTF8, "text/plain");
            using var second = await Client.PostAsync("/documents?published=2024-03-04", again);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Contains("\"outcome\":\"skipped\"", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var document = RecordJson.Parse(await Client.GetStringAsync($"/documents/{id}"))!;
            Assert.Equal(id, document.Document.Id);
            Assert.Contains(id, await Client.GetStringAsync("/documents"), StringComparison.Ordinal);
        }

        var events = JsonDocument.Parse(await Client.GetStringAsync("/events?actor=CHL")).RootElement;
        Assert.True(events.GetArrayLength() > 0);
        Assert.True(events[0].GetProperty("mentionList").GetArrayLength() > 0);

        var csv = await Client.GetAsync("/events?actor=CHL&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("key,", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var quotes = JsonDocument.Parse(await Client.GetStringAsync("/quotes?speaker=Rojas")).RootElement;
        Assert.Equal("Marta Rojas", quotes[0].GetProperty("speaker").GetString());

        var hits = JsonDocument.Parse(await Client.GetStringAsync("/search?q=inspectors")).RootElement;
        Assert.Equal(1, hits.GetArrayLength());

        var health = JsonDocument.Parse(await Client.GetStringAsync("/health")).RootElement;
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("documents").GetInt64() >= 1);
    }

    [Theory]
    [InlineData("/events?from=2024-13", HttpStatusCode.BadRequest, "from 2024-13 is not a date")]
    [InlineData("/events?dyad=CHL", HttpStatusCode.BadRequest, "not a dyad")]
    [InlineData("/events?format=xml", HttpStatusCode.BadRequest, "format=xml is not a format")]
    [InlineData("/events?limit=-1", HttpStatusCode.BadRequest, "limit=-1 is not a whole number")]
    [InlineData("/search", HttpStatusCode.BadRequest, "give the words to find")]
    [InlineData("/dyad?source=CHL", HttpStatusCode.BadRequest, "give the target country")]
    [InlineData("/dyad?source=CHL&target=NOR&by=year", HttpStatusCode.BadRequest, "by=year is not a period")]
    [InlineData("/documents/0000000000000000", HttpStatusCode.NotFound, "no stored document has the id")]
    [InlineData("/nowhere", HttpStatusCode.NotFound, "GET / lists them")]
    public async Task Bad_queries_get_a_json_error(string url, HttpStatusCode status, string message)
    {
        using var response = await Client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_index_lists_the_endpoints()
    {
        var index = JsonDocument.Parse(await Client.GetStringAsync("/")).RootElement;
        Assert.Contains(index.GetProperty("endpoints").EnumerateArray(), e => e.GetString()!.StartsWith("POST /code", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_dyad_is_served_as_periods()
    {
        using (var body = new StringContent(Story, Encoding.UTF8, "text/plain"))
        using (await Client.PostAsync("/documents?published=2024-03-04", body))
        {
        }

        var dyad = JsonDocument.Parse(await Client.GetStringAsync("/dyad?source=CHL&target=NOR&by=day")).RootElement;
        Assert.Equal("day", dyad.GetProperty("by").GetString());
        Assert.All(dyad.GetProperty("periods").EnumerateArray(), p => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", p.GetProperty("period").GetString()));
    }

    [Fact]
    public void A_host_that_is_no_address_is_a_usage_error()
    {
        var e = Assert.Throws<CliException>(() => ParleyServer.Build(new ServeOptions { Host = "my-laptop", Database = ":memory:" }, Engine.CreateDefault()));
        Assert.Contains("not an IP address", e.Message, StringComparison.Ordinal);
    }
}
