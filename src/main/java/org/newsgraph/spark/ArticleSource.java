package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.newsgraph.ingest.ArticleInputException;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.JsonLinesReader;
import org.newsgraph.ingest.ReadOptions;

import scala.Tuple2;

/**
 * Reads the input files into articles with the code {@code build} reads them with, so the same fields, synonyms,
 * ids and checks apply: JSON Lines files line by line through {@link JsonLinesReader} (one task per file, streamed, so
 * a file of any size is read in constant memory; gzip is not splittable anyway), Parquet rows through Spark's Parquet
 * reader (Spark SQL, started only when there is Parquet to read), each row turned into the JSON object of its columns
 * and read as a JSON Lines record is. Records that are bad become error lines, counted and reported with the
 * articles that fail later.
 */
final class ArticleSource {
    private ArticleSource() {}

    static JavaRDD<ArticleInput> read(JavaSparkContext jsc, InputFiles files) {
        JavaRDD<ArticleInput> inputs = jsc.emptyRDD();
        if (!files.jsonLines().isEmpty())
            inputs = inputs.union(jsonLines(jsc, files));
        if (!files.parquet().isEmpty())
            inputs = inputs.union(parquet(SparkSession.builder().config(jsc.getConf()).getOrCreate(), files));
        return inputs;
    }

    private static JavaRDD<ArticleInput> jsonLines(JavaSparkContext jsc, InputFiles files) {
        // Hadoop splits the list of paths at commas: a comma in a name is escaped.
        String paths = files.jsonLines().stream().map(p -> p.replace(",", "\\,")).collect(Collectors.joining(","));
        return jsc.binaryFiles(paths, files.jsonLines().size())
                .mapPartitions(streams -> {
                    ArticleReader reader = new ArticleReader(ReadOptions.defaults());
                    return new FlatIterator(streams, reader);
                });
    }

    private static JavaRDD<ArticleInput> parquet(SparkSession spark, InputFiles files) {
        Dataset<Row> rows = spark.read().parquet(files.parquet().toArray(String[]::new));
        Column[] columns = Arrays.stream(rows.columns()).map(functions::col).toArray(Column[]::new);
        return rows.select(functions.to_json(functions.struct(columns)), functions.col("_metadata.file_path"),
                        functions.col("_metadata.row_index"))
                .javaRDD()
                .mapPartitions(partition -> {
                    ArticleReader reader = new ArticleReader(ReadOptions.defaults());
                    return new MappedIterator<>(partition, (Row row) -> {
                        String file = row.getString(1);
                        long number = row.getLong(2) + 1;
                        try {
                            return ArticleInput.of(reader.jsonRecord(row.getString(0).getBytes(StandardCharsets.UTF_8), file, number));
                        } catch (ArticleInputException e) {
                            return ArticleInput.of(e);
                        }
                    });
                });
    }

    /** Each file of a partition read through, one record per step, with nothing of it held but the current line. */
    private static final class FlatIterator implements Iterator<ArticleInput> {
        private final Iterator<Tuple2<String, PortableDataStream>> files;
        private final ArticleReader reader;
        private final ArrayDeque<ArticleInput> ready = new ArrayDeque<>();
        private JsonLinesReader current;

        FlatIterator(Iterator<Tuple2<String, PortableDataStream>> files, ArticleReader reader) {
            this.files = files;
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty()) {
                if (current == null) {
                    if (!files.hasNext())
                        return false;
                    Tuple2<String, PortableDataStream> file = files.next();
                    current = open(file._1(), file._2());
                    if (current == null)
                        continue;
                }
                if (!current.next(a -> ready.add(ArticleInput.of(a)), e -> ready.add(ArticleInput.of(e))))
                    close();
            }
            return true;
        }

        private JsonLinesReader open(String path, PortableDataStream stream) {
            InputStream in;
            try {
                in = stream.open();
            } catch (RuntimeException e) {
                ready.add(new ArticleInput(null, path + ": cannot read: " + e.getMessage()));
                return null;
            }
            return reader.jsonLines(in, path, new Path(path).getName());
        }

        private void close() {
            try {
                current.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                current = null;
            }
        }

        @Override
        public ArticleInput next() {
            if (!hasNext())
                throw new NoSuchElementException();
            return ready.poll();
        }
    }
}
