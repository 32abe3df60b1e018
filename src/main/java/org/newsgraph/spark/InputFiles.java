package org.newsgraph.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsgraph.ingest.ArticleReader;

/**
 * The job's input files, found on the driver through Hadoop's file systems (local paths, hdfs://, s3a:// with the
 * cluster's connector...): JSON Lines ({@code .jsonl}, {@code .jsonl.gz}) and Parquet ({@code .parquet}) files, named
 * one by one, by a glob, or as directories walked recursively. In directories, files and directories whose name starts
 * with a dot or an underscore are skipped, as Hadoop and Spark do (their {@code _SUCCESS} markers and
 * {@code _temporary} directories), and so are files of other kinds; a file named by itself must be one of the kinds.
 *
 * @param jsonLines the JSON Lines files, sorted, each once
 * @param parquet   the Parquet files, sorted, each once
 */
record InputFiles(List<String> jsonLines, List<String> parquet) {

    static final String KINDS = ".jsonl, .jsonl.gz or .parquet";

    /**
     * @throws JobException naming the first path that matches nothing, cannot be listed or is a file of another kind,
     *                      and when no input file is found at all
     */
    static InputFiles find(List<String> paths, Configuration conf) {
        TreeSet<String> jsonLines = new TreeSet<>();
        TreeSet<String> parquet = new TreeSet<>();
        for (String given : paths) {
            try {
                Path path = new Path(given);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0)
                    throw new JobException(given + ": no such file or directory");
                for (FileStatus match : matches) {
                    if (match.isDirectory())
                        walk(fs, match.getPath(), jsonLines, parquet);
                    else if (!add(match.getPath(), jsonLines, parquet))
                        throw new JobException(given + ": not an article input; expected a file ending in " + KINDS
                                + ", or a directory");
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new JobException(given + ": cannot list: " + e.getMessage(), e);
            }
        }
        if (jsonLines.isEmpty() && parquet.isEmpty())
            throw new JobException("no input files (" + KINDS + ") in " + String.join(", ", paths));
        return new InputFiles(List.copyOf(jsonLines), List.copyOf(parquet));
    }

    private static void walk(FileSystem fs, Path dir, TreeSet<String> jsonLines, TreeSet<String> parquet) throws IOException {
        RemoteIterator<LocatedFileStatus> files;
        try {
            files = fs.listFiles(dir, true);
        } catch (FileNotFoundException e) {
            return; // gone since the glob
        }
        int depth = dir.depth();
        while (files.hasNext()) {
            Path file = files.next().getPath();
            if (!hidden(file, depth))
                add(file, jsonLines, parquet);
        }
    }

    /** Whether a name below the walked directory (its own name excluded) starts with a dot or an underscore. */
    private static boolean hidden(Path file, int rootDepth) {
        for (Path p = file; p != null && p.depth() > rootDepth; p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_"))
                return true;
        }
        return false;
    }

    private static boolean add(Path file, TreeSet<String> jsonLines, TreeSet<String> parquet) {
        String name = file.getName();
        if (ArticleReader.isJsonLines(name))
            jsonLines.add(file.toString());
        else if (name.toLowerCase(Locale.ROOT).endsWith(".parquet") && name.length() > ".parquet".length())
            parquet.add(file.toString());
        else
            return false;
        return true;
    }

    int count() {
        return jsonLines.size() + parquet.size();
    }

    List<String> all() {
        List<String> all = new ArrayList<>(jsonLines);
        all.addAll(parquet);
        return all;
    }
}
