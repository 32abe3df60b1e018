package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text file into a String without losing non-UTF-8 news. In order: a byte-order mark decides
 * (and is dropped); UTF-16 without one is recognised by its NUL bytes; valid UTF-8 is UTF-8; a charset the file declares (an HTML meta tag) is believed; otherwise
 * juniversalchardet guesses, where a UTF-8 guess means mostly UTF-8 with stray single bytes, which are decoded
 * with the fallback charset one by one, and Latin-1 or ASCII guesses mean the fallback (windows-1252 by default:
 * Latin-1 plus curly quotes and dashes in 0x80-0x9F, which is what such files hold); no guess means the fallback.
 * Never fails: undecodable bytes become U+FFFD. Immutable and thread-safe.
 */
final class TextDecoder {

    private final Charset fallback;

    TextDecoder(Charset fallback) {
        this.fallback = fallback;
    }

    /** Decodes {@code bytes}, without a charset declared by the file. */
    String decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Decodes {@code bytes}; {@code declared} is the charset the file itself names, or null. A declaration is
     * used only when the bytes are not valid UTF-8, since pages saved from a browser are UTF-8 whatever they say.
     */
    String decode(byte[] bytes, Charset declared) {
        String bom = UniversalDetector.detectCharsetFromBOM(bytes);
        if (bom != null && Charset.isSupported(bom)) {
            Charset charset = Charset.forName(bom);
            return new String(bytes, charset).replaceFirst("^\uFEFF", "");
        }
        Charset utf16 = unmarkedUtf16(bytes);
        if (utf16 != null)
            return new String(bytes, utf16);
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            // Expected for Windows-1252 and Latin-1 files: find their charset below.
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8))
            return new String(bytes, declared);
        String guess = guess(bytes);
        if ("UTF-8".equals(guess))
            return decodeMixedUtf8(bytes);
        if (guess == null || guess.equals("US-ASCII") || guess.equals("ISO-8859-1") || !Charset.isSupported(guess))
            return new String(bytes, fallback);
        return new String(bytes, Charset.forName(guess));
    }

    /** True when the bytes start with a UTF-16 or UTF-32 byte-order mark. */
    static boolean hasWideBom(byte[] bytes) {
        String bom = UniversalDetector.detectCharsetFromBOM(bytes);
        return bom != null && bom.toUpperCase(Locale.ROOT).startsWith("UTF-") && !bom.equals("UTF-8");
    }

    /**
     * UTF-16LE or UTF-16BE when the bytes look like UTF-16 text without a byte-order mark (mostly Latin text, so
     * every other byte is NUL), else null.
     */
    static Charset unmarkedUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length, BinaryDetector.SAMPLE_BYTES) / 2;
        if (pairs < 8)
            return null;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i] == 0)
                evenZeros++;
            if (bytes[2 * i + 1] == 0)
                oddZeros++;
        }
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
            return StandardCharsets.UTF_16LE;
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05)
            return StandardCharsets.UTF_16BE;
        return null;
    }

    private static String guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** UTF-8 where it is valid, each invalid byte read with the fallback charset (a file edited in two editors). */
    private String decodeMixedUtf8(byte[] bytes) {
        CharsetDecoder utf8 = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        while (true) {
            CoderResult result = utf8.decode(in, out, true);
            if (result.isUnderflow())
                break;
            if (result.isOverflow()) {
                out = grow(out, 16);
                continue;
            }
            byte[] bad = new byte[result.length()];
            in.get(bad);
            String replacement = new String(bad, fallback);
            if (out.remaining() < replacement.length())
                out = grow(out, replacement.length());
            out.put(replacement);
        }
        out.flip();
        return out.toString();
    }

    private static CharBuffer grow(CharBuffer buffer, int atLeast) {
        CharBuffer larger = CharBuffer.allocate(buffer.capacity() + Math.max(atLeast, buffer.capacity() / 2));
        buffer.flip();
        return larger.put(buffer);
    }
}
