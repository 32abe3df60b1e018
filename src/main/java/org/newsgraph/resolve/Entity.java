package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.nlp.EntityType;

/**
 * One real-world thing, as resolved from an article's mentions. The {@code key} is a readable slug
 * ({@code jeff-sessions}, {@code us-attorney-general}, {@code 2020-alabama-us-senate-republican-primary-runoff})
 * computed from the canonical name alone, so the same person gets the same IRI in every article and build.
 *
 * @param type       what kind of entity
 * @param key        lower-case slug, unique within the type
 * @param label      the canonical name (rdfs:label)
 * @param altLabels  the other surface forms seen (skos:altLabel), without the label itself
 * @param attributes structured facets where the type has them (a race's year, stage, jurisdiction;
 *                   an office's jurisdiction), keyed by ontology property local name
 */
public record Entity(EntityType type, String key, String label, Set<String> altLabels, Map<String, String> attributes) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        if (key == null || !SLUG.matcher(key).matches())
            throw new IllegalArgumentException("Not a slug: " + key);
        altLabels = Set.copyOf(altLabels);
        attributes = Map.copyOf(attributes);
    }

    /** The slug of a name: lower case ASCII letters and digits, runs of anything else as one hyphen. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("['’.]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.isEmpty())
            throw new IllegalArgumentException("Nothing to make a slug of: " + name);
        return slug;
    }
}
