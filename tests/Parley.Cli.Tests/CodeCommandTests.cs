using System.Text.Json;
using Parley.Core.Records;

namespace Parley.Cli.Tests;

public sealed class CodeCommandTests
{
    private const string Story = "Envoys from Norway and Chile met in Oslo on Monday.\n\n“We agreed on the agenda,” the Chilean minister said. Talks resume next week.";

    [Fact]
    public async Task Code_prints_a_record_whose_offsets_point_into_the_text()
    {
        var (exit, output, error) = await CliRunner.RunAsync(["code", "-", "--published", "2024-03-05"], Story);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var record = RecordJson.Parse(output)!;
        Assert.Equal("2024-03-05", record.Document.Published);
        Assert.Equal(3, record.Sentences.Count);
        Assert.Equal([0, 1, 1], record.Sentences.Select(s => s.Paragraph));
        foreach (var sentence in record.Sentences)
        {
            Assert.InRange(sentence.End, sentence.Start + 1, record.Document.Text.Length);
        }
    }

    [Theory]
    [InlineData("The ministry said that talks will begin next week.", "talks")]
    [InlineData("Officials fear that sanctions could hurt exports.", "sanctions")]
    [InlineData("The neighbouring countries criticised the plan.", "neighbouring")]
    public async Task The_shipped_tagger_reads_news_wording_right(string text, string word)
    {
        // A verb in -s before a modal is a plural noun; an unknown British spelling is read as its American form.
        var (exit, output, _) = await CliRunner.RunAsync(["code", "-", "--tokens"], text);

        Assert.Equal(0, exit);
        var token = Assert.Single(RecordJson.Parse(output)!.Tokens!, t => t.Text == word);
        Assert.NotEqual("VERB", token.Upos);
    }

    [Fact]
    public async Task A_country_named_like_a_persons_given_name_stays_a_country()
    {
        const string Text = "Chad ordered French troops to leave its territory by the end of January. Foreign Minister Omar Saleh said the " +
            "decision reflected the country's sovereignty. Chad Meyer, an American researcher who studies security assistance, said the " +
            "move fit a broader pattern. Refugees continue to cross into eastern Chad at a rate of several hundred a day.";
        var (exit, output, _) = await CliRunner.RunAsync(["code", "-"], Text);

        Assert.Equal(0, exit);
        var record = RecordJson.Parse(output)!;
        Assert.DoesNotContain(record.Entities, e => e.Text == "Chad" && e.Type == "PER");
        Assert.Contains(record.Entities, e => e.Text == "Chad Meyer" && e.Type == "PER");
    }

    [Theory]
    [InlineData("Protesters clashed with police in Tyre on Monday.", "Tyre", "LBN")]
    [InlineData("Gunmen attacked villagers in North Kivu on Monday.", "North Kivu", "COD")]
    [InlineData("Russian drones struck power stations in the Kursk region on Monday.", "the Kursk region", "RUS")]
    public async Task Towns_and_regions_in_conflict_news_place_the_event(string text, string place, string country)
    {
        var (exit, output, _) = await CliRunner.RunAsync(["code", "-", "--published", "2024-09-10"], text);

        Assert.Equal(0, exit);
        var e = Assert.Single(RecordJson.Parse(output)!.Events);
        Assert.Equal((place, country), (e.Location?.Text, e.Location?.Country));
    }

    [Fact]
    public async Task Jsonl_prints_one_record_per_line_in_input_order()
    {
        using var dir = new CliRunner.TempDir();
        var a = dir.File("a.txt", "Alpha met Beta. They talked.");
        var b = dir.File("b.txt", "Gamma protested. Delta left.");

        var (exit, output, _) = await CliRunner.RunAsync(["code", b, a, "--format", "jsonl"]);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Gamma", RecordJson.Parse(lines[0])!.Document.Text, StringComparison.Ordinal);
        Assert.StartsWith("Alpha", RecordJson.Parse(lines[1])!.Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_documents_in_json_format_make_a_json_array()
    {
        using var dir = new CliRunner.TempDir();
        dir.File("one.txt", "One sentence here.");
        dir.File("two.txt", "Another sentence there.");

        var (exit, output, _) = await CliRunner.RunAsync(["code", dir.Path]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(2, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_missing_file_is_reported_and_the_batch_goes_on()
    {
        using var dir = new CliRunner.TempDir();
        var good = dir.File("good.txt", "The minister resigned.");
        var missing = Path.Combine(dir.Path, "nope.txt");

        var (exit, output, error) = await CliRunner.RunAsync(["code", missing, good, "--format", "jsonl"]);

        Assert.Equal(1, exit);
        Assert.Contains("nope.txt", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Usage_errors_exit_with_2_and_no_stack_trace()
    {
        var (exit, _, error) = await CliRunner.RunAsync(["code", "-", "--published", "yesterday"], "Text.");
        Assert.Equal(2, exit);
        Assert.Contains("YYYY-MM-DD", error, StringComparison.Ordinal);

        (exit, _, error) = await CliRunner.RunAsync(["code", "--format", "xml", "x.txt"]);
        Assert.Equal(2, exit);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_writes_the_records_to_a_file()
    {
        using var dir = new CliRunner.TempDir();
        var target = Path.Combine(dir.Path, "records.jsonl");

        var (exit, output, _) = await CliRunner.RunAsync(["code", "-", "--format", "jsonl", "--out", target], "One. Two.");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(2, RecordJson.Parse(File.ReadAllText(target))!.Sentences.Count);
    }

    [Fact]
    public async Task Tokens_are_added_on_request()
    {
        var (_, plain, _) = await CliRunner.RunAsync(["code", "-", "--format", "jsonl"], "Hello there.");
        var (_, withTokens, _) = await CliRunner.RunAsync(["code", "-", "--format", "jsonl", "--tokens"], "Hello there.");

        Assert.Null(RecordJson.Parse(plain)!.Tokens);
        Assert.Equal(["Hello", "there", "."], RecordJson.Parse(withTokens)!.Tokens!.Select(t => t.Text));
    }

    [Theory]
    [InlineData("Protesters set fire to the town hall, the station said on its Facebook page.", "Protesters set fire to the town hall", "the station")]
    [InlineData("Gunmen attacked a village, a local leader told AFP by telephone.", "Gunmen attacked a village", "a local leader")]
    [InlineData("Russia struck the port, officials said on condition of anonymity.", "Russia struck the port", "officials")]
    [InlineData("A drone struck a fuel depot near the airport, witnesses said.", "A drone struck a fuel depot near the airport", "witnesses")]
    [InlineData("ARUA, Republic of Uganda — Rebels burned a market, residents said on Sunday.", "Rebels burned a market", "residents")]
    [InlineData("As reported by Reuters, Russian forces shelled a depot near the border.", "Russian forces shelled a depot near the border", "Reuters")]
    [InlineData("Citing two officials, the newspaper said the talks had collapsed.", "the talks had collapsed", "the newspaper")]
    [InlineData("The suspect denied the charges, his lawyer said.", "The suspect denied the charges", "his lawyer")]
    [InlineData("Rim Jong Hyok remains at large, the Justice Department said.", "Rim Jong Hyok remains at large", "the Justice Department")]
    public async Task A_reporting_clause_at_either_end_names_who_reports_the_rest(string text, string report, string speaker)
    {
        var (exit, output, _) = await CliRunner.RunAsync(["code", "-"], text);

        Assert.Equal(0, exit);
        var quote = Assert.Single(RecordJson.Parse(output)!.Quotes, q => q.Kind == "indirect");
        Assert.Equal((report, speaker), (quote.Text, quote.Speaker?.Text));
    }

    [Theory]
    [InlineData("According to Reuters, Israeli jets struck a school in Gaza.")]
    [InlineData("Per Reuters, Israeli jets struck a school in Gaza on Monday.")]
    public async Task An_opening_according_to_keeps_the_events_of_its_sentence(string text)
    {
        // The clause after "According to Reuters," was taken for a description of Reuters, so Israel became Reuters.
        var (exit, output, _) = await CliRunner.RunAsync(["code", "-", "--published", "2024-09-10"], text);

        Assert.Equal(0, exit);
        var strike = Assert.Single(RecordJson.Parse(output)!.Events, e => e.Root == "19");
        Assert.Equal("ISR", strike.Source.Code);
        Assert.Equal("Reuters", strike.Attribution?.Outlet);
    }

    [Fact]
    public async Task A_time_that_places_another_event_does_not_date_this_one()
    {
        // "June" dates the clash; "agreed", coordinated with "met", shares Monday.
        const string Text = "Indian and Chinese officials met in Beijing on Monday for the first time since a clash in June, and agreed to keep talking.";
        var (exit, output, _) = await CliRunner.RunAsync(["code", "-", "--published", "2024-09-10"], Text);

        Assert.Equal(0, exit);
        var events = RecordJson.Parse(output)!.Events;
        Assert.Contains(events, e => e.Root == "03");
        Assert.All(events, e => Assert.Equal("2024-09-09", e.Date));
    }

    [Fact]
    public async Task Datelines_reports_and_visits_place_and_date_events_from_their_own_words()
    {
        const string Text = "Rates stay on hold\n\nANKARA - Finance Minister Mehmet Simsek welcomed the decision.\n\n" +
            "Egypt deported about 800 Sudanese refugees in August, Amnesty International said.\n\n" +
            "In New Zealand, Foreign Minister Winston Peters visited Beijing on Monday.";
        var (exit, output, _) = await CliRunner.RunAsync(["code", "-", "--published", "2024-09-10"], Text);

        Assert.Equal(0, exit);
        var events = RecordJson.Parse(output)!.Events;
        Assert.Contains(events, e => e.Code == "051" && e.Source.Code == "TURGOV");
        Assert.Contains(events, e => e.Code == "174" && e.Date == "2024-08");
        Assert.Contains(events, e => e.Code == "010" && e.Source.Code.StartsWith("NGO", StringComparison.Ordinal) && e.Date == "2024-09-10");
        Assert.Equal("Beijing", Assert.Single(events, e => e.Code == "042").Location?.Text);
    }

    [Fact]
    public async Task The_accurate_parser_codes_the_same_story_and_a_wrong_choice_is_refused()
    {
        // The beam-search parser (models/en-parser-beam) is chosen per command; it parses this plain story the same way.
        var (exit, output, error) = await CliRunner.RunAsync(["code", "-", "--published", "2024-03-05", "--parser", "accurate", "--tokens"], Story);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var record = RecordJson.Parse(output)!;
        Assert.Contains(record.Events, e => e.Code.StartsWith("04", StringComparison.Ordinal) && e.Source.Code.StartsWith("NOR", StringComparison.Ordinal));
        Assert.Equal("root", Assert.Single(record.Tokens!, t => t.Text == "met").Relation);

        var (badExit, _, badError) = await CliRunner.RunAsync(["code", "-", "--parser", "best"], Story);
        Assert.NotEqual(0, badExit);
        Assert.Contains("best", badError, StringComparison.Ordinal);

        var (widthExit, _, widthError) = await CliRunner.RunAsync(["eval", "ud", "--gold", "missing.conllu", "--beam", "0"]);
        Assert.Equal(2, widthExit);
        Assert.Contains("--beam must be between 1 and 256, not 0.", widthError, StringComparison.Ordinal);
    }
}
