package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private final TextDecoder decoder = new TextDecoder(CP1252);

    @Test
    void utf8IsDecodedAsUtf8() {
        String text = "Sessions said \u201cI did my duty\u201d \u2014 caf\u00e9";
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Headline".getBytes(StandardCharsets.UTF_8));
        assertEquals("Headline", decoder.decode(bytes));
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Senate race".getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Senate race".getBytes(StandardCharsets.UTF_16BE));
        assertEquals("Senate race", decoder.decode(le));
        assertEquals("Senate race", decoder.decode(be));
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognised() {
        String text = "Senate race: Sessions \u2014 Tuberville";
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void windows1252CurlyQuotesAndAccentsAreKept() {
        // Real cp1252 bytes: 0x93/0x94 are curly double quotes, 0x92 an apostrophe, 0xE9 is é, 0x97 an em dash.
        byte[] bytes = concat("He said ".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x93}, "the caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE9},
                " won".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x92},
                "t open".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x94, ' ', (byte) 0x97, ' '},
                "Sessions".getBytes(StandardCharsets.US_ASCII));
        assertEquals("He said \u201cthe caf\u00e9 won\u2019t open\u201d \u2014 Sessions", decoder.decode(bytes));
    }

    @Test
    void latin1AccentsAreKept() {
        String text = "Le ministre fran\u00e7ais a d\u00e9clar\u00e9 que la r\u00e9forme \u00e9tait n\u00e9cessaire.";
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void declaredCharsetIsUsedOnlyForBytesThatAreNotUtf8() {
        String text = "\u201cQuote\u201d caf\u00e9";
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_8), CP1252));
        assertEquals(text, decoder.decode(text.getBytes(CP1252), CP1252));
    }

    @Test
    void cyrillicIsDetected() {
        String text = "\u041f\u0440\u0438\u0432\u0435\u0442, \u044d\u0442\u043e \u0441\u0442\u0430\u0442\u044c\u044f "
                + "\u043e \u043f\u043e\u043b\u0438\u0442\u0438\u043a\u0435 \u0438 \u0432\u044b\u0431\u043e\u0440\u0430\u0445 "
                + "\u0432 \u0420\u043e\u0441\u0441\u0438\u0438.";
        assertEquals(text, decoder.decode(text.getBytes(Charset.forName("windows-1251"))));
    }

    @Test
    void mostlyUtf8WithStrayCp1252BytesKeepsBoth() {
        StringBuilder utf8 = new StringBuilder();
        for (int i = 0; i < 20; i++)
            utf8.append("Sessions\u2019 campaign said \u201cno\u201d in Montgomery. ");
        byte[] bytes = concat(utf8.toString().getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x93},
                "end".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x94});
        assertEquals(utf8 + "\u201cend\u201d", decoder.decode(bytes));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts)
            out.writeBytes(part);
        return out.toByteArray();
    }
}
