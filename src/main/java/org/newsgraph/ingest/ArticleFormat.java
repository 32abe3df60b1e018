package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads one kind of input file into articles. Implementations are immutable and thread-safe. */
interface ArticleFormat {

    /**
     * Reads {@code input}, giving each article to {@code onArticle} and each failure (of the file, or of one
     * record in it, the others going on) to {@code onError}. Never throws for bad content or I/O failure;
     * whatever the consumers throw propagates.
     */
    void read(Path input, Consumer<Article> onArticle, Consumer<ArticleInputException> onError);
}
