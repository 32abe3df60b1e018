package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads news articles from the files users have: plain text ({@code .txt}, headline line then body), saved web
 * pages ({@code .html}, {@code .htm}) and JSON Lines data sets ({@code .jsonl}, {@code .jsonl.gz}, one article per
 * line), with an optional {@code NAME.json} sidecar of metadata beside a text or HTML file. Bad input never stops
 * the reading: each bad file or line is reported as an {@link ArticleInputException} and the rest goes on.
 *
 * <p>Limits and policies: a .txt or .html file, a sidecar and a JSON line are each read only up to
 * {@link ReadOptions#maxBytes()} (10 MiB by default; larger ones are refused before reading, so memory stays
 * bounded); bytes are decoded by byte-order mark, as UTF-8 when valid, else by the page's declared charset or
 * juniversalchardet's guess, else with {@link ReadOptions#fallbackCharset()} (windows-1252); a file starting with
 * the magic bytes of a PDF, image, archive or executable, or with more than 3% control characters, is refused as
 * binary; stray NUL and other control characters in text are removed. An article's date is kept only when it
 * parses to a full date, else it is null; a date never fails an article.
 *
 * <p>Stateless and thread-safe after construction: one reader may serve many threads, each reading other files.
 */
public final class ArticleReader {

    private final ReadOptions options;
    private final Map<InputKind, ArticleFormat> formats;
    private final JsonRecordParser records;
    private final JsonLinesFormat jsonLines;

    /** A reader with the given limits. */
    public ArticleReader(ReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        ObjectMapper json = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        TextDecoder decoder = new TextDecoder(options.fallbackCharset());
        Sidecar sidecar = new Sidecar(json, options.maxBytes());
        Map<InputKind, ArticleFormat> byKind = new EnumMap<>(InputKind.class);
        byKind.put(InputKind.TEXT, new DocumentFormat(new PlainTextParser(decoder), sidecar, options.maxBytes()));
        byKind.put(InputKind.HTML, new DocumentFormat(new HtmlPageParser(decoder, json), sidecar, options.maxBytes()));
        this.records = new JsonRecordParser(json, decoder);
        this.jsonLines = new JsonLinesFormat(records, options.maxBytes());
        byKind.put(InputKind.JSON_LINES, jsonLines);
        byKind.put(InputKind.JSON_LINES_GZIP, jsonLines);
        this.formats = Collections.unmodifiableMap(byKind);
    }

    /** Whether a file of this name is read as JSON Lines ({@code .jsonl}, or {@code .jsonl.gz} for gzip). */
    public static boolean isJsonLines(String fileName) {
        return InputKind.of(fileName).filter(k -> k == InputKind.JSON_LINES || k == InputKind.JSON_LINES_GZIP).isPresent();
    }

    /**
     * A reader of the JSON Lines file {@code fileName} whose bytes, as stored, come from {@code raw}: for files that
     * {@link #read} cannot open, such as those of a Hadoop file system. Lines are read and checked as {@link #read}
     * does; the reader closes {@code raw}.
     *
     * @param origin the file as the user named it (a path or URI), for origins and messages
     */
    public JsonLinesReader jsonLines(InputStream raw, String origin, String fileName) {
        return jsonLines.reader(raw, origin, fileName);
    }

    /**
     * The article of one JSON object with the fields of a JSON Lines record, record {@code number} (from 1) of a file
     * of another container (a row of a Parquet file turned into JSON): read as a JSON Lines line is, its origin
     * {@code ORIGIN:NUMBER} and, without an "id", its id made from its content as a line's is.
     *
     * @throws ArticleInputException when the record is not a JSON object with a title and a text
     */
    public Article jsonRecord(byte[] record, String origin, long number) {
        return records.parse(record, origin + ":" + number);
    }

    /** The options this reader was made with. */
    public ReadOptions options() {
        return options;
    }

    /**
     * The input files named by {@code paths}, in a stable order. A file is taken as given when its name ends in
     * .txt, .html, .htm, .jsonl or .jsonl.gz (any case); any other file is an error, not guessed at, so that a
     * mistyped argument or a sidecar given by hand is reported. A directory is walked recursively (following
     * symbolic links) for files with those endings, sorted by path; files and directories whose name starts with
     * a dot are skipped, and so are sidecar {@code .json} files. The same file named twice is listed once, where
     * it first appears (symbolic links resolved). A directory without inputs adds nothing and is no error. Paths
     * keep the form given, so that messages name files as the user wrote them.
     *
     * @param paths files and directories as the user named them
     * @return the input files, each once
     * @throws ArticleInputException for the first path that does not exist, cannot be listed or is a file of
     *                               another type; call once per path to hear about each
     */
    public List<Path> listInputs(List<Path> paths) {
        Set<Path> seen = new HashSet<>();
        List<Path> inputs = new ArrayList<>();
        for (Path path : paths) {
            Objects.requireNonNull(path, "path");
            if (Files.isDirectory(path)) {
                for (Path file : walk(path))
                    if (seen.add(identity(file)))
                        inputs.add(file);
            } else if (Files.exists(path)) {
                if (InputKind.of(path).isEmpty())
                    throw unsupported(path);
                if (seen.add(identity(path)))
                    inputs.add(path);
            } else {
                throw new ArticleInputException(path.toString(), "no such file or directory");
            }
        }
        return List.copyOf(inputs);
    }

    /**
     * Every file a build of {@code paths} reads: the inputs {@link #listInputs} lists and the sidecars beside those of
     * them that have one. For refusing to write over one of them.
     */
    public List<Path> filesRead(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path input : listInputs(paths)) {
            files.add(input);
            Path sidecar = Sidecar.pathOf(input);
            if (Files.exists(sidecar))
                files.add(sidecar);
        }
        return files;
    }

    /**
     * Reads the articles of one input file: one for .txt, .html and .htm, one per non-blank line for .jsonl and
     * .jsonl.gz (streamed, so a data set of any size is read in constant memory). Articles go to
     * {@code onArticle} as they are read. A bad file (missing, unreadable, empty, binary, too large, with a
     * malformed sidecar, of an unknown type) and each bad JSON line go to {@code onError}, the other lines going
     * on; this method does not throw for bad input. Exceptions thrown by the consumers propagate.
     *
     * @param input     a file, normally one from {@link #listInputs(List)}
     * @param onArticle receives each article, in file order
     * @param onError   receives each bad file or line, as "origin: reason"
     */
    public void read(Path input, Consumer<Article> onArticle, Consumer<ArticleInputException> onError) {
        read(input, onArticle, onError, bytes -> { });
    }

    /**
     * As {@link #read(Path, Consumer, Consumer)}, telling {@code bytesRead} as the reading goes how many bytes of a
     * JSON Lines file (as stored: compressed for .jsonl.gz) were read so far, for a progress bar; a buffer's worth
     * ahead of the articles delivered. Said nothing for single-article files.
     */
    public void read(Path input, Consumer<Article> onArticle, Consumer<ArticleInputException> onError, LongConsumer bytesRead) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(onArticle, "onArticle");
        Objects.requireNonNull(onError, "onError");
        Objects.requireNonNull(bytesRead, "bytesRead");
        Optional<ArticleFormat> format = InputKind.of(input).map(formats::get);
        if (format.isEmpty())
            onError.accept(unsupported(input));
        else
            format.get().read(input, onArticle, onError, bytesRead);
    }

    /** The real path of a file, so that one reached through a symbolic link too is read once. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize(); // gone since listing: read() will report it
        }
    }

    private static ArticleInputException unsupported(Path path) {
        return new ArticleInputException(path.toString(),
                "not an article input; expected a file ending in " + InputKind.SUFFIXES + ", or a directory");
    }

    private static List<Path> walk(Path directory) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(directory, Set.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            return !dir.equals(directory) && isHidden(dir)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile() && !isHidden(file) && InputKind.of(file).isPresent())
                                files.add(file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            // A link back up the tree only leads to files listed already; a file gone since
                            // the directory was read is not an input any more.
                            if (isHidden(file) || e instanceof FileSystemLoopException || Files.notExists(file))
                                return FileVisitResult.CONTINUE;
                            throw e;
                        }
                    });
        } catch (IOException e) {
            String failed = e instanceof FileSystemException f && f.getFile() != null
                    ? f.getFile() : directory.toString();
            throw ArticleInputException.of(failed, e);
        }
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
