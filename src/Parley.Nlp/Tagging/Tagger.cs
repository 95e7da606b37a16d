using Parley.Core;

namespace Parley.Nlp.Tagging;

/// <summary>The part-of-speech tagger as a pipeline component: assigns UPOS and Penn Treebank tags per sentence.</summary>
public sealed class Tagger : IPipe
{
    private static readonly string[] Needs = [Annotations.Tokens, Annotations.Sentences];
    private static readonly string[] Gives = [Annotations.Tags];

    /// <summary>Creates the component over a loaded model.</summary>
    public Tagger(TaggerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    /// <summary>The model.</summary>
    public TaggerModel Model { get; }

    /// <inheritdoc/>
    public string Name => "tagger";

    /// <inheritdoc/>
    public IReadOnlyList<string> Requires => Needs;

    /// <inheritdoc/>
    public IReadOnlyList<string> Assigns => Gives;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var upos = new string[document.TokenCount];
        var xpos = new string[document.TokenCount];
        var classes = new int[document.TokenCount];
        for (var s = 0; s < document.SentenceCount; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.GetSentence(s);
            var first = sentence.FirstToken;
            var count = sentence.TokenCount;
            Model.Tag(document.Text, document.TokenStarts.Slice(first, count), document.TokenEnds.Slice(first, count), classes.AsSpan(first, count));
        }

        for (var i = 0; i < classes.Length; i++)
        {
            upos[i] = Model.Upos[classes[i]];
            xpos[i] = Model.Xpos[classes[i]];
        }

        document.SetTags(upos, xpos);
    }
}
