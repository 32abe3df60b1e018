package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input file types the reader knows, recognised by file-name suffix, case-insensitively. */
enum InputKind {
    TEXT(".txt"),
    HTML(".html", ".htm"),
    JSON_LINES(".jsonl"),
    JSON_LINES_GZIP(".jsonl.gz");

    /** For messages: every suffix read, in one phrase. */
    static final String SUFFIXES = ".txt, .html, .htm, .jsonl or .jsonl.gz";

    private final String[] suffixes;

    InputKind(String... suffixes) {
        this.suffixes = suffixes;
    }

    /** The kind of the file by its name, or empty for any other file (sidecars included). */
    static Optional<InputKind> of(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : of(name.toString());
    }

    static Optional<InputKind> of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        // .jsonl.gz before anything shorter; a bare ".txt" has no name and is not an input.
        for (InputKind kind : values())
            for (String suffix : kind.suffixes)
                if (lower.endsWith(suffix) && lower.length() > suffix.length())
                    return Optional.of(kind);
        return Optional.empty();
    }

    /** The file name without an input suffix; other names are returned unchanged. */
    static String stripExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (InputKind kind : values())
            for (String suffix : kind.suffixes)
                if (lower.endsWith(suffix) && lower.length() > suffix.length())
                    return fileName.substring(0, fileName.length() - suffix.length());
        return fileName;
    }
}
