namespace Parley.Training.Scoring;

/// <summary>Word and sentence precision, recall and F1 (CoNLL 2018 shared task: spans must match exactly).</summary>
public sealed record SegmentationScore(F1Score Words, F1Score Sentences)
{
    /// <summary>Scores system spans against gold spans.</summary>
    public static SegmentationScore Compute(
        IReadOnlyList<(int Start, int End)> goldWords,
        IReadOnlyList<(int Start, int End)> systemWords,
        IReadOnlyList<(int Start, int End)> goldSentences,
        IReadOnlyList<(int Start, int End)> systemSentences) =>
        new(F1Score.FromSpans(goldWords, systemWords), F1Score.FromSpans(goldSentences, systemSentences));
}
