package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class HtmlPageParserTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private final HtmlPageParser parser = new HtmlPageParser(new TextDecoder(CP1252), JsonMapper.builder().build());

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HtmlPageParserTest.class.getResourceAsStream("/ingest/" + name)) {
            return in.readAllBytes();
        }
    }

    private Article parse(String html) {
        return parser.parse(html.getBytes(StandardCharsets.UTF_8), ArticleFields.NONE, "page", "page.html");
    }

    @Test
    void savedPageKeepsOnlyTheArticle() throws IOException {
        Article a = parser.parse(resource("saved-page.html"), ArticleFields.NONE, "saved-page", "in/saved-page.html");
        assertEquals("Senator Doe endorses Smith ahead of runoff", a.headline());
        assertEquals("""
                Senator Doe endorses Smith ahead of runoff

                MONTGOMERY, Ala. \u2014 Senator John Doe on Thursday endorsed Mary Smith in the Republican primary \
                runoff for the state\u2019s open Senate seat, calling her \u201cthe fighter we need.\u201d

                The endorsement came a week before the July 14 runoff, in which Smith faces former \
                state attorney general Robert Jones.

                A long rivalry

                Jones, who served two terms,
                said in a statement that he was \u201cnot surprised.\u201d

                We will win this race the right way.

                Polls close at 7 p.m. local time.""", a.text());
        assertEquals("3 thoughts on \u201cSenator Doe endorses Smith ahead of runoff\u201d\n\nGreat news for the state."
                + "\n\nJones was the better attorney general.\n\nWho cares?", a.comments());
        assertEquals("https://ledger.example/2020/07/doe-endorses-smith", a.url());
        assertEquals("The Daily Ledger", a.publisher());
        assertEquals(LocalDate.of(2020, 7, 2), a.published());
        assertEquals(new Article("saved-page", a.headline(), a.text(), a.comments(), a.url(), a.publisher(),
                a.published(), "in/saved-page.html"), a);
    }

    @Test
    void sidecarFieldsWinOverThePage() throws IOException {
        ArticleFields sidecar = new ArticleFields("ledger-1", "Doe backs Smith", null, "https://other.example/x",
                null, LocalDate.of(2020, 7, 3));
        Article a = parser.parse(resource("saved-page.html"), sidecar, "saved-page", "p.html");
        assertEquals("ledger-1", a.id());
        assertEquals("Doe backs Smith", a.headline());
        assertEquals("https://other.example/x", a.url());
        assertEquals("The Daily Ledger", a.publisher());
        assertEquals(LocalDate.of(2020, 7, 3), a.published());
    }

    @Test
    void headlineFallsBackToOgTitleThenTitle() {
        assertEquals("OG headline", parse("<html><head><title>T | Site</title><meta property='og:title' content='OG headline'>"
                + "</head><body><p>Body text.</p></body></html>").headline());
        Article a = parse("<title>Only a title</title><p>Body text.</p>");
        assertEquals("Only a title", a.headline());
        assertEquals("Only a title\n\nBody text.", a.text());
        assertNull(a.published());
        assertNull(a.url());
    }

    @Test
    void metadataFallsBackAcrossTagsAndJsonLd() {
        Article a = parse("<html><head><link rel='canonical' href='/news/a'><meta property='og:url' content='https://x.example/news/a'>"
                + "<meta name='date' content='Updated Thursday'><meta name='pubdate' content='Jan. 21, 2019'>"
                + "<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebSite\"}, {\"@type\": [\"NewsArticle\"],"
                + " \"datePublished\": \"2019-01-20\", \"publisher\": {\"name\": \"X News\"}}]}</script>"
                + "</head><body><h1>H</h1><p>Body.</p></body></html>");
        assertEquals("https://x.example/news/a", a.url());
        assertEquals(LocalDate.of(2019, 1, 21), a.published());
        assertEquals("X News", a.publisher());
        Article b = parse("<script type='application/ld+json'>{not json</script><time datetime='2019-02-03'>Feb 3</time><h1>H</h1><p>Body.</p>");
        assertEquals(LocalDate.of(2019, 2, 3), b.published());
        assertNull(b.publisher());
    }

    @Test
    void headlineIsTheH1ThatTheTitleRepeatsNotTheLogoOrACaption() {
        Article a = parse("<html><head><title>Doe endorses Smith in Senate runoff | The Daily Ledger</title></head><body>"
                + "<header><h1 class='logo'>The Daily Ledger</h1></header><div class='slides'><article><h1>Doe speaks in "
                + "Montgomery on Thursday. (Photo: staff)</h1></article></div><div class='story'><h1>Doe endorses Smith in "
                + "Senate runoff</h1><p>Story text.</p></div></body></html>");
        assertEquals("Doe endorses Smith in Senate runoff", a.headline());
        Article b = parse("<html><head><title>The Daily Ledger</title></head><body><header><h1>Ledger</h1></header>"
                + "<article><h1>Real headline of the story</h1><p>Story text.</p></article></body></html>");
        assertEquals("Real headline of the story", b.headline());
        assertEquals("Real headline of the story\n\nStory text.", b.text());
    }

    @Test
    void withoutArticleElementTheMostParagraphTextWins() {
        Article a = parse("<body><div class='menu'><p>Home</p></div><div id='story'><h1>Headline</h1>"
                + "<p>First paragraph of the story.</p><p>Second paragraph.</p></div><div><p>Copyright</p></div></body>");
        assertEquals("Headline\n\nFirst paragraph of the story.\n\nSecond paragraph.", a.text());
    }

    @Test
    void storySplitAcrossBlocksIsJoinedButTeasersAreNot() {
        String intro = "The senator said on Thursday that she would back the former attorney general in the runoff.";
        String more = "Her endorsement follows weeks of speculation about her plans. ";
        Article a = parse("<body><h1>Headline</h1><div class='story-body'><p>" + intro + "</p>"
                + "<div class='read-more'><a href='#'>Read more</a><div class='read-more-content'><p>" + more.repeat(3)
                + "</p><p>" + more.repeat(2) + "</p></div></div></div>"
                + "<div class='more-stories'><p><a href='/a'>Another story about the Senate race in Alabama that is "
                + "long enough to count as a paragraph of text</a></p></div></body>");
        assertEquals("Headline\n\n" + intro + "\n\nRead more\n\n" + more.repeat(3).strip() + "\n\n"
                + more.repeat(2).strip(), a.text());
    }

    @Test
    void emptyArticleElementFallsBackToMain() {
        Article a = parse("<body><main><h1>Headline</h1><article><img src='x.jpg'></article><p>Main text.</p></main></body>");
        assertEquals("Headline\n\nMain text.", a.text());
    }

    @Test
    void pageWithoutTextIsAnError() {
        ArticleInputException e = assertThrows(ArticleInputException.class,
                () -> parse("<html><head><title>Empty</title><script>var x = 1;</script></head><body><nav>Home</nav></body></html>"));
        assertEquals("page.html: no article text found in the page", e.getMessage());
    }

    @Test
    void declaredWindows1252IsDecoded() {
        byte[] bytes = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'></head>"
                + "<body><h1>\u201cQuote\u201d</h1><p>Caf\u00e9 owners\u2019 view.</p></body></html>").getBytes(CP1252);
        Article a = parser.parse(bytes, ArticleFields.NONE, "p", "p.html");
        assertEquals("\u201cQuote\u201d\n\nCaf\u00e9 owners\u2019 view.", a.text());
    }

    @Test
    void declaredCharsetIsReadFromMetaTags() {
        assertEquals(CP1252, HtmlPageParser.declaredCharset("<meta charset=\"windows-1252\">".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(StandardCharsets.ISO_8859_1, HtmlPageParser.declaredCharset(
                "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">".getBytes(StandardCharsets.US_ASCII)));
        assertNull(HtmlPageParser.declaredCharset("<meta charset=\"no-such-charset\">".getBytes(StandardCharsets.US_ASCII)));
        assertNull(HtmlPageParser.declaredCharset("<p>charset=utf-8</p>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aspNetFormAroundThePageIsKept() {
        Article a = parse("<body><form id='aspnetForm'><h1>Headline</h1><div class='story'><p>Story text.</p></div>"
                + "<input type='hidden' value='x'></form></body>");
        assertEquals("Headline\n\nStory text.", a.text());
    }
}
