using Parley.Core;

namespace Parley.Nlp.Parsing;

/// <summary>The dependency parser as a pipeline component: assigns UD heads and relations per sentence.</summary>
public sealed class DependencyParser : IPipe
{
    private static readonly string[] Needs = [Annotations.Tokens, Annotations.Sentences, Annotations.Tags];
    private static readonly string[] Gives = [Annotations.Dependencies];

    /// <summary>Creates the component over a loaded model.</summary>
    public DependencyParser(ParserModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    /// <summary>The model.</summary>
    public ParserModel Model { get; }

    /// <inheritdoc/>
    public string Name => "parser";

    /// <inheritdoc/>
    public IReadOnlyList<string> Requires => Needs;

    /// <inheritdoc/>
    public IReadOnlyList<string> Assigns => Gives;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var upos = document.Upos ?? throw new InvalidOperationException("The parser needs tags; run the tagger first.");
        var xpos = document.Xpos!;
        var heads = new int[document.TokenCount];
        var relations = new string[document.TokenCount];
        var state = Model.CreateState();
        var words = new ulong[1];
        var tags = new ulong[1];
        var sentenceHeads = new int[1];
        var sentenceLabels = new int[1];
        for (var s = 0; s < document.SentenceCount; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.GetSentence(s);
            var first = sentence.FirstToken;
            var n = sentence.TokenCount;
            if (words.Length < n + 1)
            {
                var size = Math.Max(n + 1, words.Length * 2);
                words = new ulong[size];
                tags = new ulong[size];
                sentenceHeads = new int[size];
                sentenceLabels = new int[size];
            }

            for (var i = 0; i < n; i++)
            {
                words[i + 1] = ParserModel.WordHash(document.GetTokenSpan(first + i));
                tags[i + 1] = ParserModel.TagHash(upos[first + i], xpos[first + i]);
            }

            Model.Parse(state, words.AsSpan(0, n + 1), tags.AsSpan(0, n + 1), sentenceHeads, sentenceLabels);
            for (var i = 1; i <= n; i++)
            {
                heads[first + i - 1] = sentenceHeads[i] == 0 ? -1 : first + sentenceHeads[i] - 1;
                relations[first + i - 1] = Model.Labels[sentenceLabels[i]];
            }

            ParseRepair.Apply(document, first, n, heads, relations);
        }

        document.SetDependencies(heads, relations);
    }
}
