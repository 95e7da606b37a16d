using Parley.Core.Records;

namespace Parley.Cli.Commands;

/// <summary>
/// Accumulates the quote scores. A system quote matches a gold quote when their spans overlap by at
/// least half of their union. A speaker is right when, lower-cased and without a leading determiner or
/// a possessive, it equals the gold speaker or one of its aliases, is the gold name's last word (a
/// surname), or ends with the gold name (a title before it).
/// </summary>
internal sealed class EvalQuotesScore
{
    public int GoldDirect { get; private set; }
    public int GoldFragment { get; private set; }
    public int GoldScare { get; private set; }
    public int GoldAll { get; private set; }
    public int GoldAttributed => GoldDirect + GoldFragment;
    public int SystemAttributed { get; private set; }
    public int MatchedGoldAttributed { get; private set; }
    public int MatchedSystemAttributed { get; private set; }
    public int DirectSpeakerCorrect { get; private set; }
    public int FragmentSpeakerCorrect { get; private set; }
    public int KindCorrect { get; private set; }
    public List<string> Problems { get; } = [];

    public double SpanPrecision => SystemAttributed == 0 ? 0 : 100.0 * MatchedSystemAttributed / SystemAttributed;
    public double SpanRecall => GoldAttributed == 0 ? 0 : 100.0 * MatchedGoldAttributed / GoldAttributed;
    public double SpanF1 => SpanPrecision + SpanRecall == 0 ? 0 : 2 * SpanPrecision * SpanRecall / (SpanPrecision + SpanRecall);
    public double DirectSpeakerAccuracy => GoldDirect == 0 ? 0 : 100.0 * DirectSpeakerCorrect / GoldDirect;
    public double FragmentSpeakerAccuracy => GoldFragment == 0 ? 0 : 100.0 * FragmentSpeakerCorrect / GoldFragment;
    public double KindAccuracy => GoldAll == 0 ? 0 : 100.0 * KindCorrect / GoldAll;

    public void Add(EvalQuotesGold.Article article, IReadOnlyList<QuoteRecord> quotes)
    {
        var system = quotes.Where(q => q.Kind != "indirect").ToList();
        var attributed = system.Where(q => q.Kind is "direct" or "fragment").ToList();
        SystemAttributed += attributed.Count;
        var usedAttributed = new HashSet<QuoteRecord>(ReferenceEqualityComparer.Instance);
        foreach (var g in article.Quotes)
        {
            GoldAll++;
            switch (g.Kind)
            {
                case "direct": GoldDirect++; break;
                case "fragment": GoldFragment++; break;
                case "scare": GoldScare++; break;
                default: break;
            }

            var match = system.Where(q => Overlaps(q, g)).OrderByDescending(q => Math.Min(q.End, g.End) - Math.Max(q.Start, g.Start)).FirstOrDefault();
            if (match is null)
            {
                Problems.Add($"{article.Id}: missed {g.Kind} quote “{Clip(g.Text)}” ({g.Speaker ?? "no speaker"})");
                continue;
            }

            if (match.Kind == g.Kind)
            {
                KindCorrect++;
            }

            if (g.Kind is "direct" or "fragment")
            {
                var attributedMatch = attributed.FirstOrDefault(q => ReferenceEquals(q, match) && !usedAttributed.Contains(q));
                if (attributedMatch is not null)
                {
                    usedAttributed.Add(attributedMatch);
                    MatchedGoldAttributed++;
                }

                if (SpeakerMatches(match.Speaker?.Text, g))
                {
                    if (g.Kind == "direct")
                    {
                        DirectSpeakerCorrect++;
                    }
                    else
                    {
                        FragmentSpeakerCorrect++;
                    }
                }
                else
                {
                    Problems.Add($"{article.Id}: {g.Kind} “{Clip(g.Text)}” gold speaker '{g.Speaker}', Parley '{match.Speaker?.Text ?? "none"}' ({match.Kind}, cue {match.Cue ?? "none"})");
                }
            }
            else if (match.Kind != g.Kind)
            {
                Problems.Add($"{article.Id}: {g.Kind} “{Clip(g.Text)}” tagged {match.Kind} (speaker '{match.Speaker?.Text ?? "none"}')");
            }
        }

        MatchedSystemAttributed += usedAttributed.Count;
        foreach (var q in attributed.Where(q => !usedAttributed.Contains(q)))
        {
            Problems.Add($"{article.Id}: extra {q.Kind} quote “{Clip(q.Text)}” (speaker '{q.Speaker?.Text ?? "none"}')");
        }
    }

    private static bool Overlaps(QuoteRecord q, EvalQuotesGold.Quote g)
    {
        var overlap = Math.Min(q.End, g.End) - Math.Max(q.Start, g.Start);
        var union = Math.Max(q.End, g.End) - Math.Min(q.Start, g.Start);
        return overlap > 0 && overlap * 2 >= union;
    }

    internal static bool SpeakerMatches(string? predicted, EvalQuotesGold.Quote gold)
    {
        if (predicted is null || gold.Speaker is null)
        {
            return predicted is null && gold.Speaker is null;
        }

        var p = Normalize(predicted);
        foreach (var name in gold.Aliases.Prepend(gold.Speaker))
        {
            var g = Normalize(name);
            if (p == g || p.EndsWith(" " + g, StringComparison.Ordinal) || (!p.Contains(' ', StringComparison.Ordinal) && g.EndsWith(" " + p, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string name)
    {
        var s = name.Trim().ToLowerInvariant().Replace('\u2019', '\'');
        if (s.EndsWith("'s", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        foreach (var determiner in new[] { "the ", "a ", "an ", "one ", "another " })
        {
            if (s.StartsWith(determiner, StringComparison.Ordinal))
            {
                s = s[determiner.Length..];
                break;
            }
        }

        return s;
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "…";

    public Dictionary<string, object> ToJson(string path, int articles) => new()
    {
        ["gold"] = path,
        ["articles"] = articles,
        ["goldDirect"] = GoldDirect,
        ["goldFragment"] = GoldFragment,
        ["goldScare"] = GoldScare,
        ["spans"] = new Dictionary<string, double> { ["p"] = Math.Round(SpanPrecision, 2), ["r"] = Math.Round(SpanRecall, 2), ["f1"] = Math.Round(SpanF1, 2) },
        ["directSpeakerAccuracy"] = Math.Round(DirectSpeakerAccuracy, 2),
        ["fragmentSpeakerAccuracy"] = Math.Round(FragmentSpeakerAccuracy, 2),
        ["kindAccuracy"] = Math.Round(KindAccuracy, 2),
    };
}
