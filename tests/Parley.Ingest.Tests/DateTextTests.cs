using Parley.Ingest.Cleaning;

namespace Parley.Ingest.Tests;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2018-08-29T10:00:00Z", "2018-08-29")]
    [InlineData("Published August 29, 2018", "2018-08-29")]
    [InlineData("Wed, Aug. 29 2018 3:45 PM", "2018-08-29")]
    [InlineData("29 August 2018", "2018-08-29")]
    [InlineData("Sept. 3, 2019", "2019-09-03")]
    public void Reads_common_date_forms(string text, string expected)
    {
        Assert.True(DateText.TryParse(text, out var iso));
        Assert.Equal(expected, iso);
    }

    [Theory]
    [InlineData("2018-02-30")]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_non_dates(string? text) => Assert.False(DateText.TryParse(text, out _));
}
