namespace Parley.Core.Tests;

public sealed class PipelineTests
{
    private sealed class FakePipe(string name, string[] requires, string[] assigns) : IPipe
    {
        public string Name => name;

        public IReadOnlyList<string> Requires => requires;

        public IReadOnlyList<string> Assigns => assigns;

        public void Process(Document document, CancellationToken cancellationToken = default)
        {
            foreach (var layer in assigns)
            {
                document.MarkAssigned(layer);
            }
        }
    }

    [Fact]
    public void Create_rejects_a_component_whose_requirement_comes_later()
    {
        var tagger = new FakePipe("tagger", [Annotations.Tokens], [Annotations.Tags]);
        var tokenizer = new FakePipe("tokenizer", [], [Annotations.Tokens]);

        var error = Assert.Throws<PipelineException>(() => Pipeline.Create([tagger, tokenizer]));

        Assert.Contains("'tagger' requires 'tokens'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_runs_components_in_order()
    {
        var pipeline = Pipeline.Create([
            new FakePipe("tokenizer", [], [Annotations.Tokens]),
            new FakePipe("tagger", [Annotations.Tokens], [Annotations.Tags]),
        ]);

        var document = pipeline.Process(new Document("Hello."));

        Assert.True(document.Has(Annotations.Tags));
        Assert.Contains(Annotations.Tags, pipeline.Assigns);
    }

    [Fact]
    public void Create_rejects_duplicate_names()
    {
        var a = new FakePipe("x", [], []);
        Assert.Throws<PipelineException>(() => Pipeline.Create([a, a]));
    }
}
