using FsCheck;
using FsCheck.Xunit;
using Parley.Core;
using Parley.Core.Records;
using Parley.Events.Quotes;

namespace Parley.Events.Tests.Quotes;

public sealed class QuoteFinderTests
{
    private static List<QuoteRecord> Quotes(string text) => QuoteFinder.Find(TestDocuments.Make(text));

    private static QuoteRecord Only(string text, string kind = "direct") => Assert.Single(Quotes(text), q => q.Kind == kind);

    [Theory]
    [InlineData("“We will not back down,” said Anna Berg, the foreign minister.", "Anna Berg", "said")]
    [InlineData("“We will not back down,” Anna Berg said on Tuesday.", "Anna Berg", "said")]
    [InlineData("“We will not back down,” Berg told reporters.", "Berg", "told")]
    [InlineData("Anna Berg said: “We will not back down.”", "Anna Berg", "said")]
    [InlineData("A spokesman for the ministry said, “We will not back down.”", "A spokesman for the ministry", "said")]
    [InlineData("\"We will not back down,\" said Anna Berg.", "Anna Berg", "said")]
    [InlineData("“We will not back down,” Defense Minister Anna Berg explained.", "Anna Berg", "explained")]
    [InlineData("“We will not back down,” the ministry said in a statement.", "the ministry", "said")]
    [InlineData("“We will not back down,” according to Anna Berg.", "Anna Berg", "according to")]
    [InlineData("Anna Berg, the foreign minister, put it bluntly: “We will not back down.”", "Anna Berg", "put it bluntly")]
    public void FindsTheSpeakerAndCue(string text, string speaker, string? cue)
    {
        var quote = Only(text);
        Assert.Equal("We will not back down", quote.Text.TrimEnd(',', '.'));
        Assert.Equal(speaker, quote.Speaker?.Text);
        Assert.Equal(cue, quote.Cue);
        Assert.Equal(text.IndexOf(speaker, StringComparison.Ordinal), quote.Speaker!.Start);
    }

    [Theory]
    [InlineData("“We will not back down,” said a former U.S. ambassador to NATO.", "a former U.S. ambassador to NATO")]
    [InlineData("“We will not back down,” said J. Berg, a U.N. official.", "J. Berg")]
    [InlineData("U.S. envoy Anna Berg said the talks had stalled.", "Anna Berg")]
    public void InitialsStayInsideTheSpeakersName(string text, string speaker)
    {
        var quote = Assert.Single(Quotes(text));
        Assert.Equal(speaker, quote.Speaker?.Text);
    }

    [Fact]
    public void ResolvesAPronounPastAnAppositive()
    {
        var text = "Maria Lopez, the director of the Center for Policy Studies at Yale, and a critic of the president’s plan, voiced concern about how Trump’s approach may backfire. “I think the risk is real,” he said.";
        var quote = Only(text);
        Assert.Equal("Maria Lopez", quote.Speaker?.Text);
        Assert.Equal(0, quote.Speaker!.Start);
    }

    [Fact]
    public void ANameThatModifiesANounIsNoSpeaker()
    {
        var text = "The rift is deep, according to Ana Ruiz, a fellow at the Oscar M. Lind Institute. “We saw it coming,” she told me. The trouble began at the Lee-Park summit, she explained, when the talks stalled.";
        var quotes = Quotes(text);
        var indirect = Assert.Single(quotes, q => q.Kind == "indirect" && q.Cue == "explained");
        Assert.Equal("Ana Ruiz", indirect.Speaker?.Text);
    }

    [Theory]
    [InlineData("The militia stayed away from the session, according to two officials familiar with the schedule.", "two officials familiar with the schedule")]
    [InlineData("Both sides said the presidents could meet next week at a summit in Lima.", "Both sides")]
    [InlineData("In a statement the ministry said the talks would resume on Monday.", "the ministry")]
    public void ASpeakerThatStartsWithAQuantifierKeepsItsHead(string text, string speaker)
    {
        var quote = Only(text, "indirect");
        Assert.Equal(speaker, quote.Speaker?.Text);
    }

    [Fact]
    public void AReportStartsAfterThatWhenAPhraseSitsBetweenTheCueAndIt()
    {
        var quote = Only("The junta announced on state television that all parties would stay suspended.", "indirect");
        Assert.Equal("all parties would stay suspended", quote.Text);
        Assert.Equal("The junta", quote.Speaker?.Text);
    }

    [Fact]
    public void ANameEndingInLyIsNoAdverbBeforeThat()
    {
        var quote = Only("The minister said Italy should accept that the plan had failed.", "indirect");
        Assert.Equal("Italy should accept that the plan had failed", quote.Text);
    }

    [Fact]
    public void AQuotedOrderIsAttributedToWhoeverOrderedIt()
    {
        var quote = Only("President Ana Ruiz has ordered security chiefs to “take the fight to the forests.”", "fragment");
        Assert.Equal("Ana Ruiz", quote.Speaker?.Text);
    }

    [Fact]
    public void AddsFromAThingIsNoSpeech()
    {
        Assert.DoesNotContain(Quotes("The detour adds roughly ten days to voyages between Asia and Europe."), q => q.Kind == "indirect");
        Assert.Contains(Quotes("The minister added that the talks would resume."), q => q.Kind == "indirect" && q.Speaker?.Text == "The minister");
    }

    [Theory]
    [InlineData("Jihadist violence has continued to spread across the region.")]
    [InlineData("The rebels promised to hold talks with the army.")]
    public void ACueWordBeforeAnInfinitiveReportsNoSpeech(string text) =>
        Assert.DoesNotContain(Quotes(text), q => q.Kind == "indirect");

    [Fact]
    public void AReportingWordTheTaggerReadAsANounCuesNoQuote()
    {
        // "collapsed over demands for guarantees that …": "demands" is a noun here, not a speaker's verb.
        var document = TestDocuments.Make("Earlier rounds collapsed over demands for guarantees that the fighting would stop.");
        var upos = new string[document.TokenCount];
        for (var i = 0; i < upos.Length; i++)
        {
            upos[i] = document.GetTokenSpan(i) is "demands" or "rounds" or "guarantees" or "fighting" ? "NOUN" : "X";
        }

        document.SetTags(upos, [.. upos]);
        Assert.DoesNotContain(QuoteFinder.Find(document), q => q.Kind == "indirect");
        Assert.Contains(Quotes(document.Text), q => q.Kind == "indirect"); // untagged, the surface rule still reads a cue
    }

    [Fact]
    public void ContinuesTheSpeakerWithoutACue()
    {
        var quotes = Quotes("“The talks are over,” Lopez continued. “There is nothing left to discuss. We are going home.”").Where(q => q.Kind == "direct").ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Lopez", q.Speaker?.Text));
        Assert.Null(quotes[1].Cue);
    }

    [Fact]
    public void RunsAQuoteOverAParagraphBreak()
    {
        var text = "The senator rose to speak.\n\n“We were told this could not be done. We did it anyway.\n\n“This bill is the result,” Senator Tom Hale said.";
        var quotes = Quotes(text).Where(q => q.Kind == "direct").ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal("We were told this could not be done. We did it anyway.", quotes[0].Text);
        Assert.All(quotes, q => Assert.Equal("Tom Hale", q.Speaker?.Text));
    }

    [Fact]
    public void AttributesAFragment()
    {
        var quote = Only("The gap between the sides is “existential,” according to Joel Park, a former negotiator.", "fragment");
        Assert.Equal("existential,", quote.Text);
        Assert.Equal("Joel Park", quote.Speaker?.Text);
        Assert.Equal("according to", quote.Cue);
    }

    [Fact]
    public void LeavesAScareQuoteUnattributed()
    {
        var quote = Only("Beyond “the best deal ever!” the plan has few details.", "scare");
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void KeepsNestedSingleQuotesInside()
    {
        var quote = Only("“They called it ‘a historic day’ and left,” said Ruth Kim.");
        Assert.Equal("They called it ‘a historic day’ and left,", quote.Text);
        Assert.Equal("Ruth Kim", quote.Speaker?.Text);
    }

    [Fact]
    public void FindsIndirectSpeech()
    {
        var quote = Only("Finance Minister Paul Reyes said that the budget would be balanced next year.", "indirect");
        Assert.Equal("Paul Reyes", quote.Speaker?.Text);
        Assert.Equal("said", quote.Cue);
        Assert.Equal("the budget would be balanced next year", quote.Text);
    }

    [Fact]
    public void GivesACountryCodeFromANationalityWord()
    {
        var quote = Only("A Japanese official said, “We cannot comment on that meeting.”");
        Assert.Equal("JPN", quote.Speaker?.Code);
    }

    [Fact]
    public void ProcessWritesTheLayer()
    {
        var document = TestDocuments.Make("“No,” she said.");
        new QuoteFinder().Process(document);
        Assert.True(document.Has(Annotations.Quotes));
    }

    [Property(MaxTest = 200)]
    public void SpansStayInsideTheText(NonNull<string> input)
    {
        var text = input.Get.Replace('a', '“').Replace('b', '”').Replace('c', '"');
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        foreach (var q in QuoteFinder.Find(TestDocuments.Make(text)))
        {
            Assert.InRange(q.Start, 0, text.Length);
            Assert.InRange(q.End, q.Start, text.Length);
            Assert.Equal(text[q.Start..q.End], q.Text);
            if (q.Speaker is { } s)
            {
                Assert.Equal(text[s.Start..s.End], s.Text);
            }
        }
    }
}
