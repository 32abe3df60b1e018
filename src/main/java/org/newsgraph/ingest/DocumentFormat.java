package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A file holding one article: reads it whole within the size limit, refuses empty and binary files, reads the
 * sidecar and hands the bytes to its {@link DocumentParser}. Immutable and thread-safe.
 */
final class DocumentFormat implements ArticleFormat {

    private final DocumentParser parser;
    private final Sidecar sidecar;
    private final long maxBytes;

    DocumentFormat(DocumentParser parser, Sidecar sidecar, long maxBytes) {
        this.parser = parser;
        this.sidecar = sidecar;
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Path input, Consumer<Article> onArticle, Consumer<ArticleInputException> onError) {
        Article article;
        try {
            article = parse(input);
        } catch (ArticleInputException e) {
            onError.accept(e);
            return;
        }
        onArticle.accept(article);
    }

    private Article parse(Path input) {
        String origin = input.toString();
        byte[] bytes = BoundedFileReader.read(input, maxBytes, origin);
        if (bytes.length == 0)
            throw new ArticleInputException(origin, "empty file");
        Optional<String> binary = BinaryDetector.whyBinary(bytes);
        if (binary.isPresent())
            throw new ArticleInputException(origin, binary.get());
        ArticleFields fields = sidecar.read(input);
        String defaultId = fields.id() != null ? null : ArticleIds.fromFileName(input.getFileName().toString(), origin);
        return parser.parse(bytes, fields, defaultId, origin);
    }
}
