package org.newsgraph.ingest;

/**
 * Plain-text articles: the first non-empty line is the headline, the rest is the body. A sidecar headline
 * replaces the first line when it differs from it, in which case the whole file is the body. Thread-safe.
 */
final class PlainTextParser implements DocumentParser {

    private final TextDecoder decoder;

    PlainTextParser(TextDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public Article parse(byte[] bytes, ArticleFields sidecar, String defaultId, String origin) {
        String content = ArticleAssembler.clean(decoder.decode(bytes)).strip();
        if (content.isEmpty())
            throw new ArticleInputException(origin, "file has only whitespace");
        int end = content.indexOf('\n');
        String firstLine = end < 0 ? content : content.substring(0, end);
        String headline = sidecar.headline() != null ? sidecar.headline() : firstLine;
        // The body starts with the headline line; the assembler drops it when it repeats the headline.
        return ArticleAssembler.assemble(headline, content, "", sidecar, defaultId, origin);
    }
}
