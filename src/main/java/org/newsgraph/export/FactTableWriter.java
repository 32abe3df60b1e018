package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.jena.graph.Node;
import org.newsgraph.graph.store.ArticleStore;

/**
 * Writes the fact table ({@link FactColumn}, one {@link FactRow} per fact) as CSV or TSV through Apache Commons CSV:
 * a header row of column names, then one record per fact, UTF-8. CSV follows RFC 4180 (commas, CRLF, a field with a
 * comma, quote or line break in double quotes, quotes doubled); TSV uses tabs and LF and quotes the same way. A null
 * value is an empty field. Streams, so the store may be larger than memory. Thread-safe.
 */
public final class FactTableWriter {
    /** The two syntaxes of the table. */
    public enum Syntax {
        CSV("csv", CSVFormat.RFC4180),
        TSV("tsv", CSVFormat.TDF.builder().setRecordSeparator('\n').setIgnoreSurroundingSpaces(false).setTrim(false).get());

        private final String optionName;
        private final CSVFormat format;

        Syntax(String optionName, CSVFormat format) {
            this.optionName = optionName;
            this.format = format.builder().setQuoteMode(QuoteMode.MINIMAL)
                    .setHeader(Arrays.stream(FactColumn.values()).map(FactColumn::columnName).toArray(String[]::new))
                    .get();
        }

        /** The name users give on the command line. */
        public String optionName() {
            return optionName;
        }
    }

    private final ArticleStore store;

    public FactTableWriter(ArticleStore store) {
        this.store = store;
    }

    /** Writes every fact of the store. */
    public void write(Syntax syntax, OutputStream out) {
        store.read(dsg -> {
            print(syntax, out, printer -> FactReader.readAll(dsg, printer));
            return null;
        });
    }

    /** Writes the facts of one named graph (an article's, see {@link StoreExporter#articleGraph}). */
    public void writeGraph(Node graph, Syntax syntax, OutputStream out) {
        store.read(dsg -> {
            print(syntax, out, printer -> FactReader.readGraph(dsg.getGraph(graph), printer));
            return null;
        });
    }

    /** Writes rows to {@code out}: {@code rows} hands each row to the consumer it is given. */
    public static void print(Syntax syntax, OutputStream out, Consumer<Consumer<FactRow>> rows) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CSVPrinter printer = new CSVPrinter(writer, syntax.format);
            Object[] record = new Object[FactColumn.values().length];
            rows.accept(row -> {
                for (FactColumn column : FactColumn.values())
                    record[column.ordinal()] = column.valueOf(row);
                try {
                    printer.printRecord(record);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new ExportException("cannot write the fact table: " + cause.getMessage(), cause);
        }
    }
}
