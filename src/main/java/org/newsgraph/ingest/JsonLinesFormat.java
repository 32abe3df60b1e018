package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

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
        read(input, onArticle, onError, bytes -> { });
    }

    /** Reports the file position after each line: of the compressed bytes for .jsonl.gz, read ahead by the buffers. */
    @Override
    public void read(Path input, Consumer<Article> onArticle, Consumer<ArticleInputException> onError, LongConsumer bytesRead) {
        String origin = input.toString();
        FileChannel channel;
        try {
            channel = BoundedFileReader.openChannel(input, origin);
        } catch (ArticleInputException e) {
            onError.accept(e);
            return;
        }
        try (channel; JsonLinesReader records = reader(Channels.newInputStream(channel), origin, input.getFileName().toString())) {
            while (records.next(onArticle, onError))
                bytesRead.accept(channel.position());
        } catch (IOException e) {
            // Closing a stream that was only read from: nothing of the articles is lost.
        }
    }

    JsonLinesReader reader(InputStream raw, String origin, String fileName) {
        return new JsonLinesReader(raw, origin, fileName, parser, maxLineBytes);
    }
}
