package org.newsgraph.ingest;

import java.util.regex.Pattern;

/**
 * Makes the {@link Article} of a headline and a body found by a format, the same way for every format: line
 * endings become {@code \n}; NUL and other control characters (except tab and line feed) are removed, since they
 * carry no text and break XML and RDF output downstream; a body that begins with the headline again loses that
 * line; {@code text} is headline + "\n\n" + body. Stateless.
 */
final class ArticleAssembler {

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
     * @param defaultId the id when {@code fields} has none
     * @param origin    where it came from, for the article and for messages
     * @throws ArticleInputException when the headline or body is missing, or the id is unusable
     */
    static Article assemble(String headline, String body, String comments, ArticleFields fields, String defaultId,
                            String origin) {
        String title = headline == null ? "" : SPACES.matcher(clean(headline)).replaceAll(" ").strip();
        if (title.isEmpty())
            throw new ArticleInputException(origin, "no headline");
        String text = dropRepeatedHeadline(clean(body == null ? "" : body).strip(), title);
        if (text.isEmpty())
            throw new ArticleInputException(origin, "no article text after the headline");
        String id = fields.id() != null ? ArticleIds.given(fields.id(), origin) : defaultId;
        return new Article(id, title, title + "\n\n" + text, clean(comments).strip(), fields.url(), fields.publisher(),
                fields.published(), origin);
    }

    /** Line endings normalised to {@code \n}, control characters and stray byte-order marks removed. */
    static String clean(String text) {
        // One pass by hand: this runs over every byte read, and regular expressions made it the hot spot.
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean keep = c >= 0x20 ? c != 0x7F && c != 0x85 && c != '\u2028' && c != '\u2029' && c != '\uFEFF'
                    : c == '\t' || c == '\n';
            if (keep) {
                if (out != null)
                    out.append(c);
                continue;
            }
            if (out == null)
                out = new StringBuilder(length).append(text, 0, i);
            if (c == '\r' || c == '\f' || c == 0x85 || c == '\u2028' || c == '\u2029') {
                out.append('\n');
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n')
                    i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static String dropRepeatedHeadline(String body, String headline) {
        int end = body.indexOf('\n');
        String firstLine = end < 0 ? body : body.substring(0, end);
        if (!SPACES.matcher(firstLine).replaceAll(" ").strip().equals(headline))
            return body;
        return end < 0 ? "" : body.substring(end + 1).strip();
    }
}
