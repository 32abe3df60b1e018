package org.newsgraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Saved web pages: keeps the article and drops the page around it. The headline is the {@code <h1>} that the
 * page's title or og:title repeats, else the {@code <h1>} of the article (when of headline length), else og:title,
 * else the page's first {@code <h1>} outside its header, else {@code <title>}. The body is
 * the text of the {@code itemprop=articleBody} element, else of the {@code <article>} or {@code <main>} around the
 * block with the most paragraph text, else of that block and its story-like siblings, after removing scripts, styles, navigation, headers, footers,
 * asides, forms, figures and their captions, and share, advertising, newsletter and related-links blocks (known by
 * their class or id). Reader comments sections are taken out into {@link Article#comments()}. Url, publisher and
 * date come from the canonical link, og:url, og:site_name, article:published_time and similar meta tags, JSON-LD
 * and {@code <time datetime>}; sidecar fields win over them. Thread-safe.
 */
final class HtmlPageParser implements DocumentParser {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** A declared charset is looked for in this many leading bytes, as browsers do. */
    private static final int CHARSET_PREFIX_BYTES = 4096;

    private static final String REMOVED = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, header, footer, aside, form, button, input, select, textarea, label, dialog, figure, figcaption, "
            + "[hidden], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog]";
    /** Class and id words of page furniture; matched as whole words of the attribute (split on space, - and _). */
    private static final Set<String> CLUTTER_WORDS = Set.of("share", "sharing", "social", "related", "recommended",
            "newsletter", "subscribe", "subscription", "signup", "promo", "advert", "advertisement", "ad", "ads",
            "adslot", "sponsor", "sponsored", "cookie", "cookies", "popup", "modal", "breadcrumb", "breadcrumbs",
            "outbrain", "taboola", "paywall", "sidebar", "toolbar", "trending");
    /** Class and id of a comments section; not WordPress's "comments-open" flag or a "comments-count" link. */
    private static final Pattern COMMENTS = Pattern.compile("(?i)(?:^|[\\s_-])(?:comments|commentlist|"
            + "comment[\\s_-]?(?:list|section|area|thread)|disqus)(?![\\s_-]*(?:open|closed|count|link|number))");
    private static final Pattern WORDS = Pattern.compile("[\\s_-]+");
    /** Tags never removed as clutter even if their class says "share-bar": they may hold the article itself. */
    private static final Set<String> KEPT = Set.of("html", "body", "article", "main");
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "blogposting", "webpage", "report");

    /** Longer "headlines" are captions or teasers set in an h1. */
    private static final int MAX_HEADLINE_CHARS = 250;

    /** A sibling of the story block joins it with at least this much paragraph text... */
    private static final int MIN_SIBLING_PARAGRAPH_CHARS = 80;
    /** ...and at most this share of it in links, which teasers and link lists are made of. */
    private static final double MAX_SIBLING_LINK_SHARE = 0.25;
    /** A container only wraps the story block when the block holds at least this share of its text. */
    private static final double WRAPPER_SHARE = 0.8;

    private final TextDecoder decoder;
    private final ObjectMapper json;

    HtmlPageParser(TextDecoder decoder, ObjectMapper json) {
        this.decoder = decoder;
        this.json = json;
    }

    @Override
    public Article parse(byte[] bytes, ArticleFields sidecar, String defaultId, String origin) {
        Document page = Jsoup.parse(decoder.decode(bytes, declaredCharset(bytes)));
        ArticleFields fields = sidecar.orElse(metadata(page));
        String headline = fields.headline() != null ? fields.headline() : headline(page);
        for (Element e : page.select(REMOVED))
            if (e.nameIs("form") && holdsArticle(e))
                e.unwrap(); // ASP.NET pages wrap the whole page in one form
            else
                e.remove();
        String comments = takeComments(page);
        removeClutter(page);
        Element body = articleBody(page);
        body.select("h1").remove(); // the headline, kept apart
        String text = ParagraphCollector.paragraphs(body);
        if (headline == null || headline.isBlank())
            headline = firstLine(text);
        if (text.isBlank())
            throw new ArticleInputException(origin, "no article text found in the page");
        return ArticleAssembler.assemble(headline, text, comments, fields, defaultId, origin);
    }

    /** The charset a meta tag declares, or null. */
    static Charset declaredCharset(byte[] bytes) {
        String prefix = new String(bytes, 0, Math.min(bytes.length, CHARSET_PREFIX_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(prefix);
        if (!m.find())
            return null;
        try {
            return Charset.isSupported(m.group(1)) ? Charset.forName(m.group(1)) : null;
        } catch (IllegalCharsetNameException e) {
            return null; // a misspelt declaration is no declaration; the bytes are detected instead
        }
    }

    private ArticleFields metadata(Document page) {
        String canonical = page.select("link[rel=canonical]").attr("href");
        String ogUrl = meta(page, "og:url");
        ArticleFields meta = new ArticleFields(null, null, null,
                // A relative canonical link says less than an absolute og:url.
                canonical.startsWith("http") ? canonical.strip() : first(ogUrl, canonical),
                first(meta(page, "og:site_name"), meta(page, "application-name")),
                firstDate(meta(page, "article:published_time"), meta(page, "datePublished"), meta(page, "date"),
                        meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "article.published"),
                        meta(page, "parsely-pub-date"), meta(page, "dc.date.issued"), meta(page, "dc.date"),
                        meta(page, "dcterms.created"), timeOf(page)));
        return meta.orElse(jsonLd(page));
    }

    /** The first of {@code candidates} that is a full date ("Updated: Thursday" is not), or null. */
    private static LocalDate firstDate(String... candidates) {
        for (String candidate : candidates) {
            LocalDate date = DateParser.parse(candidate);
            if (date != null)
                return date;
        }
        return null;
    }

    /** The content of the first meta tag with this property, name or itemprop (case-insensitive), or null. */
    private static String meta(Document page, String key) {
        for (Element m : page.select("meta[content]"))
            for (String attribute : List.of("property", "name", "itemprop"))
                if (m.attr(attribute).equalsIgnoreCase(key))
                    return m.attr("content");
        return null;
    }

    /** The first dated time element, looking in the article before the rest of the page (comments come later). */
    private static String timeOf(Document page) {
        for (String query : List.of("time[itemprop=datePublished][datetime]", "time[pubdate][datetime]",
                "article time[datetime]", "time[datetime]")) {
            Element time = page.selectFirst(query);
            if (time != null)
                return time.attr("datetime");
        }
        return null;
    }

    /** Url, publisher, date and headline of the page's schema.org article in JSON-LD, when it has one. */
    private ArticleFields jsonLd(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = json.readTree(script.data());
            } catch (JacksonException e) {
                continue; // broken JSON-LD is common on real pages; the meta tags still count
            }
            for (JsonNode node : candidates(root)) {
                JsonNode type = node.path("@type");
                String typeName = (type.isArray() ? type.path(0) : type).asText("").toLowerCase(Locale.ROOT);
                if (!ARTICLE_TYPES.contains(typeName))
                    continue;
                JsonNode publisher = node.path("publisher");
                return new ArticleFields(null, text(node.path("headline")), null, text(node.path("url")),
                        text(publisher.isObject() ? publisher.path("name") : publisher),
                        DateParser.parse(text(node.path("datePublished"))));
            }
        }
        return ArticleFields.NONE;
    }

    private static List<JsonNode> candidates(JsonNode root) {
        List<JsonNode> nodes = new ArrayList<>();
        if (root.isArray())
            root.forEach(nodes::add);
        else if (root.has("@graph"))
            root.path("@graph").forEach(nodes::add);
        else
            nodes.add(root);
        return nodes;
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.textValue().isBlank() ? node.textValue().strip() : null;
    }

    private static String headline(Document page) {
        String og = meta(page, "og:title");
        // An h1 the page's title repeats is the headline; others may be a slideshow caption or the site's name.
        for (Element h1 : page.select("h1"))
            if (repeats(page.title(), h1.text()) || repeats(og, h1.text()))
                return h1.text();
        Element h1 = page.selectFirst("article h1, main h1, [itemprop=articleBody] h1, h1[itemprop=headline]");
        if (h1 != null && !h1.text().isBlank() && h1.text().length() <= MAX_HEADLINE_CHARS)
            return h1.text();
        if (og != null && !og.isBlank())
            return og;
        for (Element any : page.select("h1"))
            if (any.closest("header, nav") == null && !any.text().isBlank())
                return any.text();
        return page.title().isBlank() ? null : page.title();
    }

    /** Whether {@code title} holds {@code h1} as most of it ("Headline | Site" does, "Site" alone is too short). */
    private static boolean repeats(String title, String h1) {
        return title != null && !h1.isBlank() && 2 * h1.length() >= title.strip().length()
                && title.toLowerCase(Locale.ROOT).contains(h1.toLowerCase(Locale.ROOT));
    }

    /** Removes the reader comments sections and returns their text. */
    private static String takeComments(Document page) {
        List<Element> sections = new ArrayList<>();
        for (Element e : page.getAllElements())
            if (!KEPT.contains(e.normalName()) && COMMENTS.matcher(e.className() + " " + e.id()).find()
                    && sections.stream().noneMatch(outer -> isInside(e, outer)) && !holdsArticle(e))
                sections.add(e);
        StringBuilder comments = new StringBuilder();
        for (Element section : sections) {
            String text = ParagraphCollector.paragraphs(section);
            if (!text.isEmpty())
                comments.append(comments.length() == 0 ? "" : "\n\n").append(text);
            section.remove();
        }
        return comments.toString();
    }

    private static void removeClutter(Document page) {
        for (Element e : page.getAllElements())
            if (!KEPT.contains(e.normalName()) && e.parent() != null && isClutter(e) && !holdsArticle(e))
                e.remove();
    }

    /**
     * Whether {@code e} holds the article, whatever its class says ("has-sidebar", "with-comments"): it contains
     * the headline, the marked article body or a main element.
     */
    private static boolean holdsArticle(Element e) {
        return e.selectFirst("h1, [itemprop=articleBody], main, [role=main]") != null;
    }

    private static boolean isClutter(Element e) {
        for (String word : WORDS.split((e.className() + " " + e.id()).toLowerCase(Locale.ROOT)))
            if (CLUTTER_WORDS.contains(word))
                return true;
        return false;
    }

    /**
     * The element holding the article: the marked article body; else the innermost article or main element around
     * the block with the most paragraph text (a page's article elements may be teasers); else that block with its
     * story-like siblings, unless an article element has more paragraph text; else the page body.
     */
    private static Element articleBody(Document page) {
        Element marked = page.selectFirst("[itemprop=articleBody]");
        if (marked != null && bodyLength(marked) > 0)
            return marked;
        Element densest = mostParagraphText(page);
        if (densest == null) {
            Element main = page.selectFirst("article, main, [role=main]");
            return main != null && bodyLength(main) > 0 ? main : page.body();
        }
        Element around = densest.closest("article, main, [role=main]");
        if (around != null)
            return around;
        Element article = page.select("article").stream()
                .max(Comparator.comparingInt(HtmlPageParser::paragraphLength)).orElse(null);
        if (article != null && paragraphLength(article) > paragraphLength(densest))
            return article;
        return withStorySiblings(densest);
    }

    /**
     * {@code block} together with the sibling blocks that read like more of the same story (an intro, a second
     * page): enough paragraph text and few links, unlike teasers and link lists. Where the block has no such
     * sibling but sits in a wrapper that adds little text (a "read more" box with an ad), the wrapper's siblings
     * are looked at instead. A detached copy when any join.
     */
    private static Element withStorySiblings(Element block) {
        while (true) {
            Element parent = block.parent();
            if (parent == null)
                return block;
            List<Element> kept = new ArrayList<>();
            for (Element sibling : parent.children())
                if (sibling == block || isStoryText(sibling))
                    kept.add(sibling);
            if (kept.size() > 1) {
                Element story = new Element("div");
                for (Element e : kept)
                    story.appendChild(e.clone());
                return story;
            }
            if (parent.nameIs("body") || parent.text().length() * WRAPPER_SHARE > block.text().length())
                return block;
            block = parent;
        }
    }

    private static boolean isStoryText(Element e) {
        int text = paragraphLength(e);
        if (text < MIN_SIBLING_PARAGRAPH_CHARS)
            return false;
        int linked = 0;
        for (Element a : e.select("a"))
            linked += a.text().length();
        return linked <= text * MAX_SIBLING_LINK_SHARE;
    }

    /** The length of the text of {@code e} outside its h1 headings, which are not body text. */
    private static int bodyLength(Element e) {
        int length = e.text().length();
        for (Element h1 : e.select("h1"))
            length -= h1.text().length();
        return length;
    }

    private static int paragraphLength(Element e) {
        int length = 0;
        for (Element p : e.select("p"))
            length += p.text().length();
        return length;
    }

    /** The element whose own paragraphs hold the most text, or null when the page has no paragraph text. */
    private static Element mostParagraphText(Document page) {
        Map<Element, Integer> byParent = new IdentityHashMap<>();
        for (Element p : page.select("p"))
            if (p.parent() != null)
                byParent.merge(p.parent(), p.text().length(), Integer::sum);
        return byParent.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static boolean isInside(Element e, Element outer) {
        for (Element up = e.parent(); up != null; up = up.parent())
            if (up == outer)
                return true;
        return false;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String first(String... values) {
        for (String value : values)
            if (value != null && !value.isBlank())
                return value.strip();
        return null;
    }
}
