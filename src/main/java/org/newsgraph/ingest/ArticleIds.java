package org.newsgraph.ingest;

import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes article ids: lower-case slugs of {@code [a-z0-9-]}, safe in an IRI path segment, the same for the same
 * input on every run and never blank. Stateless.
 */
final class ArticleIds {

    /** Long enough for any file name people write, short enough for an IRI and a file name. */
    static final int MAX_LENGTH = 120;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private ArticleIds() {
    }

    /**
     * The slug of {@code text}: accents dropped, every run of other characters turned into one dash, no
     * leading or trailing dash. Text with no letter or digit left (all punctuation, or a non-Latin script)
     * gets {@code "article-"} and a hash of the text, so different names still get different ids.
     */
    static String slug(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .replace("ß", "ss").toLowerCase(Locale.ROOT);
        String slug = trimDashes(NOT_SLUG.matcher(folded).replaceAll("-"));
        if (slug.length() > MAX_LENGTH)
            slug = trimDashes(slug.substring(0, MAX_LENGTH));
        return slug.isEmpty() ? "article-" + shortHash(text) : slug;
    }

    /** The slug of a file name without its input extension (.txt, .html, .htm, .jsonl, .jsonl.gz). */
    static String fromFileName(String fileName) {
        return slug(InputKind.stripExtension(fileName));
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-')
            start++;
        while (end > start && s.charAt(end - 1) == '-')
            end--;
        return s.substring(start, end);
    }

    private static String shortHash(String text) {
        return HexFormat.of().formatHex(Sha256.of(text), 0, 6);
    }
}
