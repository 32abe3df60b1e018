package org.newsgraph.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/** Quads as one element of a text output: N-Quads lines, without the final line end that the output adds. */
final class NQuadsText {
    private NQuadsText() {}

    /** The N-Quads of what {@code body} sends to the stream it is given; empty when it sends nothing. */
    static String of(Consumer<StreamRDF> body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF out = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        out.start();
        body.accept(out);
        out.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
