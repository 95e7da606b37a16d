using Parley.Core;
using Parley.Nlp.Models;
using Parley.Nlp.Ner;
using Parley.Nlp.Perceptron;
using Parley.Nlp.Segmentation;
using Parley.Training.Ner;

namespace Parley.Nlp.Tests.Ner;

public sealed class NerModelTests
{
    [Fact]
    public void TinyModel_FindsEntitiesInItsTrainingSentences()
    {
        var sentences = Iob2Reader.Parse(NerTestData.Training);
        var score = NerTrainer.Evaluate(NerTestData.Model, sentences);
        Assert.True(score.Overall.F1 > 90, $"F1 on the training sentences was {score.Overall.F1:F1}");
    }

    [Fact]
    public void TinyModel_GeneralisesToANewSentence()
    {
        var spans = NerTestData.Model.Predict(["Erik", "Berg", "visited", "Norway", "."]);
        Assert.Contains(new EntitySpan(3, 4, "LOC"), spans);
        Assert.Contains(spans, s => s.Type == "PER" && s.Start == 0);
    }

    [Fact]
    public void DocumentHistory_RecordsWhatTheModelSaidAboutEachWord()
    {
        string[] tokens = ["Erik", "Berg", "visited", "Norway", "."];
        var history = new NerDocumentHistory();

        // The first sentence of a document has no history: the same entities as without one.
        Assert.Equal(NerTestData.Model.Predict(tokens), NerTestData.Model.Predict(tokens, null, history));

        // Entity words and capitalised words are recorded ("visited" and "." are not).
        Assert.Equal(3, history.Count);
        NerTestData.Model.Predict(["He", "liked", "Norway", "."], null, history);
        Assert.Equal(4, history.Count);
        history.Clear();
        Assert.Equal(0, history.Count);
    }

    [Fact]
    public void Training_IsDeterministic()
    {
        var sentences = Iob2Reader.Parse(NerTestData.Training);
        var options = new NerTrainingOptions(Epochs: 3, Seed: 3, Prune: 0f);
        var a = NerTrainer.Train(sentences, Gazetteer.LoadDefault(), options).Save();
        var b = NerTrainer.Train(sentences, Gazetteer.LoadDefault(), options).Save();
        Assert.Equal(a, b);
    }

    [Fact]
    public void Soup_IsTheMeanOfTheSeedsPerceptrons()
    {
        var sentences = Iob2Reader.Parse(NerTestData.Training);
        var soup = NerTrainer.Train(sentences, Gazetteer.LoadDefault(), new NerTrainingOptions(Epochs: 3, Seed: 3, Prune: 0f, Soup: 2));
        var seed3 = NerTrainer.Train(sentences, Gazetteer.LoadDefault(), new NerTrainingOptions(Epochs: 3, Seed: 3, Prune: 0f));
        var seed4 = NerTrainer.Train(sentences, Gazetteer.LoadDefault(), new NerTrainingOptions(Epochs: 3, Seed: 4, Prune: 0f));
        var mean = PerceptronWeights.Average([seed3.Weights, seed4.Weights]);
        Assert.Equal(Bytes(mean), Bytes(soup.Weights));
        Assert.NotEqual(Bytes(seed3.Weights), Bytes(soup.Weights));
        Assert.Equal(soup.Save(), NerTrainer.Train(sentences, Gazetteer.LoadDefault(), new NerTrainingOptions(Epochs: 3, Seed: 3, Prune: 0f, Soup: 2)).Save());
    }

    private static byte[] Bytes(PerceptronWeights weights)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer))
        {
            weights.Write(writer);
        }

        return buffer.ToArray();
    }

    [Fact]
    public void SaveAndLoad_RoundTripsAndChecksTheManifest()
    {
        var model = NerTestData.Model;
        var blob = model.Save();
        var manifest = Manifest(model, ModelFiles.Sha256(blob));
        var loaded = NerModel.Load(Json(manifest), new MemoryStream(blob), Gazetteer.LoadDefault(), "test");
        string[] tokens = ["Anna", "Holm", "visited", "Oslo", "."];
        Assert.Equal(model.Predict(tokens), loaded.Predict(tokens));

        var wrongSum = Assert.Throws<ModelLoadException>(() => NerModel.Load(Json(Manifest(model, new string('0', 64))), new MemoryStream(blob), Gazetteer.LoadDefault(), "test"));
        Assert.Contains("checksum", wrongSum.Message, StringComparison.Ordinal);
        var wrongKind = Assert.Throws<ModelLoadException>(() => NerModel.Load(Json(Manifest(model, ModelFiles.Sha256(blob)) with { Kind = "tagger" }), new MemoryStream(blob), Gazetteer.LoadDefault(), "test"));
        Assert.Contains("'ner' model was expected", wrongKind.Message, StringComparison.Ordinal);
        var wrongFeatures = Assert.Throws<ModelLoadException>(() => NerModel.Load(Json(Manifest(model, ModelFiles.Sha256(blob)) with { FeatureSetVersion = 99 }), new MemoryStream(blob), Gazetteer.LoadDefault(), "test"));
        Assert.Contains("Retrain", wrongFeatures.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EntityRecognizer_FindsCountriesAndPlacesWrittenInLowerCase()
    {
        var text = "i am moving from new zealand to norway next year. my cousin lives there.";
        var document = Recognise(text, NerTestData.Model);
        Assert.Contains(document.Entities, e => e.Type == "LOC" && e.Text == "new zealand" && e.Start == text.IndexOf("new zealand", StringComparison.Ordinal));
        Assert.Contains(document.Entities, e => e.Type == "LOC" && e.Text == "norway");
        Assert.DoesNotContain(document.Entities, e => e.Text.Contains("cousin", StringComparison.Ordinal) || e.Text.Contains("there", StringComparison.Ordinal));
    }

    [Fact]
    public void EntityRecognizer_TakesListedOrganisationsThatStandAlone()
    {
        var text = "the talks were hosted by unicef and the eu , not by Microsoft Office users .";
        var document = Recognise(text, NerTestData.Model);

        // "Microsoft" is listed but runs on into "Office": part of a longer name, left to the model.
        Assert.DoesNotContain(document.Entities, e => e.Text == "Microsoft");
        var listed = Recognise("We asked UNICEF about it .", NerTestData.Model);
        Assert.Contains(listed.Entities, e => e.Type == "ORG" && e.Text == "UNICEF");
    }

    [Fact]
    public void EntityRecognizer_TakesSpeakersAndHonorificsAsPeople()
    {
        var text = "\"It is late,\" Hallgrim said. \"We wait,\" says Vandermolen. Ms Quist left early. \"No,\" Norway said.";
        var document = Recognise(text, NerTestData.Blank);
        Assert.Contains(document.Entities, e => e.Type == "PER" && e.Text == "Hallgrim");
        Assert.Contains(document.Entities, e => e.Type == "PER" && e.Text == "Vandermolen");
        Assert.Contains(document.Entities, e => e.Type == "PER" && e.Text == "Quist");

        // A listed place that says something is not taken for a person ("Norway said" is its government speaking).
        Assert.DoesNotContain(document.Entities, e => e.Text == "Norway" && e.Type == "PER");
    }

    [Fact]
    public void EntityRecognizer_DropsLawsAndTrimsTrailingConnectors()
    {
        string[] texts = ["the", "National", "Library", "of", "the", "Netherlands", "invoked", "the", "HEROES", "Act", "."];
        var labelled = new bool[texts.Length];
        labelled.AsSpan(1, 4).Fill(true);
        labelled.AsSpan(8, 2).Fill(true);
        List<(int First, int End, string Type)> found = [(1, 5, "ORG"), (8, 10, "ORG")];
        EntityRecognizer.TrimSpans(texts, labelled, found);
        Assert.Equal([(1, 3, "ORG")], found);
        Assert.Equal([false, true, true, false, false, false, false, false, false, false, false], labelled);
    }

    [Fact]
    public void EntityRecognizer_DropsPluralTitles()
    {
        // The speech-verb rule would take "Senators" for a name; a title in the plural names no one.
        var document = Recognise("\"No,\" Senators said. \"Yes,\" Hallgrim said.", NerTestData.Blank);
        Assert.DoesNotContain(document.Entities, e => e.Text == "Senators");
        Assert.Contains(document.Entities, e => e.Text == "Hallgrim");
    }

    [Fact]
    public void EntityRecognizer_TakesInALeadingArticle()
    {
        // The tiny model knows "Norway" as a place; the capitalised article before it joins the name.
        var document = Recognise("Maria Lindqvist visited El Norway yesterday.", NerTestData.Model);
        Assert.Contains(document.Entities, e => e.Text == "El Norway");
        Assert.DoesNotContain(document.Entities, e => e.Text == "Norway");
    }

    [Fact]
    public void EntityRecognizer_TakesWholeInstitutionNames()
    {
        // "Norway" is a place to the tiny model; inside a name headed by "Department" it is part of an organisation.
        var text = "The complaint went to the Norway Department of Fisheries and Coastal Affairs on Monday.";
        var document = Recognise(text, NerTestData.Model);
        Assert.Contains(document.Entities, e => e.Type == "ORG" && e.Text == "Norway Department of Fisheries and Coastal Affairs");
        Assert.DoesNotContain(document.Entities, e => e.Text == "Norway");

        // A whole run the model typed otherwise becomes an organisation when an unambiguous institution word heads it.
        var retyped = Recognise("Later she taught at Norway University for a year.", NerTestData.Model);
        Assert.Contains(retyped.Entities, e => e.Text == "Norway University" && e.Type == "ORG");

        // An article inside a capitalised run ends it: "Per The Norway Times" is not one name.
        var cited = Recognise("The report came out. Per The Norway Times, the talks failed.", NerTestData.Model);
        Assert.DoesNotContain(cited.Entities, e => e.Text.StartsWith("Per", StringComparison.Ordinal));

        // A title-case headline is left to the model.
        var headline = Recognise("Norway Department Of Fisheries Wins Big Award Again", NerTestData.Model);
        Assert.DoesNotContain(headline.Entities, e => e.Type == "ORG" && e.Text.Contains("Department", StringComparison.Ordinal));
    }

    [Fact]
    public void EntityRecognizer_DropsSpansHoldingFileNamesOrAddresses()
    {
        string[] texts = ["See", "Stocks.pdf", "from", "Jane", "Doe", "at", "jane@example.org", "or", "www.example.org", "and", "Bob@ACME", "."];
        var labelled = new bool[texts.Length];
        List<(int First, int End, string Type)> found = [(1, 2, "ORG"), (3, 5, "PER"), (5, 7, "ORG"), (8, 9, "LOC"), (10, 11, "PER")];
        foreach (var (first, end, _) in found)
        {
            labelled.AsSpan(first, end - first).Fill(true);
        }

        EntityRecognizer.DropAddresses(texts, labelled, found);

        Assert.Equal([(3, 5, "PER"), (10, 11, "PER")], found);
        Assert.Equal([false, false, false, true, true, false, false, false, false, false, true, false], labelled);
    }

    [Fact]
    public void EntityRecognizer_DropsFileNamesAndAddresses()
    {
        // The speech-verb rule would take each for a name.
        var document = Recognise("\"Yes,\" Quarterly.pdf said. \"No,\" says jane.doe@example.org. \"Maybe,\" says www.example.org. \"Fine,\" Hallgrim said.", NerTestData.Blank);
        Assert.DoesNotContain(document.Entities, e => e.Text.Contains("pdf", StringComparison.Ordinal) || e.Text.Contains('@', StringComparison.Ordinal) || e.Text.Contains("www", StringComparison.Ordinal));
        Assert.Contains(document.Entities, e => e.Text == "Hallgrim");
    }

    [Fact]
    public void EntityRecognizer_FillsDocumentEntitiesWithOffsets()
    {
        var text = "Tomas Berg visited Norway. Later Berg said little.";
        var document = Recognise(text, NerTestData.Model);
        Assert.True(document.Has(Annotations.Entities));
        Assert.Contains(document.Entities, e => e.Type == "LOC" && e.Text == "Norway" && e.Start == text.IndexOf("Norway", StringComparison.Ordinal));
        Assert.Contains(document.Entities, e => e.Type == "PER" && e.Text == "Tomas Berg" && e.Sentence == 0);
        Assert.All(document.Entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
    }

    [Fact]
    public void ModelTrainedWithTags_NeedsTagsAndSaysSo()
    {
        var sentences = Iob2Reader.Parse(NerTestData.Training)
            .Select(s => s with { Pos = [.. s.Tokens.Select(t => char.IsUpper(t[0]) ? "NNP" : "NN")] })
            .ToList();
        var model = NerTrainer.Train(sentences, Gazetteer.LoadDefault(), new NerTrainingOptions(Epochs: 3, Prune: 0f));
        Assert.True(model.Features.UsesTags);
        Assert.Contains(Annotations.Tags, new EntityRecognizer(model).Requires);
        Assert.Throws<ArgumentException>(() => model.Predict(["Anna", "Holm", "visited", "Oslo", "."]));
        Assert.True(NerTrainer.Evaluate(model, sentences).Overall.F1 > 90);

        var blob = model.Save();
        var loaded = NerModel.Load(Json(Manifest(model, ModelFiles.Sha256(blob))), new MemoryStream(blob), Gazetteer.LoadDefault(), "test");
        Assert.True(loaded.Features.UsesTags);
        Assert.False(NerTestData.Model.Features.UsesTags);
        Assert.DoesNotContain(Annotations.Tags, new EntityRecognizer(NerTestData.Model).Requires);
    }

    [Fact]
    public void EvaluateDocuments_ScoresSentencesOfADocumentTogether()
    {
        var sentences = Iob2Reader.Parse(NerTestData.Training);
        var score = NerTrainer.EvaluateDocuments(NerTestData.Model, sentences);
        Assert.Equal(NerTrainer.Evaluate(NerTestData.Model, sentences).Overall.Gold, score.Overall.Gold);
        Assert.True(score.Overall.F1 > 80, $"F1 {score.Overall.F1:F1}");
    }

    private static ModelManifest Manifest(NerModel model, string sha) => new()
    {
        Name = "test-ner",
        Kind = NerModel.Kind,
        Version = "0.0.1",
        FormatVersion = NerModel.FormatVersion,
        FeatureSetVersion = NerFeatures.Version,
        Labels = model.Labels.Labels,
        WeightsFile = "model.bin",
        WeightsSha256 = sha,
    };

    private static MemoryStream Json(ModelManifest manifest)
    {
        var stream = new MemoryStream();
        manifest.Write(stream);
        stream.Position = 0;
        return stream;
    }

    // Runs tokenizer, sentence splitter and recogniser over text, as the pipeline does.
    private static Document Recognise(string text, NerModel model)
    {
        var document = new Document(text);
        Pipeline.Create([new Tokenizer(), new SentenceSplitter(), new EntityRecognizer(model)]).Process(document);
        return document;
    }
}
