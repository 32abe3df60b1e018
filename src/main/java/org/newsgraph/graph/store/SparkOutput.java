package org.newsgraph.graph.store;

/**
 * The directory that the Spark job ({@code org.newsgraph.spark.BuildJob}) writes and {@code newsgraph load} reads:
 * {@value #ARTICLES}/ (N-Quads, gzip, one named graph per article as a build stores it, who is who decided),
 * {@value #DERIVED}/ (N-Quads, gzip: the links, merges, office-holders and candidacies graphs, and the store's index of
 * what they were derived from), {@value #FACTS}/ (the fact table as Parquet),
 * {@value #ERRORS}/ (text, one line per bad input) and {@value #MANIFEST}, which the job writes last, with its
 * settings and counts: a directory without it is not a finished output.
 */
public final class SparkOutput {
    public static final String ARTICLES = "articles";
    public static final String DERIVED = "derived";
    public static final String FACTS = "facts";
    public static final String ERRORS = "errors";
    public static final String MANIFEST = "newsgraph-job.properties";

    // Keys of the manifest.
    public static final String FORMAT = "format";
    public static final String FORMAT_VERSION = "2";
    public static final String ARTICLES_READ = "articles.read";
    public static final String ARTICLES_BUILT = "articles.built";
    public static final String INPUTS_FAILED = "inputs.failed";
    public static final String FACTS_KEPT = "facts";
    public static final String MIN_CONFIDENCE = "min-confidence";
    public static final String COMMENTS = "comments";

    private SparkOutput() {}
}
