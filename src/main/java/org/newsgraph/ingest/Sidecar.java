package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the optional metadata file beside an article: {@code NAME.json} (or {@code NAME.JSON}) next to
 * {@code NAME.txt} or {@code NAME.html}, one JSON object with the fields of {@link ArticleFields} (url, publisher or
 * source, published or date or datePublished, id, headline or title). Immutable and thread-safe.
 */
final class Sidecar {

    private final ObjectMapper json;
    private final long maxBytes;

    Sidecar(ObjectMapper json, long maxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
    }

    /** Where the sidecar of {@code article} would be, named as the article was (relative stays relative). */
    static Path pathOf(Path article) {
        String stem = InputKind.stripExtension(article.getFileName().toString());
        Path lower = article.resolveSibling(stem + ".json");
        Path upper = article.resolveSibling(stem + ".JSON");
        return Files.notExists(lower, LinkOption.NOFOLLOW_LINKS) && Files.exists(upper) ? upper : lower;
    }

    /**
     * The fields of {@code article}'s sidecar, or {@link ArticleFields#NONE} when it has none.
     *
     * @throws ArticleInputException naming the sidecar file when it cannot be read, is not JSON or has a field of
     *                               the wrong type
     */
    ArticleFields read(Path article) {
        Path file = pathOf(article);
        if (Files.notExists(file))
            return ArticleFields.NONE;
        String origin = file.toString();
        byte[] bytes = BoundedFileReader.read(file, maxBytes, origin);
        try {
            // Jackson detects UTF-8/16/32 and skips a byte-order mark, as RFC 8259 allows.
            return ArticleFields.of(json.readTree(bytes), origin);
        } catch (JacksonException e) {
            throw new ArticleInputException(origin, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw ArticleInputException.of(origin, e);
        }
    }
}
