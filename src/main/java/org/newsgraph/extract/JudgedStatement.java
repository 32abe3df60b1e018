package org.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.newsgraph.NewsgraphException;
import org.newsgraph.ingest.Sha256;

/**
 * A statement of a build that a reader judged against its sentence (a row of an audited sample, kept in
 * {@code src/train/verdicts} without the sentence's text): which article, which sentence by a hash of its text, the
 * relation and its ends' labels, and whether it was right. The confidence table counts these beside the annotated
 * articles' statements, so that it also learns how often each cue is right in news nobody annotated. Immutable.
 *
 * @param article      the article's id in the corpus
 * @param sentenceHash the first 8 hex digits of the SHA-256 of the evidence sentence's text
 */
public record JudgedStatement(String article, String sentenceHash, String relation, String subject, String object,
                              boolean right) {
    public JudgedStatement {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(sentenceHash, "sentenceHash");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
    }

    /** The hash a sentence's text is kept by. */
    public static String sentenceHash(String sentence) {
        return HexFormat.of().formatHex(Sha256.of(sentence), 0, 4);
    }

    /**
     * Reads one verdicts file: tab-separated article, sentence hash, relation, subject, object, y or n; lines starting
     * with {@code #} and blank lines skipped.
     *
     * @throws NewsgraphException naming the file and line of a line that is not a verdict
     */
    public static List<JudgedStatement> read(Path file) throws IOException {
        List<JudgedStatement> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] f = line.split("\t", -1);
            if (f.length != 6 || !(f[5].equals("y") || f[5].equals("n")))
                throw new NewsgraphException(file + ":" + (i + 1) + ": not a verdict (six tab-separated fields, the last y or n)");
            out.add(new JudgedStatement(f[0], f[1], f[2], f[3], f[4], f[5].equals("y")));
        }
        return out;
    }
}
