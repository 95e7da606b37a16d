using Parley.Core;
using Parley.Events.Coreference;
using Parley.Nlp.Models;
using Parley.Nlp.Ner;
using Parley.Nlp.Segmentation;
using Parley.Nlp.Tagging;
using Xunit.Abstractions;

namespace Parley.Events.Tests.Coreference;

/// <summary>
/// The reference article from ../shared (never copied into the repository) through the shipped NER model and
/// coreference. Skips, saying why, when ../shared or the model is absent.
/// </summary>
public sealed class SeedArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void SeedArticle_FindsPersonsAndCountries_AndResolvesHeSaidToLewis()
    {
        var root = RepositoryRoot();
        var article = root is null ? null : Path.Combine(root, "..", "shared", "examples", "seed-article.txt");
        var model = root is null ? null : Path.Combine(root, "models", "en-ner");
        if (article is null || !File.Exists(article) || !File.Exists(Path.Combine(model!, "manifest.json")))
        {
            output.WriteLine($"Skipped: needs ../shared/examples/seed-article.txt and models/en-ner beside the repository (looked from {AppContext.BaseDirectory}).");
            return;
        }

        NerModel ner;
        using (var manifest = File.OpenRead(Path.Combine(model!, "manifest.json")))
        using (var weights = File.OpenRead(Path.Combine(model!, "model.bin")))
        {
            ner = NerModel.Load(manifest, weights, Gazetteer.LoadDefault(), model!);
        }

        TaggerModel tagger;
        var taggerDirectory = Path.Combine(root!, "models", "en-tagger");
        using (var manifest = File.OpenRead(Path.Combine(taggerDirectory, "manifest.json")))
        using (var weights = File.OpenRead(Path.Combine(taggerDirectory, "model.bin")))
        {
            tagger = ModelFiles.LoadTagger(manifest, weights, taggerDirectory).Tagger;
        }

        var document = new Document(File.ReadAllText(article));
        Pipeline.Create([new Tokenizer(), new SentenceSplitter(), new Tagger(tagger), new EntityRecognizer(ner), new CoreferenceResolver(Gazetteer.LoadDefault())]).Process(document);
        foreach (var e in document.Entities)
        {
            output.WriteLine($"{e.Type} {e.Text} (cluster {e.Cluster})");
        }

        string[] persons = ["Donald Trump", "Joel Wit", "Jeffrey Lewis", "Mike Pompeo", "Shigeru Kitamura", "Kim Song Hye", "Shinzo Abe", "Moon Jae-in", "Kim Jong-un", "Jacob Weindling"];
        string[] countries = ["Japan", "North Korea", "United States", "Vietnam", "Singapore", "South Korea"];
        var missing = persons.Where(p => !document.Entities.Any(e => e.Type == "PER" && e.Text == p))
            .Concat(countries.Where(c => !document.Entities.Any(e => e.Type == "LOC" && e.Text == c)))
            .ToList();
        Assert.True(missing.Count == 0, "not found: " + string.Join(", ", missing));

        var quote = document.Text.IndexOf("very straightforward,” he said", StringComparison.Ordinal);
        Assert.True(quote > 0);
        var he = document.Mentions.Single(m => m.Kind == CoreferenceResolver.PronounKind && m.Start == quote + "very straightforward,” ".Length);
        var lewis = document.Entities.First(e => e.Text == "Jeffrey Lewis");
        Assert.Equal(lewis.Cluster, he.Cluster);
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
