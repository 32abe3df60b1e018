package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import opennlp.tools.util.Span;

import org.newsgraph.NewsgraphException;

/**
 * The closed word lists bundled under {@code org/newsgraph/nlp/}: first names (US Social Security counts),
 * office titles, courtesy titles, U.S. states with their AP abbreviations, parties, words that never
 * belong to a person's name, and surnames whose spelling a lower-case key loses ("O'Rourke"). Immutable after loading and safe to share between threads.
 */
public final class Gazetteers {
    /** An office as the gazetteer knows it: a stable key and a label. */
    public record Office(String key, String label) {
    }

    /** A U.S. state: its name and postal code. */
    public record State(String name, String code) {
    }

    /** A political party: key, label and the one-letter code of "(R-Texas)". */
    public record Party(String key, String label, String code) {
    }

    private final Map<String, String> firstNames;
    private final Map<String, Set<String>> nicknames;
    private final Set<String> honorifics;
    private final Set<String> nonPersonWords;
    private final Map<String, Office> officeForms;
    /** The last word of every office form ("secretary" of "defense secretary", "general" of "attorney general"). */
    private final Set<String> officeHeads;
    private final Map<String, Office> officesByKey;
    private final Map<String, State> stateForms;
    private final Map<String, Party> partyForms;
    private final Map<String, Party> partyCodes;
    private final Map<String, String> surnameSpellings;
    private final Map<String, String> countryForms;
    private final PresidentRecord presidents;
    private final SeatRecord seats;
    /** "first last" and "nickname last", lower case, of everyone in the reference table of federal office-holders. */
    private final Set<String> recordNames;
    /** The reference table's surnames as a person's key writes them ("orourke", "hyde-smith"). */
    private final Set<String> recordSurnames;
    private final PhraseFinder officeFinder;

    private Gazetteers(Map<String, String> firstNames, Set<String> honorifics, Set<String> nonPersonWords,
                       Map<String, Office> officeForms, Map<String, State> stateForms,
                       Map<String, Party> partyForms, Map<String, Party> partyCodes, Map<String, Set<String>> nicknames,
                       Map<String, String> surnameSpellings, Map<String, String> countryForms, PresidentRecord presidents,
                       SeatRecord seats, Set<String> recordNames, Set<String> recordSurnames) {
        this.seats = seats;
        this.recordNames = Set.copyOf(recordNames);
        this.recordSurnames = Set.copyOf(recordSurnames);
        this.countryForms = Map.copyOf(countryForms);
        this.presidents = presidents;
        this.surnameSpellings = Map.copyOf(surnameSpellings);
        this.nicknames = Map.copyOf(nicknames);
        this.firstNames = Map.copyOf(firstNames);
        this.honorifics = Set.copyOf(honorifics);
        this.nonPersonWords = Set.copyOf(nonPersonWords);
        this.officeForms = Map.copyOf(officeForms);
        Map<String, Office> byKey = new HashMap<>();
        officeForms.values().forEach(o -> byKey.put(o.key(), o));
        this.officesByKey = Map.copyOf(byKey);
        this.stateForms = Map.copyOf(stateForms);
        this.partyForms = Map.copyOf(partyForms);
        this.partyCodes = Map.copyOf(partyCodes);
        this.officeFinder = new PhraseFinder(officeForms.keySet(), "office");
        Set<String> heads = new HashSet<>();
        for (String form : officeForms.keySet())
            heads.add(form.substring(form.lastIndexOf(' ') + 1));
        this.officeHeads = Set.copyOf(heads);
    }

    /** The lists as read once per JVM: they are immutable, and the models, the store and the commands share them. */
    private static volatile Gazetteers bundled;

    /** The bundled lists, read on the first call only; throws {@link NewsgraphException} naming a list that is missing. */
    public static Gazetteers load() {
        Gazetteers lists = bundled;
        if (lists == null) {
            synchronized (Gazetteers.class) {
                if (bundled == null)
                    bundled = readBundled();
                lists = bundled;
            }
        }
        return lists;
    }

    private static Gazetteers readBundled() {
        Map<String, String> firstNames = new HashMap<>();
        for (String line : lines("first-names.tsv")) {
            String[] f = line.split("\t");
            firstNames.put(f[0], f.length > 1 ? f[1] : "U");
        }
        Set<String> honorifics = new HashSet<>(lines("honorifics.txt"));
        Set<String> nonPerson = new HashSet<>(lines("non-person-words.txt"));
        Map<String, Office> offices = new HashMap<>();
        for (String line : lines("offices.tsv")) {
            String[] f = line.split("\t");
            Office office = new Office(f[0], f[1]);
            for (String form : f[2].split("\\|"))
                offices.put(form, office);
        }
        Map<String, State> states = new HashMap<>();
        for (String line : lines("states.tsv")) {
            String[] f = line.split("\t", -1);
            State state = new State(f[0], f[1]);
            states.put(f[0].toLowerCase(Locale.ROOT), state);
            for (String form : (f.length > 2 ? f[2] : "").split("\\|"))
                if (!form.isBlank())
                    states.put(form.toLowerCase(Locale.ROOT), state);
        }
        Map<String, Party> parties = new HashMap<>();
        Map<String, Party> codes = new HashMap<>();
        for (String line : lines("parties.tsv")) {
            String[] f = line.split("\t");
            Party party = new Party(f[0], f[1], f[3]);
            for (String form : f[2].split("\\|"))
                parties.put(form, party);
            codes.put(f[3], party);
        }
        Map<String, Set<String>> nicknames = new HashMap<>();
        for (String line : lines("nicknames.tsv")) {
            String[] f = line.split("\t");
            for (String shortForm : f[1].split("\\|")) {
                nicknames.computeIfAbsent(f[0], k -> new HashSet<>()).add(shortForm);
                nicknames.computeIfAbsent(shortForm, k -> new HashSet<>()).add(f[0]);
            }
        }
        Map<String, String> spellings = new HashMap<>();
        for (String spelling : lines("surname-spellings.txt"))
            spellings.put(spelling.toLowerCase(Locale.ROOT).replace("'", ""), spelling);
        Map<String, String> countries = new HashMap<>();
        for (String line : lines("countries.tsv")) {
            String[] f = line.split("\t", -1);
            String name = titleCase(f[0]);
            countries.put(f[0], name);
            for (String form : (f.length > 1 ? f[1] : "").split("\\|"))
                if (!form.isBlank())
                    countries.put(form, name);
        }
        List<String> record = lines("us-federal-officeholders.tsv");
        Set<String> recordNames = new HashSet<>();
        Set<String> recordSurnames = new HashSet<>();
        for (String line : record) {
            String[] f = line.split("\t", -1);
            for (String first : List.of(f[4], f[6]))
                if (!first.isEmpty())
                    recordNames.add(lower(first + " " + f[7]));
            recordSurnames.add(keyPart(f[7]));
        }
        return new Gazetteers(firstNames, honorifics, nonPerson, offices, states, parties, codes, nicknames, spellings,
                countries, PresidentRecord.parse(record), SeatRecord.parse(record), recordNames, recordSurnames);
    }

    private static String titleCase(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split(" "))
            b.append(b.length() > 0 ? " " : "").append(w.length() <= 3 && w.equals("and") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        return b.toString();
    }

    /** The country a name or adjective names ("Russian" -> Russia), if it is one of the list's. */
    public Optional<String> country(String form) {
        return Optional.ofNullable(countryForms.get(lower(form)));
    }

    /**
     * True when the name is a federal office-holder's as the reference table gives it ("Kamala Harris", "Barack
     * Obama"): a name, whatever the first-name list says of its first word.
     */
    public boolean isRecordName(String name) {
        return recordNames.contains(lower(name));
    }

    /**
     * True when some federal office-holder of the reference table has this surname, written as a person's key writes it
     * (lower case, no accents or apostrophes, words joined by hyphens: "orourke", "hyde-smith").
     */
    public boolean isRecordSurname(String keyPart) {
        return recordSurnames.contains(keyPart);
    }

    /** A name as a person's key writes it: "O'Rourke" -> "orourke", "Sánchez" -> "sanchez". */
    private static String keyPart(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("['’.]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The record of U.S. presidents and vice presidents. */
    /** Who sat in each state's congressional seats when, from the same reference table. */
    public SeatRecord seats() {
        return seats;
    }

    public PresidentRecord presidents() {
        return presidents;
    }

    /** How a surname written as this lower-case key part is spelt ("orourke" -> "O'Rourke"), or null. */
    public String surnameSpelling(String keyPart) {
        return surnameSpellings.get(keyPart);
    }

    /** Non-comment, non-blank lines of a bundled list. */
    private static List<String> lines(String name) {
        String resource = "/org/newsgraph/nlp/" + name;
        try (InputStream in = Gazetteers.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new NewsgraphException("Gazetteer " + resource + " is not on the classpath");
            List<String> out = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#"))
                        out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new NewsgraphException("IO error while reading gazetteer " + resource + ": " + e.getMessage(), e);
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    public boolean isFirstName(String token) {
        return firstNames.containsKey(lower(token));
    }

    /** True when the two first names are one ("Jeff" and "Jefferson", "Bob" and "Robert"). */
    public boolean sameFirstName(String a, String b) {
        String x = lower(a);
        String y = lower(b);
        if (x.equals(y) || x.startsWith(y) && y.length() >= 3 || y.startsWith(x) && x.length() >= 3)
            return true;
        return nicknames.getOrDefault(x, Set.of()).contains(y);
    }

    /** "male", "female" or null: the sex at least 90% of the babies given this first name had. */
    public String genderOfFirstName(String token) {
        String sex = firstNames.get(lower(token));
        return "M".equals(sex) ? "male" : "F".equals(sex) ? "female" : null;
    }

    public boolean isHonorific(String token) {
        return honorifics.contains(lower(token));
    }

    public boolean isNonPersonWord(String token) {
        String t = lower(token);
        return nonPersonWords.contains(t) || partyForms.containsKey(t) || stateForms.containsKey(t);
    }

    /** The office a title form names ("sen." -> U.S. Senator), if it is one. */
    public Optional<Office> office(String form) {
        return Optional.ofNullable(officeForms.get(lower(form)));
    }

    /** Whether the word ends some office's title ("Secretary", "General"), misspelt post or not ("Treasure Secretary"). */
    public boolean isOfficeHead(String token) {
        return officeHeads.contains(lower(token));
    }

    public Optional<Office> officeByKey(String key) {
        return Optional.ofNullable(officesByKey.get(key));
    }

    /** Spans of office titles in a token array (longest match; the type is "office"). */
    public Span[] findOffices(String[] tokens) {
        return officeFinder.find(tokens);
    }

    /** The state a name, postal code or AP abbreviation stands for. */
    public Optional<State> state(String form) {
        return Optional.ofNullable(stateForms.get(lower(form)));
    }

    /** The state of a two-letter postal code in capitals ("KY"); the codes are not forms of {@link #state}, as "IN"
     * or "OR" would be words there. */
    public Optional<State> stateByCode(String code) {
        if (code.length() != 2 || !code.equals(code.toUpperCase(Locale.ROOT)))
            return Optional.empty();
        for (State st : stateForms.values())
            if (st.code().equals(code))
                return Optional.of(st);
        return Optional.empty();
    }

    /** The party a word names ("GOP", "Democratic"), if any. */
    public Optional<Party> party(String form) {
        return Optional.ofNullable(partyForms.get(lower(form)));
    }

    /** The party of a one-letter code ("R", "D"). */
    public Optional<Party> partyByCode(String code) {
        return Optional.ofNullable(partyCodes.get(code));
    }

}
