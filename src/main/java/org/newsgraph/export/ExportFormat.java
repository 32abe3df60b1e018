package org.newsgraph.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * The syntaxes the graph can be written in. Triple syntaxes carry the union of the article graphs;
 * dataset syntaxes (TriG, N-Quads, JSON-LD) keep one named graph per article.
 */
public enum ExportFormat {
    TURTLE("turtle", "ttl", false, out -> new DistinctTriplesStream(StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS))),
    NTRIPLES("ntriples", "nt", false, out -> new DistinctTriplesStream(StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES))),
    NQUADS("nquads", "nq", true, out -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS)),
    TRIG("trig", "trig", true, out -> StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS)),
    JSONLD("jsonld", "jsonld", true, JsonLdStreamWriter::new),
    RDFXML("rdfxml", "rdf", false, RdfXmlStreamWriter::new);

    private final String optionName;
    private final String extension;
    private final boolean quads;
    private final Function<OutputStream, StreamRDF> writer;

    ExportFormat(String optionName, String extension, boolean quads, Function<OutputStream, StreamRDF> writer) {
        this.optionName = optionName;
        this.extension = extension;
        this.quads = quads;
        this.writer = writer;
    }

    /** The name users give on the command line, e.g. {@code ntriples}. */
    public String optionName() {
        return optionName;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * A streaming writer of this syntax onto {@code out}: it holds at most one subject's triples, never the graph.
     * The triple syntaxes drop a triple repeated within a subject's run (the union yields it once per article).
     */
    StreamRDF streamWriter(OutputStream out) {
        return writer.apply(out);
    }

    /** Whether the syntax keeps named graphs (one per article): a dataset syntax. */
    public boolean isQuads() {
        return quads;
    }

    /** The names accepted by {@link #byName}, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::optionName).collect(Collectors.joining(", "));
    }

    /** @throws IllegalArgumentException naming the accepted formats when {@code name} is none of them */
    public static ExportFormat byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (ExportFormat format : values())
            if (format.optionName.equals(wanted))
                return format;
        throw new IllegalArgumentException("unknown format '" + name + "' (use one of: " + names() + ")");
    }
}
