using Parley.Core;

namespace Parley.Nlp.Lemmatization;

/// <summary>The lemmatizer as a pipeline component: assigns a lemma to every tagged token.</summary>
public sealed class Lemmatizer : IPipe
{
    private static readonly string[] Needs = [Annotations.Tokens, Annotations.Tags];
    private static readonly string[] Gives = [Annotations.Lemmas];

    /// <summary>Creates the component over a loaded model.</summary>
    public Lemmatizer(LemmatizerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    /// <summary>The model.</summary>
    public LemmatizerModel Model { get; }

    /// <inheritdoc/>
    public string Name => "lemmatizer";

    /// <inheritdoc/>
    public IReadOnlyList<string> Requires => Needs;

    /// <inheritdoc/>
    public IReadOnlyList<string> Assigns => Gives;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var xpos = document.Xpos ?? throw new InvalidOperationException("The lemmatizer needs tags; run the tagger first.");
        var lemmas = new string[document.TokenCount];
        for (var i = 0; i < lemmas.Length; i++)
        {
            lemmas[i] = Model.Lemmatize(document.GetTokenSpan(i), xpos[i]);
        }

        document.SetLemmas(lemmas);
    }
}
