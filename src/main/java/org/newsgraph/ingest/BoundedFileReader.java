package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a whole file into memory only when it is a regular file of at most a given size: the size is checked
 * before reading and the read itself stops one byte past the limit, so a file that grows meanwhile, or lies
 * about its size (a device, /proc), cannot exhaust the heap. Stateless.
 */
final class BoundedFileReader {

    private BoundedFileReader() {
    }

    /**
     * The bytes of {@code file}.
     *
     * @param origin   the name used in messages
     * @throws ArticleInputException when the file is missing, unreadable, not a regular file or above {@code maxBytes}
     */
    static byte[] read(Path file, long maxBytes, String origin) {
        try {
            BasicFileAttributes attributes = regularFile(file, origin);
            if (attributes.size() > maxBytes)
                throw tooLarge(origin, "file", attributes.size(), maxBytes);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) maxBytes + 1);
                if (bytes.length > maxBytes)
                    throw tooLarge(origin, "file", -1, maxBytes);
                return bytes;
            }
        } catch (IOException e) {
            throw ArticleInputException.of(origin, e);
        }
    }

    /**
     * Opens {@code file} as a channel for streaming, whose position tells how far the reading got, checking first that
     * it is a regular file.
     *
     * @throws ArticleInputException when the file is missing, unreadable or not a regular file
     */
    static FileChannel openChannel(Path file, String origin) {
        try {
            regularFile(file, origin);
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw ArticleInputException.of(origin, e);
        }
    }

    private static BasicFileAttributes regularFile(Path file, String origin) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory())
            throw new ArticleInputException(origin, "is a directory, not a file");
        if (!attributes.isRegularFile())
            throw new ArticleInputException(origin, "not a regular file");
        return attributes;
    }

    /** The error for an input ({@code what}: "file", "line") above the limit; {@code size} is -1 when not known. */
    static ArticleInputException tooLarge(String origin, String what, long size, long maxBytes) {
        String actual = size < 0 ? String.format("more than %,d", maxBytes) : String.format("%,d", size);
        return new ArticleInputException(origin, String.format(
                "%s is %s bytes, above the limit of %,d bytes (--max-article-size)", what, actual, maxBytes));
    }
}
