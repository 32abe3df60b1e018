package org.newsgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.RDFFormat;

/**
 * The syntaxes the graph can be written in. Triple syntaxes carry the union of the article graphs;
 * quad syntaxes (TriG, N-Quads) keep one named graph per article.
 */
public enum ExportFormat {
    TURTLE("turtle", "ttl", RDFFormat.TURTLE_BLOCKS, false, true),
    NTRIPLES("ntriples", "nt", RDFFormat.NTRIPLES, false, true),
    NQUADS("nquads", "nq", RDFFormat.NQUADS, true, true),
    TRIG("trig", "trig", RDFFormat.TRIG_BLOCKS, true, true),
    JSONLD("jsonld", "jsonld", RDFFormat.JSONLD11, false, false),
    RDFXML("rdfxml", "rdf", RDFFormat.RDFXML_PLAIN, false, false);

    private final String optionName;
    private final String extension;
    private final RDFFormat rdfFormat;
    private final boolean quads;
    private final boolean streaming;

    ExportFormat(String optionName, String extension, RDFFormat rdfFormat, boolean quads, boolean streaming) {
        this.optionName = optionName;
        this.extension = extension;
        this.rdfFormat = rdfFormat;
        this.quads = quads;
        this.streaming = streaming;
    }

    /** The name users give on the command line, e.g. {@code ntriples}. */
    public String optionName() {
        return optionName;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** Whether the syntax keeps named graphs (one per article). */
    public boolean isQuads() {
        return quads;
    }

    /** Whether the writer streams, so that the store's size does not matter. */
    public boolean isStreaming() {
        return streaming;
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
