package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BinaryDetectorTest {

    @Test
    void magicBytesNameTheFormat() {
        assertEquals(Optional.of("binary file (a PDF document), not text"),
                BinaryDetector.whyBinary("%PDF-1.7\n%text-like header".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of("binary file (a PNG image), not text"),
                BinaryDetector.whyBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}));
        assertEquals(Optional.of("binary file (a JPEG image), not text"),
                BinaryDetector.whyBinary(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'J', 'F'}));
        assertEquals(Optional.of("binary file (a ZIP archive (or .docx, .epub)), not text"),
                BinaryDetector.whyBinary(new byte[] {'P', 'K', 3, 4, 20, 0}));
        assertEquals(Optional.of("binary file (gzip data), not text"),
                BinaryDetector.whyBinary(new byte[] {0x1F, (byte) 0x8B, 8, 0}));
    }

    @Test
    void manyControlCharactersMeanBinary() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        random[0] = 'x'; // no magic
        Optional<String> why = BinaryDetector.whyBinary(random);
        assertTrue(why.isPresent() && why.get().matches("binary file \\(\\d+% control characters\\), not text"),
                why.toString());
    }

    @Test
    void textWithAStrayNulOrFormFeedIsText() {
        String text = "Headline\r\n\r\nBody with a tab\tand a form feed\f. ".repeat(20) + "\0";
        assertEquals(Optional.empty(), BinaryDetector.whyBinary(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf16TextIsNotBinaryDespiteItsNuls() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = "A headline and some text".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 2);
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertEquals(Optional.empty(), BinaryDetector.whyBinary(bytes));
    }

    @Test
    void utf16WithoutByteOrderMarkIsText() {
        assertEquals(Optional.empty(), BinaryDetector.whyBinary("A headline and some text".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(Optional.empty(), BinaryDetector.whyBinary("A headline and some text".getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void nulsInBothHalvesOfEachPairAreBinary() {
        byte[] bytes = new byte[100];
        for (int i = 0; i < bytes.length; i++)
            bytes[i] = (byte) (i % 4 < 2 ? 0 : 'a');
        assertTrue(BinaryDetector.whyBinary(bytes).isPresent());
    }
}
