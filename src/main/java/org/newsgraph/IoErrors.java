package org.newsgraph;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * The words for a failed file operation, for one-line messages. Java's file exceptions carry the path as their
 * message and keep the reason apart, or only in their type; printed as they are, "cannot create store x" ended
 * with the path again and never said "permission denied".
 */
public final class IoErrors {
    private IoErrors() {}

    /** Why {@code e} happened, in a few lower-case words: "permission denied", "no space left on device"... */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException)
            return "no such file or directory";
        if (e instanceof AccessDeniedException)
            return "permission denied";
        if (e instanceof FileSystemLoopException)
            return "symbolic link loop";
        if (e instanceof NotDirectoryException)
            return "not a directory";
        if (e instanceof FileAlreadyExistsException f)
            return "a file is in the way: " + f.getFile();
        // The message names the file already; the reason is what is missing.
        if (e instanceof FileSystemException f && f.getReason() != null)
            return f.getReason().toLowerCase(Locale.ROOT);
        if (isNoSpace(e))
            return "no space left on device";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Whether {@code e}, or what caused it, is a file system that is full. */
    public static boolean isNoSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("no space left"))
                return true;
        }
        return false;
    }
}
