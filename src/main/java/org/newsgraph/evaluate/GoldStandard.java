package org.newsgraph.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gold annotations of one or more articles ({@code *.gold.json}, described in the eval README), merged as the
 * reference scorer merges them: entity ids are shared across files, the first file's definition of an entity
 * wins, its {@code noise} and {@code optional} flags hold only where every file sets them, and a fact that is
 * a fact in any file is never optional. Immutable, thread-safe.
 */
public final class GoldStandard {
    private final Map<String, GoldEntity> entities;
    private final Set<GoldFact> facts;
    private final Set<GoldFact> optional;
    private final Set<GoldFact> forbidden;

    private GoldStandard(Map<String, GoldEntity> entities, Set<GoldFact> facts, Set<GoldFact> optional,
                         Set<GoldFact> forbidden) {
        this.entities = Collections.unmodifiableMap(entities);
        this.facts = Collections.unmodifiableSet(facts);
        this.optional = Collections.unmodifiableSet(optional);
        this.forbidden = Collections.unmodifiableSet(forbidden);
    }

    /**
     * Reads and merges gold files, in the order given.
     *
     * @throws GoldFormatException naming the file and the reason if one cannot be read, is not JSON,
     *                             or lacks the documented shape
     */
    public static GoldStandard read(List<Path> goldFiles) {
        if (goldFiles.isEmpty())
            throw new IllegalArgumentException("No gold file");
        ObjectMapper mapper = new ObjectMapper();
        Map<String, GoldEntity> entities = new LinkedHashMap<>();
        Set<GoldFact> facts = new LinkedHashSet<>();
        Set<GoldFact> optional = new LinkedHashSet<>();
        Set<GoldFact> forbidden = new LinkedHashSet<>();
        for (Path file : goldFiles) {
            JsonNode root;
            try {
                root = mapper.readTree(Files.readString(file));
            } catch (JacksonException e) {
                throw new GoldFormatException(file, "not valid JSON: " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new GoldFormatException(file, "cannot be read: " + e, e);
            }
            new FileReader(file).read(root, entities, facts, optional, forbidden);
        }
        optional.removeAll(facts);
        return new GoldStandard(entities, facts, optional, forbidden);
    }

    /** The entities by id, in the order first seen. */
    public Map<String, GoldEntity> entities() {
        return entities;
    }

    /** The facts to find, symmetric ones in canonical order. */
    public Set<GoldFact> facts() {
        return facts;
    }

    /** Facts that are neither counted nor penalised (never also in {@link #facts()}). */
    public Set<GoldFact> optional() {
        return optional;
    }

    /** Facts that are wrong and reported by name when found. */
    public Set<GoldFact> forbidden() {
        return forbidden;
    }

    /** Reads one parsed file into the merged collections, checking its shape. */
    private record FileReader(Path file) {
        void read(JsonNode root, Map<String, GoldEntity> entities, Set<GoldFact> facts, Set<GoldFact> optional,
                  Set<GoldFact> forbidden) {
            if (root == null || !root.isObject())
                throw fail("not a JSON object");
            JsonNode ents = root.get("entities");
            if (ents == null || !ents.isObject())
                throw fail("no \"entities\" object");
            for (Map.Entry<String, JsonNode> field : ents.properties()) {
                GoldEntity e = entity(field.getKey(), field.getValue());
                GoldEntity before = entities.get(e.id());
                if (before == null)
                    entities.put(e.id(), e);
                else
                    entities.put(e.id(), before.withFlags(before.noise() && e.noise(), before.optional() && e.optional()));
            }
            facts(root, "facts", facts);
            facts(root, "optional", optional);
            facts(root, "forbidden", forbidden);
        }

        private GoldEntity entity(String id, JsonNode v) {
            if (!v.isObject())
                throw fail("entity \"" + id + "\" is not an object");
            JsonNode type = v.get("type");
            if (type == null || !type.isTextual())
                throw fail("entity \"" + id + "\" has no \"type\" string");
            JsonNode surname = v.get("surname");
            if (surname != null && !surname.isTextual())
                throw fail("entity \"" + id + "\": \"surname\" is not a string");
            return new GoldEntity(id, type.asText(),
                    v.has("names") ? strings(v, "names", id) : null,
                    surname == null ? null : surname.asText(),
                    v.has("all") ? strings(v, "all", id) : List.of(),
                    v.has("any") ? strings(v, "any", id) : List.of(),
                    v.has("none") ? strings(v, "none", id) : List.of(),
                    v.has("years") ? years(v.get("years"), id) : null,
                    truthy(v.get("noise")), truthy(v.get("optional")));
        }

        private List<String> strings(JsonNode v, String key, String id) {
            JsonNode list = v.get(key);
            if (!list.isArray())
                throw fail("entity \"" + id + "\": \"" + key + "\" is not a list");
            List<String> out = new ArrayList<>();
            for (JsonNode s : list) {
                if (!s.isTextual())
                    throw fail("entity \"" + id + "\": \"" + key + "\" holds a non-string: " + s);
                out.add(s.asText());
            }
            return out;
        }

        private Set<Integer> years(JsonNode list, String id) {
            if (!list.isArray())
                throw fail("entity \"" + id + "\": \"years\" is not a list");
            Set<Integer> out = new HashSet<>();
            for (JsonNode y : list) {
                // A year given as a string never equals a year found in a label, as in the reference scorer.
                if (y.isNumber() && y.asDouble() == Math.rint(y.asDouble()))
                    out.add((int) y.asDouble());
            }
            return out;
        }

        private void facts(JsonNode root, String key, Set<GoldFact> into) {
            JsonNode list = root.get(key);
            if (list == null)
                return;
            if (!list.isArray())
                throw fail("\"" + key + "\" is not a list");
            for (JsonNode f : list) {
                if (!f.isArray() || f.size() != 3 || !f.get(0).isTextual() || !f.get(1).isTextual() || !f.get(2).isTextual())
                    throw fail("\"" + key + "\" entry is not [subject, predicate, object]: " + f);
                into.add(GoldFact.canon(f.get(0).asText(), f.get(1).asText(), f.get(2).asText()));
            }
        }

        /** Python truthiness, as the reference scorer tests the flags. */
        private static boolean truthy(JsonNode v) {
            if (v == null || v.isNull())
                return false;
            if (v.isBoolean())
                return v.booleanValue();
            if (v.isNumber())
                return v.asDouble() != 0;
            if (v.isTextual())
                return !v.asText().isEmpty();
            return v.size() > 0;
        }

        private GoldFormatException fail(String reason) {
            return new GoldFormatException(file, reason);
        }
    }
}
