package org.newsgraph.graph.store;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.graph.NG;
import org.newsgraph.ingest.Sha256;

/**
 * The merges a user has vetoed, one a line in {@value #FILE} in the store's directory: {@code FROM -> TO} as
 * {@code newsgraph merges} prints them, where FROM is a person key (or IRI) and TO the key (or IRI) of the node it was
 * merged into, or a Wikidata id ({@code Q358443}) or reference record id to undo a match with the record. {@code #}
 * starts a comment. A line that is none of these is a problem, reported with the file and line; the others count.
 * Immutable.
 */
public final class MergeVetoes {
    public static final String FILE = "merge-vetoes.txt";
    private static final Pattern LINE = Pattern.compile("(\\S+)\\s*->\\s*(\\S+)");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WIKIDATA = Pattern.compile("(?:" + Pattern.quote("http://www.wikidata.org/entity/") + ")?(Q\\d+)");

    /** None at all. */
    public static final MergeVetoes NONE = new MergeVetoes(Set.of(), List.of(), "");

    private final Set<String> pairs;
    private final List<String> problems;
    private final String fingerprint;

    private MergeVetoes(Set<String> pairs, List<String> problems, String fingerprint) {
        this.pairs = Set.copyOf(pairs);
        this.problems = List.copyOf(problems);
        this.fingerprint = fingerprint;
    }

    /** Vetoes from lines of text; {@code origin} names the file in problems. */
    public static MergeVetoes parse(List<String> lines, String origin) {
        Set<String> pairs = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (text.isEmpty())
                continue;
            Matcher m = LINE.matcher(text);
            String from = m.matches() ? key(m.group(1)) : null;
            String to = m.matches() ? target(m.group(2)) : null;
            if (from == null || to == null) {
                problems.add(origin + ":" + (i + 1) + ": not a merge to veto: '" + text
                        + "' (write FROM -> TO as `newsgraph merges` prints it, e.g. trump -> donald-trump)");
                continue;
            }
            pairs.add(from + " " + to);
        }
        return new MergeVetoes(pairs, problems, HexFormat.of().formatHex(Sha256.ofParts(String.join("\n", lines))));
    }

    /** The vetoes in {@value #FILE} of the store directory {@code dir}; none when there is no such file. */
    public static MergeVetoes read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file))
            return NONE;
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (MalformedInputException e) {
            return new MergeVetoes(Set.of(), List.of(file + ": not UTF-8 text; no veto in it counts"), "unreadable");
        } catch (IOException e) {
            return new MergeVetoes(Set.of(), List.of(file + ": cannot read: " + e.getMessage()), "unreadable");
        }
    }

    /** A person key from a key or a person IRI, or null. */
    private static String key(String text) {
        String s = text.startsWith(NG.ID + "person/") ? text.substring((NG.ID + "person/").length()) : text;
        s = s.startsWith("person/") ? s.substring("person/".length()) : s;
        return KEY.matcher(s).matches() ? s : null;
    }

    /** A person key, "Q" + digits for a Wikidata id, or "record:" + id for a reference record; or null. */
    private static String target(String text) {
        Matcher wd = WIKIDATA.matcher(text);
        if (wd.matches())
            return wd.group(1);
        if (text.startsWith(NG.RECORD_BASE))
            return "record:" + text.substring(NG.RECORD_BASE.length());
        if (text.toLowerCase(Locale.ROOT).startsWith("record:"))
            return "record:" + text.substring("record:".length());
        return key(text);
    }

    /** Whether the merge of {@code from} into the node keyed {@code to} is vetoed. */
    public boolean blocks(String from, String to) {
        return pairs.contains(from + " " + to);
    }

    /** Whether matching {@code from} to the reference record (its GovTrack id, its Wikidata id) is vetoed. */
    public boolean blocksRecord(String from, String recordId, String wikidata) {
        return pairs.contains(from + " record:" + recordId) || !wikidata.isEmpty() && pairs.contains(from + " " + wikidata);
    }

    /** Whether any veto names this record as what a key must not be matched to. */
    public boolean namesRecord(String recordId, String wikidata) {
        for (String pair : pairs) {
            String to = pair.substring(pair.indexOf(' ') + 1);
            if (to.equals("record:" + recordId) || !wikidata.isEmpty() && to.equals(wikidata))
                return true;
        }
        return false;
    }

    /** The lines that are no veto, each "FILE:LINE: reason". */
    public List<String> problems() {
        return problems;
    }

    /** A digest of the file as read, so that a store can tell that its vetoes changed; empty for none. */
    public String fingerprint() {
        return fingerprint;
    }

    public boolean isEmpty() {
        return pairs.isEmpty();
    }
}
