using Parley.Ingest.Html;

namespace Parley.Ingest.Tests;

public sealed class HtmlArticleExtractorTests
{
    [Fact]
    public void Json_ld_news_article_supplies_missing_metadata()
    {
        var html = """
            <html><head><title>Ignored title</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
            {"@type":["NewsArticle"],"headline":"Ceasefire agreed","datePublished":"2020-02-03T10:00:00Z",
             "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Omar Haddad"}],
             "publisher":{"@type":"Organization","name":"Gulf Wire"},"url":"https://example.org/c"}]}</script>
            </head><body><p>Text.</p></body></html>
            """;

        var article = HtmlArticleExtractor.Extract(html);

        Assert.Equal(("Ceasefire agreed", "2020-02-03", "Gulf Wire", "Jane Doe, Omar Haddad", "https://example.org/c"), (article.Title, article.Published, article.Outlet, article.Byline, article.Url));
    }

    [Fact]
    public void Open_graph_wins_over_json_ld_and_the_title_element()
    {
        var html = """
            <html><head><title>Page | Site</title>
            <meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">
            <meta property="og:url" content="https://example.org/og">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD title"}</script>
            </head><body><p>Text.</p></body></html>
            """;

        var article = HtmlArticleExtractor.Extract(html);

        Assert.Equal(("OG title", "OG Site", "https://example.org/og"), (article.Title, article.Outlet, article.Url));
    }

    [Fact]
    public void Title_element_loses_its_outlet_suffix()
    {
        var article = HtmlArticleExtractor.Extract("<html><head><title>Talks resume - The Ledger</title><meta property=\"og:site_name\" content=\"The Ledger\"></head><body><p>x</p></body></html>");

        Assert.Equal("Talks resume", article.Title);
    }

    [Fact]
    public void Paragraphs_become_blank_line_separated_and_page_chrome_is_skipped()
    {
        var html = """
            <body><header>Site header</header><nav>Home World</nav>
            <main><div class="share-tools">Share Tweet</div>
            <h2>Sub heading</h2>
            <p>First   paragraph
               continues here.</p>
            <blockquote><p>A quoted paragraph.</p></blockquote>
            <p>Line one<br>line two</p>
            <aside>Related stories</aside><div class="newsletter">Sign up</div>
            <figure><img src="x.jpg"><figcaption>Photo: Someone/AFP</figcaption></figure>
            <div hidden>hidden text</div><div style="display: none">invisible</div>
            <ul><li>Item one</li><li>Item two</li></ul>
            <script>var x = "script text";</script></main>
            <footer>Footer text</footer></body>
            """;

        var article = HtmlArticleExtractor.Extract(html);

        Assert.Equal("Sub heading\n\nFirst paragraph continues here.\n\nA quoted paragraph.\n\nLine one\nline two\n\nItem one\n\nItem two", article.Text);
    }

    [Fact]
    public void Article_body_is_preferred_over_the_rest_of_the_page()
    {
        var html = "<body><div>Outside text</div><div itemprop=\"articleBody\"><p>Inside text.</p></div></body>";

        Assert.Equal("Inside text.", HtmlArticleExtractor.Extract(html).Text);
    }

    [Fact]
    public void Commentary_class_is_not_mistaken_for_comments()
    {
        var html = "<body><article class=\"opinion\"><div class=\"commentary-body\"><p>Kept.</p></div><div id=\"comments\"><p>Dropped.</p></div></article></body>";

        Assert.Equal("Kept.", HtmlArticleExtractor.Extract(html).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<<<>>>")]
    [InlineData("<html><body></body>")]
    [InlineData("<script type=\"application/ld+json\">{broken json</script>")]
    public void Malformed_pages_give_empty_text_without_throwing(string html)
    {
        Assert.Equal("", HtmlArticleExtractor.Extract(html).Text.Trim('<', '>'));
    }

    [Fact]
    public void Deeply_nested_markup_does_not_exhaust_the_stack()
    {
        var html = "<body><p>Top text.</p>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "deep" + "</body>";

        Assert.StartsWith("Top text.", HtmlArticleExtractor.Extract(html).Text);
    }

    [Fact]
    public void Json_ld_article_body_wins_over_a_page_rendered_by_script()
    {
        var html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Lake pact signed",
            "articleBody":"First paragraph of the story.\n\nSecond paragraph of the story, a little longer than the first one."}</script></head>
            <body><div id="root"><div class="topbar">Andes Report</div><div>Loading…</div></div></body></html>
            """;

        Assert.Equal("First paragraph of the story.\n\nSecond paragraph of the story, a little longer than the first one.", HtmlArticleExtractor.Extract(html).Text);
    }

    [Theory]
    [InlineData("<div class=\"Page-authorBio\"><p>Petrenko covers Ukraine.</p></div>")]
    [InlineData("<div class=\"story-tags\">Topics: Sudan</div>")]
    [InlineData("<div class=\"entry-meta\">Posted on April 29, 2024</div>")]
    [InlineData("<div class=\"Figure-lead\"><p>A caption without a figure element.</p></div>")]
    [InlineData("<div class=\"mol-ads-cmp\"><span>Advertisement</span></div>")]
    [InlineData("<amp-ad width=\"300\"><div fallback>Advertisement</div></amp-ad>")]
    [InlineData("<div data-component=\"byline-block\"><span>Iain MacLeod</span></div>")]
    [InlineData("<div data-component=\"links-block\"><ul><li>Ferry firm apologises</li></ul></div>")]
    [InlineData("<div class=\"subscription-widget\"><p>Subscribe for free.</p></div>")]
    [InlineData("<amp-sidebar><ul><li>Front page</li></ul></amp-sidebar>")]
    [InlineData("<div class=\"box\"><h3>Most read</h3><ol><li>Storm hits coast</li><li>Budget passes</li></ol></div>")]
    public void Furniture_named_by_class_words_or_element_is_skipped(string furniture)
    {
        var html = $"<body><article><p>The story text, long enough to be the story.</p>{furniture}<p>More story text.</p></article></body>";

        Assert.Equal("The story text, long enough to be the story.\n\nMore story text.", HtmlArticleExtractor.Extract(html).Text);
    }

    [Fact]
    public void A_weak_class_word_on_the_story_wrapper_does_not_drop_the_story()
    {
        var html = "<body><div class=\"menu\">Home News</div><div class=\"video-story-body\"><p>The whole story is in this wrapper, which a video page names after its player.</p></div></body>";

        Assert.Equal("The whole story is in this wrapper, which a video page names after its player.", HtmlArticleExtractor.Extract(html).Text);
    }

    [Fact]
    public void A_labelled_box_with_prose_is_read()
    {
        var html = "<body><article><div><h3>Related</h3><p>This paragraph is a full sentence of the story and must stay in the text.</p></div></article></body>";

        Assert.Contains("This paragraph is a full sentence", HtmlArticleExtractor.Extract(html).Text);
    }

    [Fact]
    public void The_article_header_is_read_but_the_site_header_is_not()
    {
        var html = "<body><header>Site name</header><article><header><h1>Headline</h1><p class=\"dek\">The standfirst.</p></header><p>Body.</p></article></body>";

        Assert.Equal("Headline\n\nThe standfirst.\n\nBody.", HtmlArticleExtractor.Extract(html).Text);
    }

    [Theory]
    [InlineData("<p>April 30, 2024<span>7:21 AM</span></p>", "April 30, 2024 7:21 AM")]
    [InlineData("<p><a>Northern Standard</a><span>Menu</span></p>", "Northern Standard Menu")]
    [InlineData("<p><span class=\"dropcap\">T</span>he talks resumed.</p>", "The talks resumed.")]
    [InlineData("<p>Kyiv<b>,</b> Ukraine</p>", "Kyiv, Ukraine")]
    public void Inline_elements_printed_side_by_side_are_separate_words(string body, string expected)
    {
        Assert.Equal(expected, HtmlArticleExtractor.Extract($"<body>{body}</body>").Text);
    }

    [Fact]
    public void Title_element_loses_an_unknown_outlet_suffix_when_the_page_prints_the_headline()
    {
        var html = "<html><head><title>Governor vetoes water bill - Valley Gazette Online</title></head><body><div class=\"hdl\">Governor vetoes water bill</div><p>Text.</p></body></html>";

        Assert.Equal("Governor vetoes water bill", HtmlArticleExtractor.Extract(html).Title);
    }

    [Fact]
    public void Compact_meta_date_and_a_byline_element_are_read()
    {
        var html = "<html><head><meta name=\"pubdate\" content=\"20240427\"></head><body><span class=\"author vcard\"> by <a>Tomas Mercer</a></span><p>Text.</p></body></html>";

        var article = HtmlArticleExtractor.Extract(html);

        Assert.Equal(("2024-04-27", "Tomas Mercer"), (article.Published, article.Byline));
    }
}
