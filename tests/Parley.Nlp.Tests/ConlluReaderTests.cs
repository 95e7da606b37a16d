using Parley.Training.Conllu;

namespace Parley.Nlp.Tests;

public sealed class ConlluReaderTests
{
    [Fact]
    public void Reads_words_and_keeps_multiword_tokens_apart()
    {
        var sentences = TinyCorpus.Sentences;

        Assert.Equal(6, sentences.Count);
        var s = sentences[3];
        Assert.Equal("t4", s.SentId);
        Assert.Equal(["I", "do", "n't", "like", "rain", "."], s.Words.Select(w => w.Form));
        var mwt = Assert.Single(s.MultiwordTokens);
        Assert.Equal((2, 3, "don't"), (mwt.First, mwt.Last, mwt.Form));
        Assert.True(s.HasTree);
    }

    [Fact]
    public void Skips_empty_nodes_and_reads_a_last_sentence_without_a_blank_line()
    {
        const string text = "# sent_id = e1\r\n1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\r\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\r\n2.1\tleft\tleave\tVERB\tVBD\t_\t_\t_\t2:conj\t_\r\n3\tearly\tearly\tADV\tRB\t_\t2\tadvmod\t_\t_";

        var s = Assert.Single(ConlluReader.Parse(text));

        Assert.Equal(3, s.Words.Count);
        Assert.Equal("early", s.Words[2].Form);
        Assert.Equal(2, s.Words[2].Head);
    }

    [Fact]
    public void Names_the_source_and_line_of_a_malformed_line()
    {
        const string text = "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\n";

        var error = Assert.Throws<ConlluFormatException>(() => ConlluReader.Parse(text, "bad.conllu"));

        Assert.Contains("bad.conllu, line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("10 tab-separated columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_word_ids_out_of_order()
    {
        const string text = "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n3\tB\tb\tNOUN\tNN\t_\t0\troot\t_\t_\n";

        var error = Assert.Throws<ConlluFormatException>(() => ConlluReader.Parse(text, "ids.conllu"));

        Assert.Contains("should be 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_gum_genres_that_may_not_be_shipped()
    {
        const string text = """
            # newdoc id = GUM_news_one
            # meta::genre = news
            # sent_id = GUM_news_one-1
            1	Rain	rain	NOUN	NN	_	0	root	_	_

            # newdoc id = GUM_fiction_two
            # meta::genre = fiction
            # sent_id = GUM_fiction_two-1
            1	Snow	snow	NOUN	NN	_	0	root	_	_

            # newdoc id = GUM_whow_three
            # sent_id = GUM_whow_three-1
            1	Ice	ice	NOUN	NN	_	0	root	_	_

            """;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        var file = CorpusFile.Read(stream, "en_gum-ud-train.conllu", filterGenres: true);

        var kept = Assert.Single(file.Sentences);
        Assert.Equal("news", kept.Genre);
        Assert.Equal("UD_English-GUM", file.Info.Corpus);
        Assert.Equal(64, file.Info.Sha256.Length);
        Assert.Equal("whow", CorpusFile.GenreOf(ConlluReader.Parse(text)[2]));
    }

    [Fact]
    public void Detects_a_non_projective_tree()
    {
        var s = Assert.Single(ConlluReader.Parse(TinyCorpus.NonProjective));
        var heads = new[] { 0 }.Concat(s.Words.Select(w => w.Head)).ToArray();

        Assert.False(Training.Parsing.ArcEagerOracle.IsProjective(heads));
        Assert.All(TinyCorpus.Sentences, t => Assert.True(Training.Parsing.ArcEagerOracle.IsProjective(new[] { 0 }.Concat(t.Words.Select(w => w.Head)).ToArray())));
    }
    [Fact]
    public void Lifting_makes_a_non_projective_tree_projective_and_changes_only_the_crossing_arc()
    {
        var s = Assert.Single(ConlluReader.Parse(TinyCorpus.NonProjective));
        var heads = new[] { 0 }.Concat(s.Words.Select(w => w.Head)).ToArray();

        var (lifted, count) = Training.Parsing.ArcEagerOracle.Projectivize(heads);

        Assert.True(Training.Parsing.ArcEagerOracle.IsProjective(lifted));
        Assert.Equal(1, count);
        Assert.Equal(4, lifted[7]); // "issue" moves from "hearing" up to "scheduled"
        Assert.Equal(heads.Where((_, i) => i != 7), lifted.Where((_, i) => i != 7));
        Assert.Equal(2, heads[7]); // the input is not modified
    }

    [Fact]
    public void Lifting_leaves_a_projective_tree_alone()
    {
        foreach (var t in TinyCorpus.Sentences)
        {
            var heads = new[] { 0 }.Concat(t.Words.Select(w => w.Head)).ToArray();
            var (lifted, count) = Training.Parsing.ArcEagerOracle.Projectivize(heads);
            Assert.Equal(0, count);
            Assert.Equal(heads, lifted);
        }
    }
}
