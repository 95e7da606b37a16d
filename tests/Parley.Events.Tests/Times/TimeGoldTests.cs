using System.Text.Json;
using Parley.Events.Tests.Quotes;
using Parley.Events.Times;

namespace Parley.Events.Tests.Times;

/// <summary>Guards the time tagger's accuracy on Parley's own gold articles (eval/times/gold.jsonl).</summary>
public sealed class TimeGoldTests
{
    [Fact]
    public void ValueAccuracyOnGoldStaysAboveTarget()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        int gold = 0, correct = 0;
        foreach (var line in File.ReadLines(Path.Combine(dir.FullName, "eval", "times", "gold.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var times = TimeTagger.Find(TestDocuments.Make(root.GetProperty("text").GetString()!, root.GetProperty("published").GetString()));
            foreach (var g in root.GetProperty("times").EnumerateArray())
            {
                gold++;
                var start = g.GetProperty("start").GetInt32();
                var end = g.GetProperty("end").GetInt32();
                var match = times.FirstOrDefault(t => t.Start < end && start < t.End);
                if (match?.Value == g.GetProperty("value").GetString())
                {
                    correct++;
                }
            }
        }

        Assert.True(gold >= 150, $"{gold} gold expressions");
        Assert.True(correct >= gold * 0.85, $"{correct} of {gold} values right");
    }
}
