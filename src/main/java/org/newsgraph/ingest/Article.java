package org.newsgraph.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article after reading and cleaning. {@code text} is what the NLP stages see and what every
 * character offset refers to: the headline, a blank line, then the body. Reader comments, when the page
 * had them, are kept apart in {@code comments} (empty when none) so that they never feed the fact graph
 * unless asked for. Serializable, so that the Spark job can hand articles from its reading stage to its workers.
 *
 * @param id        stable identifier as the input gives it: its "id", else the file name without extension, else one
 *                  made from a JSON Lines record's content; any characters but control ones (IRIs percent-encode it)
 * @param headline  the first line of the article
 * @param text      headline + "\n\n" + body, cleaned of page clutter
 * @param comments  reader comments that followed the article, or ""
 * @param url       where the article was published, or null
 * @param publisher the outlet, or null
 * @param published the publication date, or null when unknown
 * @param origin    where it was read from (a path, or path:line for JSON Lines), for messages
 */
public record Article(String id, String headline, String text, String comments,
                      String url, String publisher, LocalDate published, String origin) implements Serializable {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (id.isBlank())
            throw new IllegalArgumentException("Article id is blank: " + origin);
        comments = comments == null ? "" : comments;
    }

    /** SHA-256 of everything that decides the article's facts; an unchanged article is not rebuilt. */
    public String contentHash() {
        return HexFormat.of().formatHex(Sha256.ofParts(id, text, comments, String.valueOf(url), String.valueOf(publisher),
                String.valueOf(published)));
    }
}
