using System.CommandLine;
using System.Globalization;
using Parley.Core;
using Parley.Core.Records;
using Parley.Events.Coding;
using Parley.Events.Ontology;
using Parley.Training.Corpora;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval cameo --codebook FILE</c>: code each codebook example with Parley's own lexicon.</summary>
internal static class EvalCameoCommand
{
    public static Command Create(CliIO io)
    {
        var codebook = new Option<string>("--codebook") { Description = "The CAMEO codebook CSV (code, name, goldstein, example, …).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var errors = new Option<int>("--errors") { Description = "Also print up to N examples coded wrongly." };
        var parser = CommonOptions.Parser();
        var command = new Command("cameo", "Code every example sentence of the CAMEO codebook and report exact-code and root-code accuracy.") { codebook, json, errors, parser };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(codebook)!;
            IReadOnlyList<CameoCodebook.Example> examples;
            try
            {
                using var stream = File.OpenRead(path);
                examples = CameoCodebook.Read(stream);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot read codebook '{path}': {e.Message}");
            }
            catch (FormatException e)
            {
                throw new CliException($"{path}: {e.Message} Give the CAMEO codebook CSV.");
            }

            var engine = Engine.CreateDefault(CommonOptions.IsAccurate(parse, parser));
            var ontology = CameoOntology.LoadBuiltIn();
            var predictions = examples
                .AsParallel()
                .AsOrdered()
                .Select(example => (example, code: Predict(engine, ontology.Describe, example.Sentence)))
                .ToList();
            var exact = predictions.Count(p => p.code == p.example.Code);
            var root = predictions.Count(p => p.code is not null && p.code[..2] == p.example.Code[..2]);
            var coded = predictions.Count(p => p.code is not null);
            double Pct(int n) => predictions.Count == 0 ? 0 : 100.0 * n / predictions.Count;
            if (parse.GetValue(json))
            {
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{{\"examples\":{predictions.Count},\"coded\":{coded},\"exact\":{Pct(exact):F2},\"root\":{Pct(root):F2}}}"));
            }
            else
            {
                io.Out.WriteLine($"codebook: {path}");
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"examples {predictions.Count}, coded {coded} ({Pct(coded):F1}%)"));
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exact code accuracy {Pct(exact):F2}%  ({exact})"));
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"root code accuracy  {Pct(root):F2}%  ({root})"));
            }

            foreach (var (example, code) in predictions.Where(p => p.code != p.example.Code).Take(parse.GetValue(errors)))
            {
                io.Out.WriteLine($"gold {example.Code} got {code ?? "none"}: {example.Sentence}");
            }

            return Program.Ok;
        });
        return command;
    }

    /// <summary>Whether the token at <paramref name="offset"/> has a "will" or "would" auxiliary.</summary>
    private static bool WillNot(Document document, int offset)
    {
        var token = document.TokenAt(offset);
        for (var t = 0; t < document.TokenCount; t++)
        {
            if (document.Heads![t] == token && document.Relations![t] == "aux" &&
                document.GetTokenSpan(t).ToString().ToLowerInvariant() is "will" or "would" or "wo" or "'ll" or "shall")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many heads lie above the token that starts at <paramref name="offset"/> (0 for the root).</summary>
    private static int Depth(Document document, int offset)
    {
        var token = document.TokenAt(offset);
        var depth = 0;
        for (var k = document.Heads![token]; k >= 0 && depth < 100; k = document.Heads[k])
        {
            depth++;
        }

        return depth;
    }

    /// <summary>
    /// The code Parley gives an example: its main event — the one whose trigger stands highest in the
    /// dependency tree (then the first in text order) — that is not a plain statement (010), since
    /// "…, officials said" only reports the event the example illustrates; the other root-01 codes
    /// ("claimed responsibility" 015, "denied the charges" 016) are events in their own right. When only
    /// plain statements were found, the highest of them.
    /// </summary>
    /// <remarks>
    /// CAMEO codes a stated future action as a verbal event: "will visit" is an intent to meet (036), "will
    /// impose a curfew" a threat (1323). Parley records the action with modality <c>future</c>; for the
    /// comparison an event of roots 04–08 in the future reads as its 03x intent, one of roots 14–20 as its 13x threat;
    /// a negated cooperative event with "will" or "would" ("will not end the strike") as its 12x refusal; a
    /// cancelled visit or meeting (root 04, modality <c>cancelled</c>) as 161, as the CAMEO codebook codes it.
    /// </remarks>
    internal static string? Predict(Engine engine, Func<string, CodeInfo?> describe, string sentence)
    {
        var document = new Document(sentence);
        var record = engine.Code(document);
        var ordered = record.Events.OrderBy(e => Depth(document, e.Trigger.Start)).ThenBy(e => e.Trigger.Start).ToList();
        EventRecord? main = ordered.FirstOrDefault(e => e.Code != "010") ?? ordered.FirstOrDefault();
        if (main is not null && main.Modality == "negated" && main.Root is "03" or "04" or "05" or "06" or "07" or "08" && WillNot(document, main.Trigger.Start))
        {
            // "will not end their strike": a refusal (12x).
            return CameoComposition.Compose("12", main.Code, describe) ?? main.Code;
        }

        if (main is { Modality: "cancelled", Root: "04" })
        {
            return "161"; // CAMEO codes a called-off visit or meeting as a reduction of relations
        }

        if (main is null || main.Modality != "future")
        {
            return main?.Code;
        }

        var verbal = main.Root switch
        {
            "04" or "05" or "06" or "07" or "08" => "03",
            "14" or "15" or "16" or "17" or "18" or "19" or "20" => "13",
            _ => null,
        };
        return verbal is null ? main.Code : CameoComposition.Compose(verbal, main.Code, describe) ?? main.Code;
    }
}
