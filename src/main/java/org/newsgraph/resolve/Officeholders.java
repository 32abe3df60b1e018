package org.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.NewsgraphException;
import org.newsgraph.ingest.Sha256;

/**
 * The bundled reference table of U.S. federal office-holders ({@code org/newsgraph/nlp/us-federal-officeholders.tsv}:
 * members of Congress 2011-2026, every president and vice president), indexed by id, last name and name key. Each
 * person has a node key, the key of the person node that stands for them in a store: the slug of their name, with
 * their year of birth after it when another person of the table has the same name ({@code george-bush-1946}).
 * Immutable after loading and safe to share between threads.
 */
public final class Officeholders {
    static final String RESOURCE = "/org/newsgraph/nlp/us-federal-officeholders.tsv";
    private static final Map<String, String> OFFICES = Map.of("sen", "us-senator", "rep", "us-representative",
            "prez", "us-president", "viceprez", "us-vice-president");

    private final List<Officeholder> all;
    private final String version;
    private final Map<String, Officeholder> byId = new HashMap<>();
    private final Map<String, List<Officeholder>> byLastToken = new HashMap<>();
    private final Map<String, List<Officeholder>> byNameKey = new HashMap<>();
    private final Map<String, String> nodeKeys = new HashMap<>();

    Officeholders(List<Officeholder> people, String version) {
        this.all = List.copyOf(people);
        this.version = version;
        Map<String, Integer> sameName = new HashMap<>();
        for (Officeholder p : all) {
            if (byId.put(p.id(), p) != null)
                throw new IllegalArgumentException("Two people with id " + p.id());
            String last = Entity.slug(p.last());
            byLastToken.computeIfAbsent(last.substring(last.lastIndexOf('-') + 1), k -> new ArrayList<>()).add(p);
            for (String key : nameKeys(p))
                byNameKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            sameName.merge(Entity.slug(p.name()), 1, Integer::sum);
        }
        for (Officeholder p : all) {
            String key = Entity.slug(p.name());
            nodeKeys.put(p.id(), sameName.get(key) == 1 ? key : key + "-" + (p.birthYear() > 0 ? p.birthYear() : p.id()));
        }
    }

    /** The table as read once per JVM: it is immutable, and every processor, store and command shares it. */
    private static volatile Officeholders bundled;

    /** The bundled table, read on the first call only. */
    public static Officeholders load() {
        Officeholders table = bundled;
        if (table == null) {
            synchronized (Officeholders.class) {
                if (bundled == null)
                    bundled = readBundled();
                table = bundled;
            }
        }
        return table;
    }

    private static Officeholders readBundled() {
        try (InputStream in = Officeholders.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new NewsgraphException("Reference table " + RESOURCE + " is not on the classpath");
            return read(in);
        } catch (IOException e) {
            throw new NewsgraphException("IO error while reading reference table " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static Officeholders read(InputStream in) throws IOException {
        List<Officeholder> people = new ArrayList<>();
        byte[] bytes = in.readAllBytes();
        BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#"))
                continue;
            try {
                people.add(person(line.split("\t", -1)));
            } catch (RuntimeException e) {
                throw new NewsgraphException("Reference table " + RESOURCE + ", line " + number + ": " + e.getMessage(), e);
            }
        }
        return new Officeholders(people, HexFormat.of().formatHex(Sha256.of(new String(bytes, StandardCharsets.UTF_8))));
    }

    private static Officeholder person(String[] f) {
        if (f.length != 12)
            throw new IllegalArgumentException("12 columns expected, not " + f.length);
        List<Officeholder.Service> service = new ArrayList<>();
        for (String span : f[11].split("\\|")) {
            String[] s = span.split(":", -1);
            if (s.length != 5 || !OFFICES.containsKey(s[0]))
                throw new IllegalArgumentException("not a span of service: " + span);
            String state = s[1].isEmpty() ? null : s[1];
            service.add(new Officeholder.Service(OFFICES.get(s[0]), state, s[2], date(s[3]), date(s[4])));
        }
        int born = f[10].isEmpty() ? 0 : Integer.parseInt(f[10]);
        return new Officeholder(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], born, service);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: " + text, e);
        }
    }

    /** A digest of the table, so that a store can tell whether its copy is this one. */
    public String version() {
        return version;
    }

    /** Everyone in the table, in its order. */
    public List<Officeholder> all() {
        return all;
    }

    public Optional<Officeholder> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The people whose last name ends in this slug token ("schultz" finds Debbie Wasserman Schultz). */
    public List<Officeholder> withLastToken(String token) {
        return byLastToken.getOrDefault(token, List.of());
    }

    /** The people one of whose names has this key: "joe-biden" and "joseph-biden" both find Joe Biden. */
    public List<Officeholder> withNameKey(String key) {
        return byNameKey.getOrDefault(key, List.of());
    }

    /** The key of the person node that stands for this person ({@code jeff-sessions}, {@code george-bush-1946}). */
    public String nodeKey(Officeholder person) {
        return nodeKeys.get(person.id());
    }

    /**
     * The keys of the names the person goes by: as news writes it, first and last, nickname and last, and the first
     * name with the middle names or their initials ("george-w-bush", "george-hw-bush", "george-herbert-walker-bush").
     */
    static Set<String> nameKeys(Officeholder p) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Entity.slug(p.name()));
        keys.add(Entity.slug(p.first() + " " + p.last()));
        if (!p.nickname().isEmpty())
            keys.add(Entity.slug(p.nickname() + " " + p.last()));
        if (!p.middle().isEmpty()) {
            StringBuilder initials = new StringBuilder();
            for (String part : p.middle().split("[\\s.]+"))
                if (!part.isEmpty())
                    initials.append(part.charAt(0));
            keys.add(Entity.slug(p.first() + " " + initials + " " + p.last()));
            keys.add(Entity.slug(p.first() + " " + String.join(" ", initials.toString().split("")) + " " + p.last()));
            if (!p.middle().contains("."))
                keys.add(Entity.slug(p.first() + " " + p.middle() + " " + p.last()));
        }
        return Collections.unmodifiableSet(keys);
    }
}
