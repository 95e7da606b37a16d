using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Core;
using Parley.Events.Times;
using Parley.Nlp.Segmentation;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley eval times --gold FILE.jsonl</c>: time expression detection (overlap P/R/F1) and value
/// accuracy against hand-annotated articles (format: docs/formats/times-gold.md).
/// </summary>
internal static class EvalTimesCommand
{
    public static Command Create(CliIO io)
    {
        var gold = new Option<string>("--gold") { Description = "A JSONL gold file of articles with annotated time expressions (docs/formats/times-gold.md).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var errors = new Option<int>("--errors") { Description = "Also print up to N gold expressions Parley missed or valued differently." };
        var command = new Command("times", "Score time expressions: detection P/R/F1 (any overlap) and value accuracy.") { gold, json, errors };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(gold)!;
            var articles = EvalTimesGold.Read(path);
            var pipeline = Pipeline.Create([new Tokenizer(), new SentenceSplitter(), new TimeTagger()]);
            int goldCount = 0, systemCount = 0, matchedGold = 0, matchedSystem = 0, correct = 0;
            var problems = new List<string>();
            foreach (var article in articles)
            {
                var document = new Document(article.Text, new DocumentInfo { Published = article.Published });
                pipeline.Process(document);
                var system = document.Times;
                goldCount += article.Times.Count;
                systemCount += system.Count;
                var used = new bool[system.Count];
                foreach (var g in article.Times)
                {
                    var best = -1;
                    for (var k = 0; k < system.Count; k++)
                    {
                        if (!used[k] && system[k].Start < g.End && g.Start < system[k].End)
                        {
                            best = k;
                            break;
                        }
                    }

                    if (best < 0)
                    {
                        problems.Add($"{article.Id}: missed '{g.Text}' ({g.Value})");
                        continue;
                    }

                    used[best] = true;
                    matchedGold++;
                    if (string.Equals(system[best].Value, g.Value, StringComparison.Ordinal))
                    {
                        correct++;
                    }
                    else
                    {
                        problems.Add($"{article.Id}: '{g.Text}' gold {g.Value}, Parley '{system[best].Text}' {system[best].Value ?? "null"}");
                    }
                }

                for (var k = 0; k < system.Count; k++)
                {
                    if (used[k])
                    {
                        matchedSystem++;
                    }
                    else
                    {
                        problems.Add($"{article.Id}: extra '{system[k].Text}' ({system[k].Value ?? "null"})");
                    }
                }
            }

            var p = systemCount == 0 ? 0 : 100.0 * matchedSystem / systemCount;
            var r = goldCount == 0 ? 0 : 100.0 * matchedGold / goldCount;
            var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            var accuracy = goldCount == 0 ? 0 : 100.0 * correct / goldCount;
            var matchedAccuracy = matchedGold == 0 ? 0 : 100.0 * correct / matchedGold;
            if (parse.GetValue(json))
            {
                var result = new Dictionary<string, object>
                {
                    ["gold"] = path,
                    ["articles"] = articles.Count,
                    ["goldTimes"] = goldCount,
                    ["systemTimes"] = systemCount,
                    ["detection"] = new Dictionary<string, double> { ["p"] = Math.Round(p, 2), ["r"] = Math.Round(r, 2), ["f1"] = Math.Round(f1, 2) },
                    ["valueAccuracy"] = Math.Round(accuracy, 2),
                    ["valueAccuracyOfDetected"] = Math.Round(matchedAccuracy, 2),
                };
                io.Out.WriteLine(JsonSerializer.Serialize(result));
            }
            else
            {
                io.Out.WriteLine($"gold: {path} ({articles.Count} articles, {goldCount} time expressions; Parley found {systemCount})");
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"detection       P {p,6:F2}  R {r,6:F2}  F1 {f1,6:F2}"));
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"value accuracy  {accuracy,6:F2}  ({correct} of {goldCount} gold expressions; {matchedAccuracy:F2} of those detected)"));
            }

            foreach (var line in problems.Take(parse.GetValue(errors)))
            {
                io.Out.WriteLine(line.ReplaceLineEndings(" "));
            }

            return Program.Ok;
        });
        return command;
    }
}
