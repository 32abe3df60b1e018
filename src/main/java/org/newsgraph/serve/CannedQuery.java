package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One of the canned queries shipped in {@code ontology/queries/} (and in the jar): its name (the file's, without
 * {@code .rq}), what it answers (its leading comment) and its SPARQL text.
 */
record CannedQuery(String name, String description, String text) {
    static final String RESOURCE = "ontology/queries";

    /** The canned queries on the class path, by name; none when the directory is missing. */
    static List<CannedQuery> load() {
        URL url = CannedQuery.class.getClassLoader().getResource(RESOURCE);
        if (url == null)
            return List.of();
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme()))
                return read(Path.of(uri));
            // In the jar: a zip file system, which may already be open (another page loaded the queries).
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            return read(jar.provider().getPath(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the canned queries in " + url, e);
        }
    }

    private static List<CannedQuery> read(Path dir) throws IOException {
        List<CannedQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                String comment = text.lines().takeWhile(l -> l.startsWith("#"))
                        .map(l -> l.replaceFirst("^#+\\s?", "")).collect(Collectors.joining(" ")).strip();
                // The first sentence says what the query answers; the rest is about how.
                int stop = comment.indexOf(". ");
                String description = stop < 0 ? comment : comment.substring(0, stop + 1);
                queries.add(new CannedQuery(name, description, text));
            }
        }
        return List.copyOf(queries);
    }
}
