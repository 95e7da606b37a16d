using FsCheck;
using FsCheck.Xunit;
using Parley.Core;
using Parley.Events.Tests.Quotes;
using Parley.Events.Times;

namespace Parley.Events.Tests.Times;

public sealed class TimeTaggerTests
{
    [Theory]
    [InlineData("The ministry said on Wednesday that talks had stalled.", "2018-08-29", "Wednesday", "2018-08-29")]
    [InlineData("The envoy arrived on Monday.", "2018-08-29", "Monday", "2018-08-27")]
    [InlineData("The envoy will arrive on Monday.", "2018-08-29", "Monday", "2018-09-03")]
    [InlineData("They met last Wednesday.", "2018-08-29", "last Wednesday", "2018-08-22")]
    [InlineData("They meet next Friday.", "2018-08-29", "next Friday", "2018-08-31")]
    [InlineData("Yesterday, the board resigned.", "2018-08-29", "Yesterday", "2018-08-28")]
    [InlineData("The vote is tomorrow.", "2018-08-29", "tomorrow", "2018-08-30")]
    [InlineData("The summit was held last week.", "2018-08-29", "last week", "2018-W34")]
    [InlineData("Talks resume next week.", "2018-08-29", "next week", "2018-W36")]
    [InlineData("Officials will travel next month.", "2018-08-29", "next month", "2018-09")]
    [InlineData("Profits fell last year.", "2018-08-29", "last year", "2017")]
    [InlineData("The meeting took place in July in Vietnam.", "2018-08-29", "July", "2018-07")]
    [InlineData("The law was passed in November.", "2018-08-29", "November", "2017-11")]
    [InlineData("Elections will be held in November.", "2018-08-29", "November", "2018-11")]
    [InlineData("This summer, the parties met in secret.", "2018-08-29", "This summer", "2018-SU")]
    [InlineData("The accord was signed on Aug. 29, 2018, in Geneva.", null, "Aug. 29, 2018", "2018-08-29")]
    [InlineData("The accord was signed on 29 August 2018 in Geneva.", null, "29 August 2018", "2018-08-29")]
    [InlineData("The accord is dated 2018-08-29.", null, "2018-08-29", "2018-08-29")]
    [InlineData("Inflation peaked in August 2018.", null, "August 2018", "2018-08")]
    [InlineData("The war began in 2011.", null, "2011", "2011")]
    [InlineData("The feud started decades ago.", "2018-08-29", "decades ago", "PAST_REF")]
    [InlineData("A deal could come within weeks.", "2018-08-29", "within weeks", "FUTURE_REF")]
    [InlineData("He left office two years ago.", "2018-08-29", "two years ago", "2016")]
    [InlineData("Reforms stalled in the 1990s.", "2018-08-29", "the 1990s", "199")]
    [InlineData("Parliament met on Sept. 6.", "2018-08-29", "Sept. 6", "2017-09-06")]
    [InlineData("Parliament will meet on Sept. 6.", "2018-08-29", "Sept. 6", "2018-09-06")]
    public void Normalises(string text, string? published, string expression, string value)
    {
        var times = TimeTagger.Find(TestDocuments.Make(text, published));
        var found = Assert.Single(times, t => t.Text.Contains(expression, StringComparison.Ordinal) || expression.Contains(t.Text, StringComparison.Ordinal));
        Assert.Equal(value, found.Value);
    }

    [Fact]
    public void AnchorsOnFirstAbsoluteDateWithoutPublicationDate()
    {
        var times = TimeTagger.Find(TestDocuments.Make("On March 3, 2021, the cabinet met. The minister had resigned on Tuesday."));
        Assert.Equal("2021-03-03", times[0].Value);
        Assert.Equal("2021-03-02", times.Single(t => t.Text == "Tuesday").Value);
    }

    [Fact]
    public void LeavesRelativeValuesNullWithoutAnyAnchor()
    {
        var time = Assert.Single(TimeTagger.Find(TestDocuments.Make("The minister resigned on Tuesday.")));
        Assert.Null(time.Value);
    }

    [Fact]
    public void MayAsANameIsNotAMonth()
    {
        var times = TimeTagger.Find(TestDocuments.Make("Theresa May announced her resignation in May.", "2019-05-24"));
        var time = Assert.Single(times);
        Assert.Equal("2019-05", time.Value);
        Assert.Equal(41, time.Start);
    }

    [Fact]
    public void ProcessWritesTheLayer()
    {
        var document = TestDocuments.Make("It happened yesterday.", "2020-01-10");
        new TimeTagger().Process(document);
        Assert.True(document.Has(Annotations.Times));
        Assert.Equal("2020-01-09", Assert.Single(document.Times).Value);
    }

    [Property(MaxTest = 200)]
    public void SpansStayInsideTheText(NonNull<string> input)
    {
        var text = input.Get;
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var document = TestDocuments.Make(text, "2018-08-29");
        var previousEnd = 0;
        foreach (var t in TimeTagger.Find(document))
        {
            Assert.InRange(t.Start, previousEnd, text.Length);
            Assert.InRange(t.End, t.Start + 1, text.Length);
            Assert.Equal(text[t.Start..t.End], t.Text);
            previousEnd = t.End;
        }
    }
}
