package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.newsgraph.IoErrors;

/**
 * Writes a file the way every command writes its output: its directory made first, the content
 * written to a temporary file beside it and moved over the old one only once complete, so that a failure (a full
 * disk, an error in the middle) leaves the old file as it was and no half-written one.
 */
final class OutputFile {
    /** Writes the content of a file; may fail with an IOException. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {}

    /**
     * Refuses, before any work, an output that would destroy something: a directory, a file inside the store, or
     * one of the files the command reads.
     *
     * @param label       how the output is named in the message, e.g. {@code --out graph.ttl}
     * @param exampleName a file name to suggest when the output is a directory, e.g. {@code graph.ttl}
     * @param store       the store the command opens, or null
     * @throws UsageException naming the output and the reason
     */
    static void checkSafe(String label, Path file, String exampleName, Path store, List<Path> filesRead) {
        if (Files.isDirectory(file))
            throw new UsageException(label + " is a directory: give a file name, e.g. " + file.resolve(exampleName));
        if (store != null && real(file).startsWith(real(store)))
            throw new UsageException(label + " is inside the store " + store + ": write it elsewhere");
        if (Files.exists(file))
            for (Path read : filesRead)
                if (real(read).equals(real(file)))
                    throw new UsageException(label + " is an input of this command: it would be overwritten");
    }

    /** The path with symbolic links and {@code ..} resolved as far as it exists. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            return parent == null ? absolute : real(parent).resolve(absolute.getFileName());
        }
    }

    /** @throws CommandException naming the file and why, "no space left on device" included */
    static void write(Path file, Content content) {
        Path parent = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(parent);
            // Not Files.createTempFile: its file is readable by its owner only, and so would the output be.
            temporary = parent.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(System.nanoTime()) + ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CommandException(file + ": cannot write: " + IoErrors.reason(e), e);
        } catch (RuntimeException e) {
            // A writer's error may wrap the disk's: say which.
            if (IoErrors.isNoSpace(e))
                throw new CommandException(file + ": cannot write: no space left on device", e);
            throw e;
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // Best effort: the real failure, if any, is already on its way.
                }
            }
        }
    }
}
