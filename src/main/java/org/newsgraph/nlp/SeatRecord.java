package org.newsgraph.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Who sat in which state's seats of the U.S. Senate and House when: the congressional spans of service of the bundled
 * reference table of federal office-holders ({@code us-federal-officeholders.tsv}), so that "the Vermont senator" can
 * be told for the one person of an article who held a Vermont seat on its date. Immutable and thread-safe.
 */
public final class SeatRecord {
    /**
     * One span: the office key ({@code us-senator} or {@code us-representative}), the state, the holder's party key
     * ({@code republican-party}), names and dates.
     */
    public record Span(String office, String state, String party, String first, String nickname, String last, LocalDate start,
                       LocalDate end) {
        boolean covers(LocalDate date) {
            return !date.isBefore(start) && !date.isAfter(end);
        }
    }

    private static final Map<String, String> OFFICES = Map.of("sen", "us-senator", "rep", "us-representative");

    private final List<Span> spans;

    private SeatRecord(List<Span> spans) {
        this.spans = List.copyOf(spans);
    }

    /** The congressional spans of the reference table's lines (see {@link PresidentRecord#parse} for the columns). */
    static SeatRecord parse(List<String> lines) {
        List<Span> spans = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            for (String span : f[11].split("\\|")) {
                String[] s = span.split(":", -1);
                String office = OFFICES.get(s[0]);
                if (office != null && !s[1].isEmpty())
                    spans.add(new Span(office, s[1], s[2], f[4], f[6], f[7], LocalDate.parse(s[3]), LocalDate.parse(s[4])));
            }
        }
        return new SeatRecord(spans);
    }

    /** Everyone of the party who held one of the state's seats in Congress, either chamber, on that date. */
    public List<Span> membersOn(String party, String state, LocalDate date) {
        return on(date, s -> s.party().equals(party) && s.state().equals(state));
    }

    /** Everyone who held one of the state's seats of that office on that date. */
    public List<Span> holdersOn(String office, String state, LocalDate date) {
        return on(date, s -> s.office().equals(office) && s.state().equals(state));
    }

    private List<Span> on(LocalDate date, Predicate<Span> wanted) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans)
            if (wanted.test(s) && s.covers(date))
                out.add(s);
        return out;
    }
}
