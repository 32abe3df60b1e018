package org.newsgraph.ingest;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The records of one JSON Lines stream, plain or gzip-compressed, read one line per call to {@link #next}, so that a
 * caller may pull them (the Spark job reads files of any file system this way) as well as push them
 * ({@code build}). Each article's origin is {@code ORIGIN:LINE}; its id its "id" as written, else one made from its
 * content ({@link JsonRecordParser#parse}), so that records of files of one name never share one. A bad line goes to the error consumer and the next call reads on; blank lines are skipped;
 * a file whose first line looks binary, and a broken stream (truncated gzip), are one error for the file, reported
 * after the lines before it were delivered. Not thread-safe; closes the stream it was given.
 */
public final class JsonLinesReader implements Closeable {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream raw;
    private final String origin;
    private final boolean gzip;
    private final JsonRecordParser parser;
    private final long maxLineBytes;
    private LineReader lines;
    private long lineNumber;
    private int articles;
    private boolean anyLine;
    private boolean ended;

    /**
     * @param raw      the file's bytes as stored (compressed or not)
     * @param origin   the file as the user named it, for messages and origins
     * @param fileName the file's name, which ending in .gz, says gzip
     */
    JsonLinesReader(InputStream raw, String origin, String fileName, JsonRecordParser parser, long maxLineBytes) {
        this.raw = raw;
        this.origin = origin;
        this.gzip = InputKind.of(fileName).orElse(null) == InputKind.JSON_LINES_GZIP;
        this.parser = parser;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Reads up to the next non-blank line and hands its article, or what was wrong with it, to one of the consumers.
     * At the end of the stream, reports an empty file or a broken stream, if so, and returns false; so does every
     * later call. Exceptions thrown by the consumers propagate.
     */
    public boolean next(Consumer<Article> onArticle, Consumer<ArticleInputException> onError) {
        if (ended)
            return false;
        try {
            if (lines == null)
                lines = new LineReader(gzip ? new GZIPInputStream(raw, BUFFER_BYTES) : raw, maxLineBytes);
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                lineNumber++;
                String lineOrigin = origin + ":" + lineNumber;
                if (line.tooLong()) {
                    anyLine = true;
                    onError.accept(BoundedFileReader.tooLarge(lineOrigin, "line", line.length(), maxLineBytes));
                    return true;
                }
                if (isBlank(line.bytes()))
                    continue;
                if (!anyLine) {
                    // A PDF or an image renamed .jsonl would otherwise give an error for every "line".
                    Optional<String> binary = BinaryDetector.whyBinary(line.bytes());
                    if (binary.isPresent()) {
                        ended = true;
                        onError.accept(new ArticleInputException(origin, binary.get()));
                        return false;
                    }
                }
                anyLine = true;
                Article article;
                try {
                    article = parser.parse(line.bytes(), lineOrigin);
                } catch (ArticleInputException e) {
                    onError.accept(e);
                    return true;
                }
                articles++;
                onArticle.accept(article);
                return true;
            }
            ended = true;
            if (!anyLine)
                onError.accept(new ArticleInputException(origin, lineNumber == 0 ? "empty file" : "only blank lines"));
            return false;
        } catch (IOException e) {
            ended = true;
            onError.accept(streamFailure(e));
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line)
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f')
                return false;
        return true;
    }

    private ArticleInputException streamFailure(IOException e) {
        String after = lineNumber == 0 ? "at the start" : "after line " + lineNumber + " (" + articles + " articles read)";
        if (gzip && e instanceof EOFException)
            return new ArticleInputException(origin, "truncated gzip data " + after, e);
        if (gzip && e instanceof ZipException)
            return new ArticleInputException(origin, "not valid gzip data " + after + ": " + e.getMessage(), e);
        ArticleInputException io = ArticleInputException.of(origin, e);
        return new ArticleInputException(origin, io.reason() + " " + after, e);
    }
}
