using System.CommandLine;
using System.Globalization;
using Parley.Core;
using Parley.Nlp.Segmentation;
using Parley.Training.Conllu;
using Parley.Training.Evaluation;
using Parley.Training.Scoring;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval segment --gold FILE.conllu</c>: tokenization and sentence splitting from raw text.</summary>
internal static class EvalSegmentCommand
{
    public static Command Create(CliIO io)
    {
        var gold = new Option<string>("--gold") { Description = "A CoNLL-U file; its raw text is rebuilt and segmented by Parley.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var errors = new Option<int>("--errors") { Description = "Also print up to N gold words and sentences Parley missed, with context." };
        var command = new Command("segment", "Score tokenization and sentence splitting (CoNLL 2018 word and sentence F1).") { gold, json, errors };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(gold)!;
            var raw = ReadGold(path);
            var document = new Document(raw.Text);
            Pipeline.Create([new Tokenizer(), new SentenceSplitter()]).Process(document);
            var words = new List<(int, int)>(document.TokenCount);
            for (var i = 0; i < document.TokenCount; i++)
            {
                words.Add((document.GetTokenStart(i), document.GetTokenEnd(i)));
            }

            var sentences = document.Sentences.Select(s => (s.Start, s.End)).ToList();
            var goldWords = raw.WordStarts.Zip(raw.WordEnds).ToList();
            var goldSentences = raw.SentenceStarts.Zip(raw.SentenceEnds).ToList();
            var score = SegmentationScore.Compute(goldWords, words, goldSentences, sentences);
            if (parse.GetValue(json))
            {
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{{\"gold\":\"{System.Text.Encodings.Web.JavaScriptEncoder.Default.Encode(path)}\",\"words\":{{\"p\":{score.Words.Precision:F2},\"r\":{score.Words.Recall:F2},\"f1\":{score.Words.F1:F2}}},\"sentences\":{{\"p\":{score.Sentences.Precision:F2},\"r\":{score.Sentences.Recall:F2},\"f1\":{score.Sentences.F1:F2}}}}}"));
            }
            else
            {
                io.Out.WriteLine($"gold: {path}");
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words      P {score.Words.Precision,6:F2}  R {score.Words.Recall,6:F2}  F1 {score.Words.F1,6:F2}  (gold {score.Words.Gold}, system {score.Words.System})"));
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sentences  P {score.Sentences.Precision,6:F2}  R {score.Sentences.Recall,6:F2}  F1 {score.Sentences.F1,6:F2}  (gold {score.Sentences.Gold}, system {score.Sentences.System})"));
            }

            PrintMisses(io, raw.Text, "word", goldWords, words, parse.GetValue(errors));
            PrintMisses(io, raw.Text, "sentence end", goldSentences.Select(s => (s.Second, s.Second)).ToList(), sentences.Select(s => (s.End, s.End)).ToList(), parse.GetValue(errors));
            return Program.Ok;
        });
        return command;
    }

    private static void PrintMisses(CliIO io, string text, string what, IReadOnlyList<(int Start, int End)> gold, List<(int Start, int End)> system, int limit)
    {
        var found = system.ToHashSet();
        foreach (var (start, end) in gold.Where(g => !found.Contains(g)).Take(limit))
        {
            var from = Math.Max(0, start - 30);
            var to = Math.Min(text.Length, end + 30);
            io.Out.WriteLine($"missed {what}: {text[from..start]}[[{text[start..end]}]]{text[end..to]}".ReplaceLineEndings(" "));
        }
    }

    internal static RawText ReadGold(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return RawText.Build(ConlluReader.Read(reader, path).ToList());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read gold file '{path}': {e.Message}");
        }
        catch (ConlluFormatException e)
        {
            throw new CliException($"{e.Message} Give a CoNLL-U file.");
        }
    }
}
