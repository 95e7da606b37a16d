using Parley.Core;
using Parley.Nlp.Parsing;

namespace Parley.Nlp.Tests;

public class ParseRepairTests
{
    // "Moon will travel to East Lorland next month ." with "East Lorland next month" misread as one phrase.
    private static (Document Document, int[] Heads, string[] Relations) Misparsed(string deictic, string relationOfMonth = "obl")
    {
        string[] words = ["Moon", "will", "travel", "to", "East", "Lorland", deictic, "month", "."];
        string[] upos = ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PROPN", "ADJ", "NOUN", "PUNCT"];
        var document = Tokenised(words, upos);
        int[] heads = [2, 2, -1, 7, 5, 7, 7, 2, 2];
        string[] relations = ["nsubj", "aux", "root", "case", "compound", "compound", "amod", relationOfMonth, "punct"];
        return (document, heads, relations);
    }

    /// <summary>A one-sentence document of <paramref name="words"/> separated by single spaces, tagged <paramref name="upos"/>.</summary>
    internal static Document Tokenised(string[] words, string[] upos)
    {
        var document = new Document(string.Join(' ', words));
        var starts = new int[words.Length];
        var ends = new int[words.Length];
        var at = 0;
        for (var i = 0; i < words.Length; i++)
        {
            starts[i] = at;
            ends[i] = at + words[i].Length;
            at = ends[i] + 1;
        }

        document.SetTokens(starts, ends);
        document.SetSentences([0], [words.Length], [0]);
        document.SetTags(upos, upos);
        return document;
    }

    [Fact]
    public void A_name_stranded_before_next_month_heads_its_own_phrase()
    {
        var (document, heads, relations) = Misparsed("next");

        var repairs = ParseRepair.Apply(document, 0, document.TokenCount, heads, relations);

        Assert.Equal(1, repairs);
        Assert.Equal([2, 2, -1, 5, 5, 2, 7, 2, 2], heads);
        Assert.Equal("obl", relations[5]);
        Assert.Equal("case", relations[3]);
        Assert.Equal("compound", relations[4]);
        Assert.Equal("obl:unmarked", relations[7]);
    }

    [Fact]
    public void A_stranded_object_keeps_its_relation()
    {
        var (document, heads, relations) = Misparsed("last", "obj");
        heads[3] = 2;
        relations[3] = "punct";

        ParseRepair.Apply(document, 0, document.TokenCount, heads, relations);

        Assert.Equal(2, heads[5]);
        Assert.Equal("obj", relations[5]);
        Assert.Equal("obl:unmarked", relations[7]);
    }

    [Fact]
    public void Grammatical_phrases_are_left_alone()
    {
        // "the Lorland trade month" style compounds without a deictic word, and a deictic that is not next to the name.
        var (document, heads, relations) = Misparsed("trade");
        var before = ((int[])heads.Clone(), (string[])relations.Clone());

        Assert.Equal(0, ParseRepair.Apply(document, 0, document.TokenCount, heads, relations));
        Assert.Equal(before.Item1, heads);
        Assert.Equal(before.Item2, relations);
    }

    [Fact]
    public void A_temporal_noun_under_a_noun_becomes_an_unmarked_nominal_modifier()
    {
        string[] words = ["the", "trip", "to", "Lorland", "this", "week"];
        string[] upos = ["DET", "NOUN", "ADP", "PROPN", "DET", "NOUN"];
        var document = Tokenised(words, upos);
        int[] heads = [1, -1, 5, 5, 5, 1];
        string[] relations = ["det", "root", "case", "compound", "det", "nmod"];

        ParseRepair.Apply(document, 0, document.TokenCount, heads, relations);

        Assert.Equal([1, -1, 3, 1, 5, 1], heads);
        Assert.Equal("nmod", relations[3]);
        Assert.Equal("nmod:unmarked", relations[5]);
    }
}

public class DayWordRepairTests
{
    [Fact]
    public void A_day_word_read_as_the_subject_hands_the_subject_back()
    {
        // "Lorland today accepted a plan" with "Lorland" as a compound of "today".
        var document = ParseRepairTests.Tokenised(["Lorland", "today", "accepted", "a", "plan"], ["PROPN", "NOUN", "VERB", "DET", "NOUN"]);
        int[] heads = [1, 2, -1, 4, 2];
        string[] relations = ["compound", "nsubj", "root", "det", "obj"];

        Assert.Equal(1, ParseRepair.Apply(document, 0, document.TokenCount, heads, relations));

        Assert.Equal([2, 2, -1, 4, 2], heads);
        Assert.Equal("nsubj", relations[0]);
        Assert.Equal("obl:unmarked", relations[1]);
    }

    [Fact]
    public void A_weekday_read_into_a_name_leaves_it()
    {
        // "Rina Vell Wednesday has rejected the offer" with "Wednesday" as flat of the name.
        var document = ParseRepairTests.Tokenised(["Rina", "Vell", "Wednesday", "has", "rejected", "the", "offer"], ["PROPN", "PROPN", "PROPN", "AUX", "VERB", "DET", "NOUN"]);
        int[] heads = [4, 0, 0, 4, -1, 6, 4];
        string[] relations = ["nsubj", "flat", "flat", "aux", "root", "det", "obj"];

        ParseRepair.Apply(document, 0, document.TokenCount, heads, relations);

        Assert.Equal([4, 0, 4, 4, -1, 6, 4], heads);
        Assert.Equal("obl:unmarked", relations[2]);
    }

    [Fact]
    public void A_day_word_hung_on_the_subject_moves_to_the_verb()
    {
        // "An official today praised Lorland" with "official" tagged ADJ and "today" under it.
        var document = ParseRepairTests.Tokenised(["An", "official", "today", "praised", "Lorland"], ["DET", "ADJ", "NOUN", "VERB", "PROPN"]);
        int[] heads = [1, 3, 1, -1, 3];
        string[] relations = ["det", "nsubj", "obl:unmarked", "root", "obj"];

        Assert.Equal(1, ParseRepair.Apply(document, 0, document.TokenCount, heads, relations));

        Assert.Equal([1, 3, 3, -1, 3], heads);
        Assert.Equal("obl:unmarked", relations[2]);
    }

    [Fact]
    public void A_day_word_in_its_place_is_left_alone()
    {
        // "Lorland accepted the plan today": already right, and not between a noun and a verb.
        var document = ParseRepairTests.Tokenised(["Lorland", "accepted", "the", "plan", "today"], ["PROPN", "VERB", "DET", "NOUN", "NOUN"]);
        int[] heads = [1, -1, 3, 1, 1];
        string[] relations = ["nsubj", "root", "det", "obj", "obl:unmarked"];

        Assert.Equal(0, ParseRepair.Apply(document, 0, document.TokenCount, heads, relations));
    }
}

public class ProperRunRepairTests
{
    [Fact]
    public void A_caseless_nmod_inside_a_name_run_becomes_its_head()
    {
        // "Bree Prime Minister Romendacil will meet Arnor" with "Bree" as subject and "Romendacil" its nmod.
        string[] words = ["Bree", "Prime", "Minister", "Romendacil", "will", "meet", "Arnor"];
        string[] upos = ["PROPN", "ADJ", "PROPN", "PROPN", "AUX", "VERB", "PROPN"];
        var document = ParseRepairTests.Tokenised(words, upos);
        int[] heads = [5, 2, 3, 0, 5, -1, 5];
        string[] relations = ["nsubj", "amod", "nmod:desc", "nmod", "aux", "root", "obj"];

        Assert.Equal(1, ParseRepair.Apply(document, 0, document.TokenCount, heads, relations));

        Assert.Equal([3, 2, 3, 5, 5, -1, 5], heads);
        Assert.Equal("compound", relations[0]);
        Assert.Equal("nsubj", relations[3]);
    }

    [Fact]
    public void An_nmod_with_its_case_marker_is_left_alone()
    {
        // "Bank of Lorland": a plain nmod with "of".
        string[] words = ["Bank", "of", "Lorland", "grew"];
        string[] upos = ["PROPN", "ADP", "PROPN", "VERB"];
        var document = ParseRepairTests.Tokenised(words, upos);
        int[] heads = [3, 2, 0, -1];
        string[] relations = ["nsubj", "case", "nmod", "root"];

        Assert.Equal(0, ParseRepair.Apply(document, 0, document.TokenCount, heads, relations));
    }
}

public class SubjectCoordinationRepairTests
{
    [Fact]
    public void Two_subjects_joined_by_and_become_conjuncts()
    {
        // "The Lorland and Vell agreed" with both nouns as subjects and "and" under the verb.
        var document = ParseRepairTests.Tokenised(["The", "Lorland", "and", "Vell", "agreed", "."], ["DET", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"]);
        int[] heads = [1, 4, 4, 4, -1, 4];
        string[] relations = ["det", "nsubj", "cc", "nsubj", "root", "punct"];

        Assert.Equal(1, ParseRepair.Apply(document, 0, document.TokenCount, heads, relations));

        Assert.Equal([1, 4, 3, 1, -1, 4], heads);
        Assert.Equal("conj", relations[3]);
        Assert.Equal("cc", relations[2]);
    }

    [Fact]
    public void Subjects_of_two_clauses_are_left_alone()
    {
        // "I knew , and Vell agreed": a comma between the first subject's phrase and "and".
        var document = ParseRepairTests.Tokenised(["Lorland", ",", "and", "Vell", "agreed"], ["PROPN", "PUNCT", "CCONJ", "PROPN", "VERB"]);
        int[] heads = [4, 4, 4, 4, -1];
        string[] relations = ["nsubj", "punct", "cc", "nsubj", "root"];

        Assert.Equal(0, ParseRepair.Apply(document, 0, document.TokenCount, heads, relations));
    }
}

public class RelativeClauseRepairTests
{
    [Fact]
    public void A_relative_clause_read_as_the_main_clause_is_put_under_its_noun()
    {
        // "Lorland , which wrote the text , said so ." with Lorland and "which" both subjects of "wrote".
        var document = ParseRepairTests.Tokenised(
            ["Lorland", ",", "which", "wrote", "the", "text", ",", "said", "so", "."],
            ["PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADV", "PUNCT"]);
        int[] heads = [3, 3, 3, -1, 5, 3, 7, 3, 7, 3];
        string[] relations = ["nsubj", "punct", "nsubj", "root", "det", "obj", "punct", "conj", "advmod", "punct"];

        Assert.Equal(1, ParseRepair.Apply(document, 0, document.TokenCount, heads, relations));

        Assert.Equal([7, 3, 3, 0, 5, 3, 7, -1, 7, 7], heads);
        Assert.Equal("acl:relcl", relations[3]);
        Assert.Equal("root", relations[7]);
        Assert.Equal("nsubj", relations[0]);
    }

    [Fact]
    public void A_conjunct_with_its_own_subject_is_left_alone()
    {
        // "Lorland , who wrote it , and Vell said …" is not this misparse: the conjunct has a subject.
        var document = ParseRepairTests.Tokenised(
            ["Lorland", ",", "who", "wrote", "it", ",", "Vell", "said"],
            ["PROPN", "PUNCT", "PRON", "VERB", "PRON", "PUNCT", "PROPN", "VERB"]);
        int[] heads = [3, 3, 3, -1, 3, 7, 7, 3];
        string[] relations = ["nsubj", "punct", "nsubj", "root", "obj", "punct", "nsubj", "conj"];

        Assert.Equal(0, ParseRepair.Apply(document, 0, document.TokenCount, heads, relations));
    }

    [Fact]
    public void Words_before_the_noun_go_with_the_main_verb()
    {
        // "Today , Lorland , which wrote it , said so": "Today ," hung on "wrote" moves to "said".
        var document = ParseRepairTests.Tokenised(
            ["Today", ",", "Lorland", ",", "which", "wrote", "it", ",", "said", "so"],
            ["NOUN", "PUNCT", "PROPN", "PUNCT", "PRON", "VERB", "PRON", "PUNCT", "VERB", "ADV"]);
        int[] heads = [5, 5, 5, 5, 5, -1, 5, 8, 5, 8];
        string[] relations = ["obl:unmarked", "punct", "nsubj", "punct", "nsubj", "root", "obj", "punct", "conj", "advmod"];

        Assert.Equal(1, ParseRepair.Apply(document, 0, document.TokenCount, heads, relations));

        Assert.Equal(8, heads[0]);
        Assert.Equal(8, heads[1]);
        Assert.Equal(2, heads[5]);
        Assert.Equal(-1, heads[8]);
    }

}

public class DatedSubjectRepairTests
{
    [Fact]
    public void A_dated_subject_read_as_the_head_of_the_sentence_becomes_the_subject_again()
    {
        // "Lorland on Monday vetoed a draft resolution ." with "Lorland" as root and "vetoed" its parataxis.
        string[] words = ["Lorland", "on", "Monday", "vetoed", "a", "draft", "resolution", "."];
        string[] upos = ["PROPN", "ADP", "PROPN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"];
        var document = ParseRepairTests.Tokenised(words, upos);
        document.SetTags(upos, ["NNP", "IN", "NNP", "VBD", "DT", "NN", "NN", "."]);
        int[] heads = [-1, 2, 0, 0, 6, 6, 3, 3];
        string[] relations = ["root", "case", "nmod", "parataxis", "det", "compound", "obj", "punct"];

        var repairs = ParseRepair.Apply(document, 0, document.TokenCount, heads, relations);

        Assert.Equal(1, repairs);
        Assert.Equal([3, 2, 3, -1, 6, 6, 3, 3], heads);
        Assert.Equal(["nsubj", "case", "obl", "root", "det", "compound", "obj", "punct"], relations);
    }

    [Fact]
    public void A_noun_root_with_a_verb_that_has_its_own_subject_is_left_alone()
    {
        string[] words = ["Lorland", "on", "Monday", ":", "troops", "vetoed", "it", "."];
        string[] upos = ["PROPN", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PRON", "PUNCT"];
        var document = ParseRepairTests.Tokenised(words, upos);
        document.SetTags(upos, ["NNP", "IN", "NNP", ":", "NNS", "VBD", "PRP", "."]);
        int[] heads = [-1, 2, 0, 0, 5, 0, 5, 0];
        string[] relations = ["root", "case", "nmod", "punct", "nsubj", "parataxis", "obj", "punct"];

        Assert.Equal(0, ParseRepair.Apply(document, 0, document.TokenCount, heads, relations));
    }
}
