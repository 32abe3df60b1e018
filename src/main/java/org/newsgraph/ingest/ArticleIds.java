package org.newsgraph.ingest;

import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes article ids. An id is what the input says it is, kept as written so that a user can name the article by
 * it: the {@code "id"} a JSON Lines record or a sidecar gives, else the file's name without its extension
 * ({@code My Story.txt} is {@code My Story}, {@code my-story.txt} is {@code my-story}). A JSON Lines record without an
 * id has no name of its own, and many files share a name ({@code 2016-11/articles.jsonl},
 * {@code 2016-12/articles.jsonl}): it is named by its content, its headline's slug and a fingerprint of the record,
 * the same for the same record on every run. The IRI percent-encodes whatever an id holds. Stateless.
 */
final class ArticleIds {

    /** The longest id kept: an IRI segment and a message line should stay readable. */
    static final int MAX_LENGTH = 256;
    /** The longest headline slug in an id made from content. */
    static final int MAX_SLUG_LENGTH = 60;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ArticleIds() {
    }

    /**
     * An id given in the input, as given but for surrounding white space.
     *
     * @throws ArticleInputException naming {@code origin} when it has control characters or is over {@value #MAX_LENGTH}
     *                               characters
     */
    static String given(String id, String origin) {
        return checked(id.strip(), origin, "its id");
    }

    /** The file name without its input extension (.txt, .html, .htm), as written. */
    static String fromFileName(String fileName, String origin) {
        return checked(InputKind.stripExtension(fileName), origin, "its file name, its id,");
    }

    /**
     * The id of a record that gives none: the slug of its headline, a dash and 16 hex digits of the SHA-256 of all
     * its fields. Another record, or this one changed, is another article.
     */
    static String fromContent(ArticleFields fields) {
        String slug = slug(fields.headline() == null ? "" : fields.headline());
        if (slug.length() > MAX_SLUG_LENGTH)
            slug = trimDashes(slug.substring(0, MAX_SLUG_LENGTH));
        byte[] hash = Sha256.ofParts(String.valueOf(fields.headline()), String.valueOf(fields.text()),
                String.valueOf(fields.url()), String.valueOf(fields.publisher()), String.valueOf(fields.published()));
        return (slug.isEmpty() ? "article" : slug) + "-" + HexFormat.of().formatHex(hash, 0, 8);
    }

    private static String checked(String id, String origin, String what) {
        if (id.isEmpty())
            throw new ArticleInputException(origin, what + " is empty");
        if (CONTROL.matcher(id).find())
            throw new ArticleInputException(origin, what + " has control characters");
        if (id.length() > MAX_LENGTH)
            throw new ArticleInputException(origin, what + " is longer than " + MAX_LENGTH + " characters");
        return id;
    }

    /**
     * The slug of {@code text}: accents dropped, lower case, every run of other characters turned into one dash, no
     * leading or trailing dash; empty when no letter or digit is left.
     */
    static String slug(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .replace("ß", "ss").toLowerCase(Locale.ROOT);
        return trimDashes(NOT_SLUG.matcher(folded).replaceAll("-"));
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
}
