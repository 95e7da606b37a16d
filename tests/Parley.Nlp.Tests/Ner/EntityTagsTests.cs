using Parley.Nlp.Ner;

namespace Parley.Nlp.Tests.Ner;

public sealed class EntityTagsTests
{
    [Fact]
    public void Spans_ReadsIob2AndBilou()
    {
        Assert.Equal(
            [new EntitySpan(0, 2, "PER"), new EntitySpan(3, 4, "LOC")],
            EntityTags.Spans(["B-PER", "I-PER", "O", "B-LOC"]));
        Assert.Equal(
            [new EntitySpan(0, 2, "PER"), new EntitySpan(2, 3, "LOC")],
            EntityTags.Spans(["B-PER", "L-PER", "U-LOC"]));
    }

    [Fact]
    public void Spans_AnIOfAnotherTypeStartsANewEntity()
    {
        Assert.Equal(
            [new EntitySpan(0, 1, "PER"), new EntitySpan(1, 2, "ORG")],
            EntityTags.Spans(["B-PER", "I-ORG"]));
    }

    [Fact]
    public void ToBilou_RoundTripsThroughSpans()
    {
        EntitySpan[] spans = [new(0, 1, "ORG"), new(2, 5, "PER")];
        var tags = EntityTags.ToBilou(spans, 6);
        Assert.Equal(["U-ORG", "O", "B-PER", "I-PER", "L-PER", "O"], tags);
        Assert.Equal(spans, EntityTags.Spans(tags));
        Assert.Equal(spans, EntityTags.Spans(EntityTags.ToIob2(spans, 6)));
    }

    [Fact]
    public void LabelSet_AllowsOnlyValidTransitions()
    {
        var labels = new NerLabelSet(["PER", "LOC"]);
        var bPer = labels.IndexOf("B-PER");
        Assert.False(labels.Allowed(bPer, labels.IndexOf("O"), last: false));
        Assert.False(labels.Allowed(bPer, labels.IndexOf("I-LOC"), last: false));
        Assert.True(labels.Allowed(bPer, labels.IndexOf("L-PER"), last: true));
        Assert.False(labels.Allowed(-1, labels.IndexOf("B-PER"), last: true));
        Assert.Equal(labels.Labels, NerLabelSet.FromLabels(labels.Labels).Labels);
    }
}
