package org.newsgraph.ingest;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Settings of an {@link ArticleReader}. Immutable; make one with {@link #defaults()} or {@link #builder()}.
 *
 * @param maxBytes        the largest input read, in bytes: a .txt, .html or .htm file, a sidecar, or one line of
 *                        a JSON Lines file (those are streamed, so the file itself may be any size). Larger inputs
 *                        are refused before they are read. Default {@value #DEFAULT_MAX_BYTES} (10 MiB).
 * @param fallbackCharset the charset for bytes that are not UTF-8 when detection is not sure; default
 *                        windows-1252, the usual encoding of English text saved on Windows (a superset of Latin-1's
 *                        printable characters)
 */
public record ReadOptions(long maxBytes, Charset fallbackCharset) {

    /** Default of {@link #maxBytes()}: 10 MiB, far above any news article and far below the heap. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** Largest allowed {@link #maxBytes()}: one input is held in a byte array, so it must fit one. */
    public static final long MAX_BYTES_CEILING = Integer.MAX_VALUE - 16;

    public ReadOptions {
        if (maxBytes < 1 || maxBytes > MAX_BYTES_CEILING)
            throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_BYTES_CEILING + ": " + maxBytes);
        Objects.requireNonNull(fallbackCharset, "fallbackCharset");
    }

    /** 10 MiB per input, windows-1252 fallback. */
    public static ReadOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder of {@link ReadOptions}; not thread-safe. */
    public static final class Builder {
        private long maxBytes = DEFAULT_MAX_BYTES;
        private Charset fallbackCharset = Charset.forName("windows-1252");

        private Builder() {
        }

        /** The largest input read, in bytes; see {@link ReadOptions#maxBytes()}. */
        public Builder maxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        /** The charset used when bytes are not UTF-8 and detection is not sure. */
        public Builder fallbackCharset(Charset fallbackCharset) {
            this.fallbackCharset = fallbackCharset;
            return this;
        }

        /** @throws IllegalArgumentException when a setting is out of range */
        public ReadOptions build() {
            return new ReadOptions(maxBytes, fallbackCharset);
        }
    }
}
