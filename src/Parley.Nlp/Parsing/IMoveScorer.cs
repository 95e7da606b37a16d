namespace Parley.Nlp.Parsing;

/// <summary>Scores the moves of one configuration from its features (frozen weights, or a perceptron being trained).</summary>
public interface IMoveScorer
{
    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/>, one entry per move.</summary>
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}
