package org.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Derives the bundled table {@code org/newsgraph/nlp/us-federal-officeholders.tsv} from the shared reference file
 * {@code us-federal-officeholders.jsonl.gz}: one line per person with only the fields linking and checking use, and
 * the terms of one office, state and party that follow each other (less than a month apart) joined into one span of
 * service.
 *
 * <p>{@code mvn -q -o -Preference-data process-test-classes [-Dreference.input=FILE]} writes the table into
 * {@code src/main/resources}; {@code OfficeholdersTest} checks that the shipped table is what this makes.
 */
public final class OfficeholderTableBuilder {
    static final Path DEFAULT_INPUT = Path.of("..", "shared", "reference", "us-federal-officeholders.jsonl.gz");
    static final Path TABLE = Path.of("src", "main", "resources", "org", "newsgraph", "nlp", "us-federal-officeholders.tsv");
    private static final Path STATES = Path.of("src", "main", "resources", "org", "newsgraph", "nlp", "states.tsv");
    /** Terms of one office closer than this are one span: a new Congress starts a few days after the last ends. */
    private static final long JOIN_DAYS = 31;
    private static final Map<String, String> PARTIES = Map.of("Democrat", "democratic-party", "Republican", "republican-party",
            "Libertarian", "libertarian-party", "Independent", "independent");

    private OfficeholderTableBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path input = args.length > 0 ? Path.of(args[0]) : DEFAULT_INPUT;
        Path output = args.length > 1 ? Path.of(args[1]) : TABLE;
        Files.writeString(output, table(input), StandardCharsets.UTF_8);
        System.out.println("wrote " + output + " from " + input);
    }

    /** The whole table made from the reference file. */
    static String table(Path input) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> people = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(input)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null)
                if (!line.isBlank())
                    people.add(json.readTree(line));
        }
        Map<String, String> states = stateNames();
        Map<String, List<Term>> terms = new HashMap<>();
        for (JsonNode person : people)
            terms.put(id(person), terms(person, states));
        endAtSuccessors(terms);
        List<String> lines = new ArrayList<>();
        for (JsonNode person : people)
            lines.add(row(person, terms.get(id(person))));
        lines.sort(Comparator.naturalOrder());
        StringWriter out = new StringWriter();
        out.write("""
                # U.S. federal office-holders: every member of Congress who served from 2011 to 2026, every president and
                # vice president. Derived from the unitedstates/congress-legislators data (CC0 1.0) as shipped in
                # us-federal-officeholders.jsonl.gz; see NOTICE. Made by OfficeholderTableBuilder (test sources): do not edit.
                # Columns: GovTrack id, Bioguide id, Wikidata id, name as news writes it, first, middle, nickname, last,
                # suffix, sex, year of birth, spans of service "office:state:party:start:end" joined by "|" (office sen,
                # rep, prez, viceprez; state a name, empty for the two national offices; party a newsgraph party
                # key). A term ends where a successor in the same seat, or the person's next office, begins; terms of one
                # office, state and party less than a month apart are one span.
                """);
        for (String row : lines)
            out.write(row + "\n");
        return out.toString();
    }

    /** One term as the reference gives it, with the seat it fills: office, state and Senate class or House district. */
    private static final class Term {
        final String office;
        final String state;
        final String seat;
        final String party;
        final String start;
        String end;

        Term(JsonNode t, Map<String, String> states) {
            office = t.path("type").asText();
            String code = t.path("state").asText("");
            state = code.isEmpty() ? "" : states.get(code);
            if (state == null)
                throw new IllegalArgumentException("unknown state " + code);
            seat = office + ":" + state + ":" + t.path("class").asText("") + ":" + t.path("district").asText("");
            party = party(t.path("party").asText(""));
            start = t.path("start").asText();
            end = t.path("end").asText();
        }
    }

    /** Postal code to name, from the gazetteer's list of states, and the territories it lacks. */
    private static Map<String, String> stateNames() throws IOException {
        Map<String, String> out = new HashMap<>(Map.of("VI", "U.S. Virgin Islands", "MP", "Northern Mariana Islands",
                "AS", "American Samoa"));
        for (String line : Files.readAllLines(STATES, StandardCharsets.UTF_8))
            if (!line.isBlank() && !line.startsWith("#"))
                out.put(line.split("\t")[1], line.split("\t")[0]);
        return out;
    }

    private static String id(JsonNode person) {
        return person.path("id").path("govtrack").asText();
    }

    private static List<Term> terms(JsonNode person, Map<String, String> states) {
        List<Term> out = new ArrayList<>();
        person.path("terms").forEach(t -> out.add(new Term(t, states)));
        out.sort(Comparator.comparing(t -> t.start));
        return out;
    }

    /*
     * The reference was made from snapshots of the members then serving, so a member who left during a term (resigned,
     * appointed to the cabinet, died) keeps the term's scheduled end. The next holder of the same seat, or the
     * person's own next office, shows when the term really ended (within the half year between two snapshots).
     */
    private static void endAtSuccessors(Map<String, List<Term>> terms) {
        Map<String, List<Term>> bySeat = new HashMap<>();
        Map<Term, String> holder = new HashMap<>();
        terms.forEach((person, list) -> list.forEach(t -> {
            bySeat.computeIfAbsent(t.seat, k -> new ArrayList<>()).add(t);
            holder.put(t, person);
        }));
        terms.forEach((person, list) -> {
            for (Term t : list) {
                for (Term other : bySeat.get(t.seat))
                    if (!holder.get(other).equals(person) && other.start.compareTo(t.start) > 0 && other.start.compareTo(t.end) < 0)
                        t.end = other.start;
                for (Term own : list)
                    if (!own.office.equals(t.office) && own.start.compareTo(t.start) > 0 && own.start.compareTo(t.end) < 0)
                        t.end = own.start;
            }
        });
    }

    private static String row(JsonNode person, List<Term> terms) {
        JsonNode name = person.path("name");
        List<String> cells = List.of(id(person), person.path("id").path("bioguide").asText(""),
                person.path("id").path("wikidata").asText(""), displayName(name), name.path("first").asText(""),
                name.path("middle").asText(""), name.path("nickname").asText(""), name.path("last").asText(""),
                name.path("suffix").asText(""), person.path("bio").path("gender").asText(""),
                year(person.path("bio").path("birthday").asText("")), String.join("|", spans(terms)));
        for (String cell : cells)
            if (cell.contains("\t") || cell.contains("\n"))
                throw new IllegalArgumentException("tab or newline in " + cells);
        return String.join("\t", cells);
    }

    /**
     * The name news uses: the nickname and the last name when there is a nickname ("Chuck Schumer"), else the
     * official name without middle initials and suffix ("Ben Ray Luján", "Kamala Harris"), else first and last.
     */
    static String displayName(JsonNode name) {
        String last = name.path("last").asText();
        if (name.hasNonNull("nickname"))
            return name.path("nickname").asText() + " " + last;
        String official = name.path("official_full").asText("");
        if (official.endsWith(last) || official.contains(last + ",") || official.contains(last + " ")) {
            String cut = official.substring(0, official.indexOf(last) + last.length());
            StringBuilder kept = new StringBuilder();
            for (String word : cut.split("\\s+"))
                if (!word.matches("\\p{Lu}\\.") && !word.startsWith("\""))
                    kept.append(kept.length() == 0 ? "" : " ").append(word);
            return kept.toString();
        }
        return name.path("first").asText() + " " + last;
    }

    private static String year(String date) {
        return date.length() >= 4 ? date.substring(0, 4) : "";
    }

    /** The person's terms, those of one office, state and party that follow each other joined. */
    private static List<String> spans(List<Term> terms) {
        List<String[]> spans = new ArrayList<>();
        for (Term t : terms) {
            String[] previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (previous != null && previous[0].equals(t.office) && previous[1].equals(t.state) && previous[2].equals(t.party)
                    && ChronoUnit.DAYS.between(LocalDate.parse(previous[4]), LocalDate.parse(t.start)) < JOIN_DAYS) {
                if (t.end.compareTo(previous[4]) > 0)
                    previous[4] = t.end;
            } else {
                spans.add(new String[] {t.office, t.state, t.party, t.start, t.end});
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] s : spans)
            out.add(String.join(":", s));
        return out;
    }

    private static String party(String name) {
        String key = PARTIES.get(name);
        return key != null ? key : name.isEmpty() ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
    }
}
