package org.newsgraph.ingest;

import java.util.regex.Pattern;

/**
 * Makes the {@link Article} of a headline and a body found by a format, the same way for every format: line
 * endings become {@code \n}; NUL and other control characters (except tab and line feed) are removed, since they
 * carry no text and break XML and RDF output downstream; a body that begins with the headline again loses that
 * line; {@code text} is headline + "\n\n" + body. Stateless.
 */
final class ArticleAssembler {

    private static final Pattern LINE_END = Pattern.compile("\r\n?|[\f\u0085\u2028\u2029]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ArticleAssembler() {
    }

    /**
     * The article.
     *
     * @param headline  the headline, may span lines (they are joined); null or blank is an error
     * @param body      the article text after the headline; blank is an error
     * @param comments  reader comments kept apart from the text, or ""
     * @param fields    metadata (sidecar or record); its id, url, publisher and date are used when present
     * @param defaultId the id when {@code fields} has none, already a slug
     * @param origin    where it came from, for the article and for messages
     * @throws ArticleInputException when the headline or body is missing
     */
    static Article assemble(String headline, String body, String comments, ArticleFields fields, String defaultId,
                            String origin) {
        String title = headline == null ? "" : SPACES.matcher(clean(headline)).replaceAll(" ").strip();
        if (title.isEmpty())
            throw new ArticleInputException(origin, "no headline");
        String text = dropRepeatedHeadline(clean(body == null ? "" : body).strip(), title);
        if (text.isEmpty())
            throw new ArticleInputException(origin, "no article text after the headline");
        String id = fields.id() != null ? ArticleIds.slug(fields.id()) : defaultId;
        return new Article(id, title, title + "\n\n" + text, clean(comments).strip(), fields.url(), fields.publisher(),
                fields.published(), origin);
    }

    /** Line endings normalised to {@code \n}, control characters and stray byte-order marks removed. */
    static String clean(String text) {
        return CONTROL.matcher(LINE_END.matcher(text).replaceAll("\n")).replaceAll("");
    }

    private static String dropRepeatedHeadline(String body, String headline) {
        int end = body.indexOf('\n');
        String firstLine = end < 0 ? body : body.substring(0, end);
        if (!SPACES.matcher(firstLine).replaceAll(" ").strip().equals(headline))
            return body;
        return end < 0 ? "" : body.substring(end + 1).strip();
    }
}
