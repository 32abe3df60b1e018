package org.newsgraph.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON Lines data sets, plain or gzip-compressed: one JSON object per line with "title" and "text" and optionally
 * "id", "date", "url", "source" (see {@link ArticleFields} for synonyms). Streamed line by line, so memory holds one
 * line at a time. Each article's origin is {@code FILE:LINE}; its id its "id" as written, else one made from its
 * content ({@link ArticleIds#fromContent}). A bad line goes to the error consumer and the next line is read; blank lines are
 * skipped; a broken stream (truncated gzip) is reported for the file after the lines before it were delivered.
 * Immutable and thread-safe.
 */
final class JsonLinesFormat implements ArticleFormat {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final ObjectMapper json;
    private final TextDecoder decoder;
    private final long maxLineBytes;
    private final boolean gzip;

    /**
     * @param maxLineBytes the longest line read; longer ones are reported and skipped
     * @param gzip         whether the file is gzip-compressed
     */
    JsonLinesFormat(ObjectMapper json, TextDecoder decoder, long maxLineBytes, boolean gzip) {
        this.json = json;
        this.decoder = decoder;
        this.maxLineBytes = maxLineBytes;
        this.gzip = gzip;
    }

    @Override
    public void read(Path input, Consumer<Article> onArticle, Consumer<ArticleInputException> onError) {
        String origin = input.toString();
        long lineNumber = 0;
        int articles = 0;
        boolean anyLine = false;
        InputStream raw;
        try {
            raw = BoundedFileReader.open(input, origin);
        } catch (ArticleInputException e) {
            onError.accept(e);
            return;
        }
        try (raw; InputStream in = decompressed(raw)) {
            LineReader lines = new LineReader(in, maxLineBytes);
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                lineNumber++;
                String lineOrigin = origin + ":" + lineNumber;
                if (line.tooLong()) {
                    onError.accept(BoundedFileReader.tooLarge(lineOrigin, "line", line.length(), maxLineBytes));
                    anyLine = true;
                    continue;
                }
                if (isBlank(line.bytes()))
                    continue;
                if (!anyLine) {
                    // A PDF or an image renamed .jsonl would otherwise give an error for every "line".
                    Optional<String> binary = BinaryDetector.whyBinary(line.bytes());
                    if (binary.isPresent()) {
                        onError.accept(new ArticleInputException(origin, binary.get()));
                        return;
                    }
                }
                anyLine = true;
                Article article;
                try {
                    article = parse(line.bytes(), lineOrigin);
                } catch (ArticleInputException e) {
                    onError.accept(e);
                    continue;
                }
                articles++;
                onArticle.accept(article);
            }
            if (!anyLine)
                onError.accept(new ArticleInputException(origin, lineNumber == 0 ? "empty file" : "only blank lines"));
        } catch (IOException e) {
            onError.accept(streamFailure(origin, e, lineNumber, articles));
        }
    }

    /** The line reader buffers, so only gzip needs a stream of its own. */
    private InputStream decompressed(InputStream raw) throws IOException {
        return gzip ? new GZIPInputStream(raw, BUFFER_BYTES) : raw;
    }

    private Article parse(byte[] line, String origin) {
        ArticleFields fields;
        try {
            fields = ArticleFields.of(json.readTree(decoder.decode(line)), origin);
        } catch (JacksonException e) {
            throw new ArticleInputException(origin, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (fields.headline() == null)
            throw new ArticleInputException(origin, "no title (field \"title\" or \"headline\")");
        if (fields.text() == null)
            throw new ArticleInputException(origin, "no text (field \"text\" or \"body\")");
        String defaultId = fields.id() != null ? null : ArticleIds.fromContent(fields);
        return ArticleAssembler.assemble(fields.headline(), fields.text(), "", fields, defaultId, origin);
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line)
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f')
                return false;
        return true;
    }

    private ArticleInputException streamFailure(String origin, IOException e, long lineNumber, int articles) {
        String after = lineNumber == 0 ? "at the start" : "after line " + lineNumber + " (" + articles + " articles read)";
        if (gzip && e instanceof EOFException)
            return new ArticleInputException(origin, "truncated gzip data " + after, e);
        if (gzip && e instanceof ZipException)
            return new ArticleInputException(origin, "not valid gzip data " + after + ": " + e.getMessage(), e);
        ArticleInputException io = ArticleInputException.of(origin, e);
        return new ArticleInputException(origin, io.reason() + " " + after, e);
    }
}
