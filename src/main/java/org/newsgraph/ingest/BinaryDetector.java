package org.newsgraph.ingest;

import java.util.Optional;

/**
 * Tells binary files from text: first by the magic bytes of the formats most often mistaken for articles
 * (a PDF, an image or an archive renamed .txt), then by the share of control characters, which text has almost
 * none of. UTF-16 and UTF-32 text (with a byte-order mark, or UTF-16 whose every other byte is NUL) is text.
 * Stateless.
 */
final class BinaryDetector {

    /** Control characters are counted in this many leading bytes, enough to judge and cheap on large files. */
    static final int SAMPLE_BYTES = 64 * 1024;

    /**
     * Above this share of control characters a file is binary. Random or compressed bytes have about 11%;
     * text has a stray NUL or form feed at most, which the reader removes (see {@link ArticleAssembler}).
     */
    static final double MAX_CONTROL_SHARE = 0.03;

    private record Magic(String name, int[] bytes) {
    }

    private static final Magic[] MAGICS = {
            new Magic("a PDF document", new int[] {'%', 'P', 'D', 'F', '-'}),
            new Magic("a PNG image", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
            new Magic("a JPEG image", new int[] {0xFF, 0xD8, 0xFF}),
            new Magic("a GIF image", new int[] {'G', 'I', 'F', '8'}),
            new Magic("a WebP image", new int[] {'R', 'I', 'F', 'F', -1, -1, -1, -1, 'W', 'E', 'B', 'P'}),
            new Magic("a ZIP archive (or .docx, .epub)", new int[] {'P', 'K', 0x03, 0x04}),
            new Magic("a ZIP archive", new int[] {'P', 'K', 0x05, 0x06}),
            new Magic("gzip data", new int[] {0x1F, 0x8B}),
            new Magic("7-Zip data", new int[] {'7', 'z', 0xBC, 0xAF, 0x27, 0x1C}),
            new Magic("a RAR archive", new int[] {'R', 'a', 'r', '!', 0x1A, 0x07}),
            new Magic("xz data", new int[] {0xFD, '7', 'z', 'X', 'Z', 0x00}),
            new Magic("an old Microsoft Office document", new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}),
            new Magic("an executable", new int[] {0x7F, 'E', 'L', 'F'}),
    };

    private BinaryDetector() {
    }

    /** Why {@code bytes} are not text, as a reason for the user, or empty when they look like text. */
    static Optional<String> whyBinary(byte[] bytes) {
        for (Magic magic : MAGICS)
            if (startsWith(bytes, magic.bytes()))
                return Optional.of("binary file (" + magic.name() + "), not text");
        if (TextDecoder.hasWideBom(bytes) || TextDecoder.unmarkedUtf16(bytes) != null)
            return Optional.empty(); // UTF-16/32 text is full of NUL bytes by design
        int sample = Math.min(bytes.length, SAMPLE_BYTES);
        int controls = 0;
        for (int i = 0; i < sample; i++)
            if (isControl(bytes[i]))
                controls++;
        if (sample > 0 && controls > sample * MAX_CONTROL_SHARE)
            return Optional.of(String.format("binary file (%d%% control characters), not text",
                    Math.round(100.0 * controls / sample)));
        return Optional.empty();
    }

    /** C0 controls and DEL, except tab, line feed, form feed and carriage return. */
    private static boolean isControl(byte b) {
        return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F;
    }

    private static boolean startsWith(byte[] bytes, int[] magic) {
        if (bytes.length < magic.length)
            return false;
        for (int i = 0; i < magic.length; i++)
            if (magic[i] >= 0 && (bytes[i] & 0xFF) != magic[i])
                return false;
        return true;
    }
}
