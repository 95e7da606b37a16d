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
}
