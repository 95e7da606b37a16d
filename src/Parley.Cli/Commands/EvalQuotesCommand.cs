using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Core;
using Parley.Events.Quotes;
using Parley.Nlp.Segmentation;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley eval quotes --gold FILE.jsonl</c>: quote spans and speakers against hand-annotated articles
/// (format and scoring rules: docs/formats/quotes-gold.md).
/// </summary>
internal static class EvalQuotesCommand
{
    public static Command Create(CliIO io)
    {
        var gold = new Option<string>("--gold") { Description = "A JSONL gold file of articles with annotated quotes (docs/formats/quotes-gold.md).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var errors = new Option<int>("--errors") { Description = "Also print up to N gold quotes Parley missed or attributed differently." };
        var command = new Command("quotes", "Score quotations: span overlap F1 and speaker accuracy for attributed (direct and fragment) quotes.") { gold, json, errors };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(gold)!;
            var articles = EvalQuotesGold.Read(path);
            var pipeline = Pipeline.Create([new Tokenizer(), new SentenceSplitter(), new QuoteFinder()]);
            var score = new EvalQuotesScore();
            foreach (var article in articles)
            {
                var document = new Document(article.Text, new DocumentInfo { Published = article.Published });
                pipeline.Process(document);
                score.Add(article, document.Quotes);
            }

            if (parse.GetValue(json))
            {
                io.Out.WriteLine(JsonSerializer.Serialize(score.ToJson(path, articles.Count)));
            }
            else
            {
                io.Out.WriteLine($"gold: {path} ({articles.Count} articles; {score.GoldDirect} direct, {score.GoldFragment} fragment, {score.GoldScare} scare quotes)");
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"attributed quote spans (overlap >= 50%)  P {score.SpanPrecision,6:F2}  R {score.SpanRecall,6:F2}  F1 {score.SpanF1,6:F2}  (gold {score.GoldAttributed}, Parley {score.SystemAttributed})"));
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speaker accuracy, direct quotes           {score.DirectSpeakerAccuracy,6:F2}  ({score.DirectSpeakerCorrect} of {score.GoldDirect})"));
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speaker accuracy, fragments               {score.FragmentSpeakerAccuracy,6:F2}  ({score.FragmentSpeakerCorrect} of {score.GoldFragment})"));
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kind accuracy, all gold quotes            {score.KindAccuracy,6:F2}  ({score.KindCorrect} of {score.GoldAll})"));
            }

            foreach (var line in score.Problems.Take(parse.GetValue(errors)))
            {
                io.Out.WriteLine(line.ReplaceLineEndings(" "));
            }

            return Program.Ok;
        });
        return command;
    }
}
