package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.newsgraph.nlp.Gazetteers;

/**
 * A person's rdfs:label from the person's key alone ({@code beto-orourke} to "Beto O'Rourke"), so that every
 * article mentioning the person writes the same label whatever spelling it used; the spellings themselves
 * are alternative labels. Immutable and thread-safe.
 */
public final class PersonLabeler {
    // Name particles written in lower case inside a name ("Ursula von der Leyen", "Bashar al Assad").
    private static final Set<String> PARTICLES = Set.of("von", "der", "den", "al", "bin", "ibn", "da", "dos", "das");
    private static final String VOWELS = "aeiouy";

    private final Gazetteers gazetteers;

    /** Known surname spellings come from the gazetteers' bundled list. */
    public PersonLabeler(Gazetteers gazetteers) {
        this.gazetteers = Objects.requireNonNull(gazetteers, "gazetteers");
    }

    /** The label of the person with this key: each part of the key capitalised, particles, initials and known spellings kept. */
    public String label(String key) {
        String[] parts = key.split("-");
        List<String> words = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++)
            words.add(word(parts[i], i == 0, i == parts.length - 1));
        return String.join(" ", words);
    }

    private String word(String part, boolean first, boolean last) {
        if (part.chars().allMatch(Character::isDigit))
            return part;
        String known = gazetteers.surnameSpelling(part);
        if (known != null)
            return known;
        if (part.length() == 1)
            return part.toUpperCase(Locale.ROOT) + ".";
        if (last && !first && (part.equals("jr") || part.equals("sr")))
            return capital(part) + ".";
        // "jd-vance", "tj-cox": a short first name without a vowel is a pair of initials.
        if (first && !last && part.length() <= 3 && part.chars().noneMatch(ch -> VOWELS.indexOf(ch) >= 0))
            return String.join(".", part.toUpperCase(Locale.ROOT).split("")) + ".";
        if (!first && !last && PARTICLES.contains(part))
            return part;
        if (part.startsWith("mc") && part.length() > 3)
            return "Mc" + capital(part.substring(2));
        return capital(part);
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
