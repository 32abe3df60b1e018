package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * JSON Lines data sets, plain or gzip-compressed: one JSON object per line with "title" and "text" and optionally
 * "id", "date", "url", "source" (see {@link ArticleFields} for synonyms), read by a {@link JsonLinesReader}. Streamed
 * line by line, so memory holds one line at a time. Immutable and thread-safe.
 */
final class JsonLinesFormat implements ArticleFormat {

    private final JsonRecordParser parser;
    private final long maxLineBytes;

    /** @param maxLineBytes the longest line read; longer ones are reported and skipped */
    JsonLinesFormat(JsonRecordParser parser, long maxLineBytes) {
        this.parser = parser;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void read(Path input, Consumer<Article> onArticle, Consumer<ArticleInputException> onError) {
        String origin = input.toString();
        InputStream raw;
        try {
            raw = BoundedFileReader.open(input, origin);
        } catch (ArticleInputException e) {
            onError.accept(e);
            return;
        }
        try (JsonLinesReader records = reader(raw, origin, input.getFileName().toString())) {
            while (records.next(onArticle, onError)) {
                // each call delivers one record
            }
        } catch (IOException e) {
            // Closing a stream that was only read from: nothing of the articles is lost.
        }
    }

    JsonLinesReader reader(InputStream raw, String origin, String fileName) {
        return new JsonLinesReader(raw, origin, fileName, parser, maxLineBytes);
    }
}
