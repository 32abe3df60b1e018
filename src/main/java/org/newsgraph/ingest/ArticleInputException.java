package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Objects;

import org.newsgraph.NewsgraphException;

/**
 * An input that could not be read as an article: a missing or unreadable file, a binary or empty file,
 * a malformed sidecar or JSON line. {@link #getMessage()} is one line, {@code "origin: reason"}, meant to
 * be shown to the user as it is. Immutable.
 */
public class ArticleInputException extends NewsgraphException {

    private final String origin;
    private final String reason;

    /**
     * @param origin the file (or {@code file:line}) that failed, as the user gave it
     * @param reason why, in a few words; line breaks are folded into spaces
     */
    public ArticleInputException(String origin, String reason) {
        this(origin, reason, null);
    }

    /** As {@link #ArticleInputException(String, String)}, keeping the low-level cause for debugging. */
    public ArticleInputException(String origin, String reason, Throwable cause) {
        super(Objects.requireNonNull(origin, "origin") + ": " + oneLine(reason), cause);
        this.origin = origin;
        this.reason = oneLine(reason);
    }

    /** The file, or {@code file:line} for JSON Lines, as the user gave it. */
    public String origin() {
        return origin;
    }

    /** Why it failed, one line, without the origin. */
    public String reason() {
        return reason;
    }

    /** Translates a low-level I/O failure on {@code origin} into a short reason such as "permission denied". */
    static ArticleInputException of(String origin, IOException e) {
        String reason;
        if (e instanceof NoSuchFileException)
            reason = "no such file or directory";
        else if (e instanceof AccessDeniedException)
            reason = "permission denied";
        else if (e instanceof FileSystemLoopException)
            reason = "symbolic link loop";
        else if (e instanceof NotDirectoryException)
            reason = "not a directory";
        else
            reason = "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return new ArticleInputException(origin, reason, e);
    }

    private static String oneLine(String text) {
        return Objects.requireNonNull(text, "reason").strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
