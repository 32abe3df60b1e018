package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the input files of some directories that are new or changed since they were last handed out and have stopped
 * changing, by polling: each {@link #poll} lists the inputs as {@link ArticleReader#listInputs} does and looks at each
 * file's size and modification time. A file is handed out once both are the same as at the previous poll and it was
 * last modified at least {@code settle} ago, so that a file still being written is not read half; it is handed out
 * again only when its size or modification time changes. A file that disappears is forgotten (if it comes back it
 * counts as new). The first poll hands out nothing: it only sees what is there.
 *
 * <p>Polling, not {@link java.nio.file.WatchService}: a watch service says that a file was written to, not that its
 * writer is done, so the settle check needs the polling anyway; it does not see into subdirectories, each of which
 * would have to be registered as it appears (racing with the files created meanwhile); it drops events on overflow; and
 * on macOS it polls itself, while on NFS or SMB mounts it misses the other machines' writes. The cost of a poll is a
 * directory walk and one stat per input file, whatever the store holds.
 *
 * <p>Not thread-safe: one thread polls.
 */
public final class InputPoller {
    /** What is looked at to tell that a file changed. */
    private record Signature(long size, Instant modified) {
    }

    private final ArticleReader reader;
    private final List<Path> directories;
    private final Duration settle;
    /** Each input at the last poll. */
    private Map<Path, Signature> seen = new HashMap<>();
    /** Each input as it was when last handed out. */
    private final Map<Path, Signature> handedOut = new HashMap<>();

    /**
     * @param reader      lists the inputs, so that exactly the files {@code build} reads are found
     * @param directories the directories to poll (walked recursively)
     * @param settle      how long a file must have been left alone before it is handed out
     */
    public InputPoller(ArticleReader reader, List<Path> directories, Duration settle) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.directories = List.copyOf(directories);
        this.settle = Objects.requireNonNull(settle, "settle");
        if (settle.isNegative())
            throw new IllegalArgumentException("settle time must not be negative, not " + settle);
    }

    /**
     * The inputs that are new or changed since last handed out and have settled, in the listing's order, each now
     * counted as handed out.
     *
     * @param now the time of this poll, against which the files' modification times are judged
     * @throws ArticleInputException when a directory cannot be listed (it was removed, or lost its permissions);
     *                               the next poll tries again
     */
    public List<Path> poll(Instant now) {
        Map<Path, Signature> current = new HashMap<>();
        List<Path> ready = new ArrayList<>();
        for (Path file : reader.listInputs(directories)) {
            Signature signature = signature(file);
            if (signature == null)
                continue; // gone since the listing
            current.put(file, signature);
            boolean settled = signature.equals(seen.get(file)) && !signature.modified().plus(settle).isAfter(now);
            if (settled && !signature.equals(handedOut.get(file))) {
                handedOut.put(file, signature);
                ready.add(file);
            }
        }
        handedOut.keySet().retainAll(current.keySet());
        seen = current;
        return ready;
    }

    private static Signature signature(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Signature(attributes.size(), attributes.lastModifiedTime().toInstant());
        } catch (IOException e) {
            return null;
        }
    }
}
