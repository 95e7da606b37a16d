using Parley.Ingest.Cleaning;

namespace Parley.Ingest.Tests;

public sealed class CleanerTests
{
    internal const string Story1 = "Officials from both countries met in Vienna on Monday to discuss a prisoner exchange, according to a statement from the foreign ministry, which gave no further details.";
    internal const string Story2 = "\"We remain open to dialogue, but not at any price,\" the minister told reporters after the meeting, adding that another round of talks was planned for next month.";
    internal const string Story3 = "The talks were the first since the two governments expelled each other's ambassadors last year in a dispute over a disputed stretch of their shared border.";

    private static string Article(params string[] lines) => string.Join("\n\n", lines);

    [Fact]
    public void Scraped_article_in_the_seed_style_loses_all_furniture_and_keeps_every_sentence()
    {
        var input =
            "Finland and Sweden Held Quiet Talks Because Neither Trusts the Alliance's New Chair\n\n" +
            "World Features NATO\n" +
            "Finland and Sweden Held Quiet Talks Because Neither Trusts the Alliance's New Chair\n\n" +
            Story1 + "\n\n" + Story2 + "\n\n" + Story3 + "\n\n" +
            "Mara Lindqvist is a staff writer for Northern Ledger politics. Follow her on Twitter at @maralind.\n\n" +
            "Share Tweet Submit Pin";

        var result = Cleaner.Clean(input);

        Assert.Equal(Article(Story1, Story2, Story3), result.Text);
        Assert.Equal("Finland and Sweden Held Quiet Talks Because Neither Trusts the Alliance's New Chair", result.Title);
        Assert.Equal(
            ["title", "breadcrumb", "title", "author-bio", "follow", "share-widget"],
            result.Removed.Select(r => r.Reason));
        Assert.Equal("Mara Lindqvist is a staff writer for Northern Ledger politics.", result.Removed[3].Text);
        Assert.Equal("Follow her on Twitter at @maralind.", result.Removed[4].Text);
        Assert.Equal("Share Tweet Submit Pin", result.Removed[5].Text);
    }

    [Theory]
    [InlineData("Home > World > Asia")]
    [InlineData("News / Politics / Europe")]
    [InlineData("Home » Opinion")]
    [InlineData("Politics Features Donald Trump")]
    [InlineData("World News")]
    [InlineData("Opinion")]
    public void Breadcrumbs_in_the_header_are_removed(string line)
    {
        var result = Cleaner.Clean(line + "\n\n" + Story1 + "\n\n" + Story2);

        Assert.Equal(Article(Story1, Story2), result.Text);
        Assert.Contains(new Parley.Core.Removal(line, "breadcrumb"), result.Removed);
    }

    [Theory]
    [InlineData("Europe Braces for Another Winter of High Energy Prices")]
    [InlineData("Leaders gather in Paris as talks resume")]
    public void A_headline_after_a_kept_line_is_not_a_breadcrumb(string line)
    {
        var result = Cleaner.Clean("A short standfirst line that stays\n\n" + line + "\n\n" + Story1);

        Assert.Contains(line, result.Text);
    }

    [Fact]
    public void Breadcrumb_shaped_lines_inside_the_story_stay()
    {
        var result = Cleaner.Clean(Story1 + "\n\nWorld News\n\n" + Story2);

        Assert.Contains("World News", result.Text);
    }

    [Theory]
    [InlineData("Share Tweet Submit Pin")]
    [InlineData("Share this article: Facebook Twitter Email")]
    [InlineData("Share on Facebook | Share on Twitter | Email")]
    [InlineData("Facebook Twitter LinkedIn WhatsApp 35 Comments")]
    [InlineData("Print")]
    [InlineData("Copy link")]
    [InlineData("Share")]
    public void Share_widgets_are_removed_anywhere(string line)
    {
        var result = Cleaner.Clean(Article(Story1, line, Story2));

        Assert.Equal(Article(Story1, Story2), result.Text);
        Assert.Equal([new Parley.Core.Removal(line, "share-widget")], result.Removed);
    }

    [Theory]
    [InlineData("The ministry said on Twitter that the ambassador had been summoned.")]
    [InlineData("Share prices in Frankfurt fell sharply after the announcement.")]
    [InlineData("Twitter and Facebook removed the accounts on Tuesday, the companies said.")]
    [InlineData("Follow the money, the senator told the committee.")]
    [InlineData("Follow Trump on Twitter and you will see a president at war with his own staff.")]
    [InlineData("Reporting by the newspaper showed that the minister had met the envoy twice.")]
    [InlineData("Photo ID laws were struck down by the court on Tuesday.")]
    [InlineData("More than 300 people were killed in the fighting, the United Nations said.")]
    [InlineData("Related talks in Geneva ended without agreement.")]
    [InlineData("Sign up for the draft was slow, officials admitted.")]
    [InlineData("He was a reporter for the state broadcaster before entering politics.")]
    [InlineData("Subscribers to the service were told their data had been leaked, the regulator said.")]
    [InlineData("Copyright law was not part of the trade talks, a spokesman said.")]
    [InlineData("Watch what they do, not what they say, the diplomat said of Moscow.")]
    public void Story_sentences_that_look_like_furniture_stay(string sentence)
    {
        var input = Article(Story1, sentence, Story2, Story3);

        var result = Cleaner.Clean(input);

        Assert.Equal(input, result.Text);
        Assert.Empty(result.Removed);
    }

    [Theory]
    [InlineData("Jane Doe is a staff writer for The Ledger.", "author-bio")]
    [InlineData("Omar Haddad is a senior correspondent for Gulf Wire based in Doha.", "author-bio")]
    [InlineData("The author is a contributing editor at Foreign Matters.", "author-bio")]
    [InlineData("The author is a former Freedonian diplomat who served in Lisbon.", "author-bio")]
    [InlineData("Follow him on Twitter at @jdoe.", "follow")]
    [InlineData("Follow her on Twitter @jdoe", "follow")]
    [InlineData("You can follow Jane Doe on X at @janedoe.", "follow")]
    [InlineData("Follow us on Facebook and Instagram", "follow")]
    [InlineData("Sign up for our newsletter", "newsletter")]
    [InlineData("Sign up for our free Morning Briefing newsletter to get the news in your inbox.", "newsletter")]
    [InlineData("Subscribe now", "newsletter")]
    [InlineData("Related: Talks collapse in Doha as both sides walk out", "related-links")]
    [InlineData("Read more: What the sanctions mean for Europe", "related-links")]
    [InlineData("READ MORE: Five things to know about the summit", "related-links")]
    [InlineData("Related Articles", "related-links")]
    [InlineData("Photo: Jane Roe/Getty Images", "photo-credit")]
    [InlineData("(Photo by Jane Roe/AFP via Getty Images)", "photo-credit")]
    [InlineData("Jane Roe/Reuters", "photo-credit")]
    [InlineData("REUTERS/Jane Roe", "photo-credit")]
    [InlineData("Reporting by Jane Doe; editing by John Smith", "credits")]
    [InlineData("(Reporting by Jane Doe in Brussels and Omar Haddad in Doha; Editing by John Smith)", "credits")]
    [InlineData("Additional reporting by Lena Park.", "credits")]
    [InlineData("Associated Press writer Luis Romero in Mexico City contributed to this report.", "credits")]
    [InlineData("© 2024 The Ledger. All rights reserved.", "copyright")]
    [InlineData("Advertisement", "advertisement")]
    [InlineData("Story continues below advertisement", "advertisement")]
    public void Footer_furniture_is_removed_with_its_reason(string line, string reason)
    {
        var result = Cleaner.Clean(Article(Story1, Story2, Story3, line));

        Assert.Equal(Article(Story1, Story2, Story3), result.Text);
        Assert.Equal([new Parley.Core.Removal(line, reason)], result.Removed);
    }

    [Fact]
    public void An_author_bio_far_from_the_end_is_a_story_sentence()
    {
        var bio = "Jane Doe is a staff writer for The Ledger.";
        var input = Article(Story1, bio, Story2, Story3, Story1, Story2, Story3, Story1);

        Assert.Contains(bio, Cleaner.Clean(input).Text);
    }

    [Fact]
    public void A_line_mixing_a_story_sentence_with_furniture_stays_whole()
    {
        var line = "The minister resigned on Friday. Follow him on Twitter at @minister.";
        var result = Cleaner.Clean(Article(Story1, Story2, line));

        Assert.EndsWith(line, result.Text);
    }

    [Theory]
    [InlineData("BRUSSELS (Reuters) — ", "BRUSSELS", "Reuters")]
    [InlineData("WASHINGTON — ", "WASHINGTON", null)]
    [InlineData("KYIV, Ukraine (AP) — ", "KYIV, Ukraine", "AP")]
    [InlineData("NEW YORK, March 3 (Reuters) - ", "NEW YORK", "Reuters")]
    [InlineData("UNITED NATIONS -- ", "UNITED NATIONS", null)]
    [InlineData("Kyiv (AFP) - ", "Kyiv", "AFP")]
    [InlineData("Brussels, 30 April 2024 — ", "Brussels", null)]
    public void Datelines_become_metadata(string dateline, string place, string? agency)
    {
        var first = "The European Union agreed on Tuesday to extend its naval mission in the Red Sea for another year, diplomats said.";
        var result = Cleaner.Clean(Article(dateline + first, Story2));

        Assert.Equal(Article(first, Story2), result.Text);
        Assert.Equal(place, result.Dateline);
        Assert.Equal(agency, result.DatelineSource);
        Assert.Equal([new Parley.Core.Removal(dateline.TrimEnd(), "dateline")], result.Removed);
    }

    [Theory]
    [InlineData("NATO said on Tuesday that it would hold exercises in the Baltic region next month, officials said.")]
    [InlineData("The EU - which has 27 members - agreed the sanctions on Monday after weeks of talks, diplomats said.")]
    [InlineData("Sen. Ted Cruz (R-Texas) - Cruz said on Tuesday that he would oppose the bill in its current form, aides said.")]
    [InlineData("Obama - The former president said on Tuesday that he would campaign in Georgia next month, aides said.")]
    public void Sentences_that_only_resemble_datelines_stay(string first)
    {
        var result = Cleaner.Clean(Article(first, Story2));

        Assert.Equal(Article(first, Story2), result.Text);
        Assert.Null(result.Dateline);
    }

    [Fact]
    public void Dateline_is_read_only_from_the_first_paragraph()
    {
        var later = "WASHINGTON — The White House declined to comment on the report, which cited three officials.";
        var result = Cleaner.Clean(Article(Story1, later));

        Assert.Contains(later, result.Text);
        Assert.Null(result.Dateline);
    }

    [Fact]
    public void Byline_and_timestamp_in_the_header_become_metadata()
    {
        var result = Cleaner.Clean("Leaders Agree on a Ceasefire Plan\nBy Jane Doe and Omar Haddad\nPublished March 5, 2024, 3:45 PM ET\n\n" + Story1);

        Assert.Equal("Leaders Agree on a Ceasefire Plan", result.Title);
        Assert.Equal("Jane Doe and Omar Haddad", result.Byline);
        Assert.Equal("2024-03-05", result.Published);
        Assert.Equal(Story1, result.Text);
        Assert.Equal(["title", "byline", "timestamp"], result.Removed.Select(r => r.Reason));
    }

    [Fact]
    public void Known_title_from_metadata_removes_its_repeats_and_no_other_title_is_guessed()
    {
        var result = Cleaner.Clean("Leaders agree on a ceasefire plan\n\nA standfirst that is not the title\n\n" + Story1, "Leaders Agree on a Ceasefire Plan");

        Assert.Null(result.Title);
        Assert.Equal("A standfirst that is not the title\n\n" + Story1, result.Text);
        Assert.Equal([new Parley.Core.Removal("Leaders agree on a ceasefire plan", "title")], result.Removed);
    }

    [Fact]
    public void First_prose_line_is_never_a_title()
    {
        var result = Cleaner.Clean(Article(Story1, Story2));

        Assert.Null(result.Title);
        Assert.Empty(result.Removed);
    }

    [Fact]
    public void A_lone_short_line_stays_text_rather_than_becoming_the_title()
    {
        var result = Cleaner.Clean("Ceasefire holds in the north");

        Assert.Equal("Ceasefire holds in the north", result.Text);
        Assert.Null(result.Title);
    }

    [Fact]
    public void Whitespace_is_normalised_to_single_blank_lines_between_paragraphs()
    {
        var input = "\r\n  First  paragraph,\tline one\r\nline two of it.  \r\n\r\n\r\n\u00A0\r\nSecond\u00A0paragraph.\u2029Third paragraph.\n\n\n";

        var result = Cleaner.Clean(input);

        Assert.Equal("First paragraph, line one\nline two of it.\n\nSecond paragraph.\n\nThird paragraph.", result.Text);
    }

    [Fact]
    public void Input_without_blank_lines_but_with_long_lines_gets_one_paragraph_per_line()
    {
        var result = Cleaner.Clean(Story1 + "\n" + Story2 + "\n" + Story3 + "\n");

        Assert.Equal(Article(Story1, Story2, Story3), result.Text);
    }

    [Fact]
    public void A_removed_line_inside_a_paragraph_splits_it()
    {
        var result = Cleaner.Clean(Story1 + "\nAdvertisement\n" + Story2);

        Assert.Equal(Article(Story1, Story2), result.Text);
    }

    [Fact]
    public void NormalizeWhitespace_removes_nothing()
    {
        var input = "Share Tweet Submit Pin\n\n\n" + Story1;

        Assert.Equal("Share Tweet Submit Pin\n\n" + Story1, Cleaner.NormalizeWhitespace(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("Share Tweet Submit Pin")]
    public void Nothing_but_furniture_gives_empty_text(string input)
    {
        Assert.Equal("", Cleaner.Clean(input).Text);
    }

    [Theory]
    [InlineData("Terms of Use", "navigation")]
    [InlineData("About · Contact · Terms of Use · Privacy Policy · Cookie Settings", "navigation")]
    [InlineData("Valley Gazette | 120 Main St | Visalia, CA | Terms of Service | Privacy Policy", "navigation")]
    [InlineData("Log In Subscribe", "navigation")]
    [InlineData("Older posts 1 of 3", "navigation")]
    [InlineData("Acquire Licensing Rights, opens new tab", "navigation")]
    [InlineData("Please turn on JavaScript in your browser to get live updates.", "navigation")]
    [InlineData("Updated 3 hours ago", "timestamp")]
    [InlineData("2h ago 13.10 BST", "timestamp")]
    [InlineData("5 min read", "timestamp")]
    [InlineData("April 25, 2024 at 6:00 a.m. EDT", "timestamp")]
    [InlineData("Apr 30, 2024 Updated Apr 30, 2024", "timestamp")]
    [InlineData("27.04.2024 · 10:32 · Erik Haugland", "timestamp")]
    [InlineData("Staff reporter · 29 April 2024 · 2 min read", "timestamp")]
    [InlineData("___", "separator")]
    [InlineData("* * *", "separator")]
    [InlineData("Tags: Water, Agriculture, Legislature", "tags")]
    [InlineData("Be the first to comment.", "comments")]
    [InlineData("Comments (58)", "comments")]
    [InlineData("This article is for subscribers only.", "paywall")]
    [InlineData("We use cookies to give you the best experience on our website.", "cookie-notice")]
    [InlineData("Have you been affected by this story? Email news@ledger.example", "callout")]
    [InlineData("Follow our coverage of the election at https://ledger.example/election", "follow")]
    [InlineData("Firefighters at the plant outside Kharkiv, Tuesday, April 30, 2024. (AP Photo/Oleh Savchuk)", "photo-credit")]
    [InlineData("The parliament building in Lisbon. Photograph: Pedro Lima", "photo-credit")]
    [InlineData("All rights reserved © 1997–2024 The Ledger. Reproduction prohibited.", "copyright")]
    [InlineData("RELATED ARTICLES", "related-links")]
    [InlineData("Hide Ad", "advertisement")]
    [InlineData("12 3 Share", "share-widget")]
    [InlineData("Thanks for reading The West Africa Letter!", "newsletter")]
    [InlineData("Subscribe for free to receive new posts and support my work.", "newsletter")]
    public void Site_chrome_is_removed_with_its_reason(string line, string reason)
    {
        var result = Cleaner.Clean(Article(Story1, Story2, Story3, line));

        Assert.Equal(Article(Story1, Story2, Story3), result.Text);
        Assert.Equal([new Parley.Core.Removal(line, reason)], result.Removed);
    }

    [Theory]
    [InlineData("No.")]
    [InlineData("He declined.")]
    [InlineData("Updated figures were published by the statistics office on Monday.")]
    [InlineData("On May 12")]
    [InlineData("March 14, 2024")]
    [InlineData("2024-03-14")]
    [InlineData("Elsewhere")]
    [InlineData("Get full access to the files, the lawyers demanded.")]
    [InlineData("Share your views, the minister urged voters before the referendum.")]
    [InlineData("Category 5 storms have hit the coast twice this decade.")]
    [InlineData("Kremlin covers up the deaths of conscripts, the activists say.")]
    [InlineData("Search teams found the wreckage on Tuesday.")]
    [InlineData("Tomas Mercer / Ruth Okonjo")]
    [InlineData("YouTube")]
    [InlineData("?")]
    [InlineData("recommended")]
    public void Short_story_lines_that_resemble_site_chrome_stay(string sentence)
    {
        var input = Article(Story1, sentence, Story2, Story3);

        var result = Cleaner.Clean(input);

        Assert.Equal(input, result.Text);
        Assert.Empty(result.Removed);
    }

    [Fact]
    public void A_list_of_regions_in_the_story_is_no_menu()
    {
        var list = "Countries affected\nEurope\nAsia\nAfrica\nLatin America";
        var input = Article(Story1, list, Story2);

        Assert.Equal(input, Cleaner.Clean(input).Text);
    }

    [Fact]
    public void Menu_printed_one_entry_per_line_goes_and_the_masthead_is_no_title()
    {
        var input = "Menu\nThe Lakeland Observer\nSubscribe\nNEWS\nSPORT\nWHAT'S ON\nOPINION\nMORE\n\nCouncil Votes to Close Three Libraries\n\n" + Story1;

        var result = Cleaner.Clean(input);

        Assert.Equal(Story1, result.Text);
        Assert.Equal("Council Votes to Close Three Libraries", result.Title);
    }

    [Fact]
    public void Name_over_role_in_the_header_is_the_byline()
    {
        var result = Cleaner.Clean("Leaders Agree on a Ceasefire Plan\n\nWanjiru Kamau\nNairobi correspondent\n\n" + Story1);

        Assert.Equal(Story1, result.Text);
        Assert.Equal("Wanjiru Kamau", result.Byline);
        Assert.Equal(["title", "byline", "byline"], result.Removed.Select(r => r.Reason));
    }

    [Fact]
    public void Meta_line_in_the_header_gives_byline_and_date()
    {
        var result = Cleaner.Clean("Leaders Agree on a Ceasefire Plan\nBy Renée Dubois – 1 May 2024\n\n" + Story1);

        Assert.Equal(("Renée Dubois", "2024-05-01"), (result.Byline, result.Published));
        Assert.Equal(Story1, result.Text);
    }

    [Fact]
    public void Caption_label_takes_its_caption_along()
    {
        var result = Cleaner.Clean(Article(Story1, "Image caption,\nPolice fired tear gas near parliament on Tuesday", Story2));

        Assert.Equal(Article(Story1, Story2), result.Text);
        Assert.Equal(["photo-credit", "photo-credit"], result.Removed.Select(r => r.Reason));
    }

    [Fact]
    public void List_label_takes_the_links_of_its_paragraph()
    {
        var result = Cleaner.Clean(Article(Story1, "Related\nWhy young voters are angry about taxes\n2 days ago\nAfrica", Story2));

        Assert.Equal(Article(Story1, Story2), result.Text);
    }

    [Fact]
    public void List_label_takes_links_in_their_own_paragraphs_only_at_the_end()
    {
        var links = Article("Most read", "Storm leaves thousands without power", "What to know about the summit");

        Assert.Equal(Article(Story1, Story2), Cleaner.Clean(Article(Story1, Story2, links)).Text);
        Assert.Contains("Storm leaves thousands without power", Cleaner.Clean(Article(Story1, links, Story2)).Text);
    }

    [Fact]
    public void Dateline_after_a_standfirst_is_found()
    {
        var first = "The European Union agreed on Tuesday to extend its naval mission in the Red Sea for another year, diplomats said.";

        var result = Cleaner.Clean(Article("A short standfirst that says what the story is about.", "BRUSSELS — " + first, Story2));

        Assert.Equal("BRUSSELS", result.Dateline);
        Assert.Contains(first, result.Text);
    }

    [Fact]
    public void Masthead_line_equal_to_the_known_outlet_is_removed()
    {
        var result = Cleaner.Clean(Article("The Atlantic Post", Story1), knownTitle: null, knownOutlet: "The Atlantic Post");

        Assert.Equal(Story1, result.Text);
        Assert.Equal([new Parley.Core.Removal("The Atlantic Post", "navigation")], result.Removed);
    }

    [Fact]
    public void Author_contact_line_at_the_end_is_a_bio()
    {
        var line = "Carla Benitez can be reached at cbenitez@gazette.example or 555-0142.";

        var result = Cleaner.Clean(Article(Story1, Story2, Story3, line));

        Assert.Equal([new Parley.Core.Removal(line, "author-bio")], result.Removed);
    }

    [Fact]
    public void A_long_question_alone_on_the_first_line_is_the_headline()
    {
        const string Headline = "Analysis: Would a new Freedonian government end the dispute over the river?";
        var input = Headline + "\n\n" + Story1 + "\n\n" + Story2;

        var result = Cleaner.Clean(input);

        Assert.Equal(Headline, result.Title);
        Assert.StartsWith(Story1, result.Text, StringComparison.Ordinal);
    }
}
