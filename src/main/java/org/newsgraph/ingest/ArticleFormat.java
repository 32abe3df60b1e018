package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** Reads one kind of input file into articles. Implementations are immutable and thread-safe. */
interface ArticleFormat {

    /**
     * Reads {@code input}, giving each article to {@code onArticle} and each failure (of the file, or of one
     * record in it, the others going on) to {@code onError}. Never throws for bad content or I/O failure;
     * whatever the consumers throw propagates.
     */
    void read(Path input, Consumer<Article> onArticle, Consumer<ArticleInputException> onError);

    /**
     * As {@link #read(Path, Consumer, Consumer)}, telling {@code bytesRead} now and then how many bytes of the file
     * (as stored, compressed or not) have been read so far. Formats that read a file at once say nothing.
     */
    default void read(Path input, Consumer<Article> onArticle, Consumer<ArticleInputException> onError, LongConsumer bytesRead) {
        read(input, onArticle, onError);
    }
}
