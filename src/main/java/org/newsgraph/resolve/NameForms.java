package org.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.newsgraph.NewsgraphException;
import org.newsgraph.nlp.Gazetteers;

/**
 * The ways one person's name is written: titles and roles in front of it ("Justice Sonia Sotomayor", "Mr Trump"),
 * the surname written twice by a slip of extraction ("Bernie Sanders Sanders"), and first names that are one
 * (nicknames and formal names from the gazetteers' table, and misspellings: "Hilary" for "Hillary"). Works on the
 * words of a name as written or on the parts of a key ({@code justice-sonia-sotomayor}), case-insensitively. Used
 * within an article ({@link PersonChainMerger}) and across a store, so that both merge by the same rules.
 * Immutable and thread-safe.
 */
public final class NameForms {
    static final String TITLES = "/org/newsgraph/resolve/name-titles.txt";
    private static final String VOWELS = "aeiouy";
    /** A surname this long or longer may be misspelt by one slip; shorter ones are other names too often. */
    public static final int SLIP_LENGTH = 5;

    private final Gazetteers gazetteers;
    private final Set<String> titles;

    public NameForms(Gazetteers gazetteers) {
        this.gazetteers = Objects.requireNonNull(gazetteers, "gazetteers");
        this.titles = readTitles();
    }

    private static Set<String> readTitles() {
        try (InputStream in = NameForms.class.getResourceAsStream(TITLES)) {
            if (in == null)
                throw new NewsgraphException("Word list " + TITLES + " is not on the classpath");
            Set<String> out = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null)
                if (!line.isBlank() && !line.startsWith("#"))
                    out.add(line.strip());
            return out;
        } catch (IOException e) {
            throw new NewsgraphException("IO error while reading word list " + TITLES + ": " + e.getMessage(), e);
        }
    }

    /** Whether the word, in front of a name, is a title, rank or role rather than part of the name. */
    public boolean isTitle(String word) {
        if (isSingularTitle(word))
            return true;
        // The plural before a list of names ("Presidents Trump and Obama", "Justices Antonin Scalia and Clarence Thomas").
        String w = word.toLowerCase(Locale.ROOT);
        String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        String dot = w.endsWith(".") ? "." : "";
        if (bare.length() > 3 && bare.endsWith("ies"))
            return isSingularTitle(bare.substring(0, bare.length() - 3) + "y" + dot);
        return bare.length() > 3 && bare.endsWith("s") && !bare.endsWith("ss") && isSingularTitle(bare.substring(0, bare.length() - 1) + dot);
    }

    private boolean isSingularTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        if (titles.contains(bare) || gazetteers.isHonorific(w) || gazetteers.isHonorific(bare) || gazetteers.isHonorific(bare + "."))
            return true;
        // One-word office titles ("Senator", "Gov.", "Judge"), but not those that are also common first names.
        return !gazetteers.isFirstName(bare) && (gazetteers.office(w).isPresent() || gazetteers.office(bare + ".").isPresent()
                || gazetteers.office(bare).isPresent());
    }

    /**
     * The name without the titles in front of it ("Justice Sonia Sotomayor", "Mr Trump"), or before the name after a
     * post ("Urban Development Secretary Ben Carson"). A title stays when only a first name would be left that is no
     * surname {@code surname} knows ("Prince Harry"; but "Secretary Kerry" when a Kerry is named with a first name).
     */
    public List<String> withoutTitles(List<String> words, Predicate<String> surname) {
        int start = 0;
        while (start < words.size() - 1 && isTitle(words.get(start)))
            start++;
        // "... Secretary Ben Carson": the name follows the last title inside, from a first name on.
        for (int i = words.size() - 3; i >= start; i--) {
            if (isTitle(words.get(i)) && gazetteers.isFirstName(words.get(i + 1))) {
                start = i + 1;
                break;
            }
        }
        if (start == 0)
            return words;
        List<String> rest = words.subList(start, words.size());
        if (rest.size() == 1 && gazetteers.isFirstName(rest.get(0)) && !surname.test(rest.get(0)))
            return words;
        return List.copyOf(rest);
    }

    /** {@link #withoutTitles(List, Predicate)} knowing no surname: a lone first name keeps its title. */
    public List<String> withoutTitles(List<String> words) {
        return withoutTitles(words, w -> false);
    }

    /**
     * Whether {@code longer} is {@code name} with words before it that are no name ("Enter Marco Rubio", "Sleepy Joe
     * Biden"): it ends in all of {@code name}, a full name that starts with a first name, and starts with no first name.
     */
    public boolean hasWordsBefore(List<String> longer, List<String> name) {
        int extra = longer.size() - name.size();
        if (extra < 1 || name.size() < 2 || !gazetteers.isFirstName(name.get(0)) || gazetteers.isFirstName(longer.get(0)))
            return false;
        for (int i = 0; i < name.size(); i++)
            if (!longer.get(extra + i).equalsIgnoreCase(name.get(i)))
                return false;
        return true;
    }

    /**
     * Whether {@code longer} is {@code name} with words after it ("Hillary Clinton Keeps" of a headline in title case,
     * "Paul Ryan Paul Davis Ryan" of a hover card): it starts with all of {@code name}, a full name that starts with a
     * first name. Whether the words after are part of no other name is for the caller to know.
     */
    public boolean hasWordsAfter(List<String> longer, List<String> name) {
        if (longer.size() <= name.size() || name.size() < 2 || !gazetteers.isFirstName(name.get(0)))
            return false;
        for (int i = 0; i < name.size(); i++)
            if (!longer.get(i).equalsIgnoreCase(name.get(i)))
                return false;
        return true;
    }

    /**
     * Whether two surnames of five letters or more are one slip of the keyboard apart: a letter more or less
     * ("shumer", "schumer"; "regan", "reagan") or two letters swapped ("guiliani", "giuliani"). One letter for
     * another, or a final "e", makes other names too often ("comer", "comey"; "wolf", "wolfe") and is not one.
     */
    public static boolean isSlip(String a, String b) {
        if (a.equals(b) || Math.max(a.length(), b.length()) < SLIP_LENGTH)
            return false;
        if (a.length() == b.length()) {
            int i = 0;
            while (a.charAt(i) == b.charAt(i))
                i++;
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1 || longer.equals(shorter + "e"))
            return false;
        for (int i = 0; i < longer.length(); i++)
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter))
                return true;
        return false;
    }

    /** The name without a last word that repeats the one before it ("Bernie Sanders Sanders"). */
    public List<String> withoutRepeat(List<String> words) {
        int n = words.size();
        if (n >= 3 && words.get(n - 1).equalsIgnoreCase(words.get(n - 2)))
            return List.copyOf(words.subList(0, n - 1));
        return words;
    }

    /** "male", "female" or null: the sex most babies given this first name had. */
    public String genderOfFirstName(String word) {
        return gazetteers.genderOfFirstName(word);
    }

    /** Whether the name is a federal office-holder's as the reference table gives it ("John Boehner"). */
    public boolean isRecordName(String name) {
        return gazetteers.isRecordName(name);
    }

    /** Whether some federal office-holder of the reference table has this surname (a key's part: "orourke"). */
    public boolean isRecordSurname(String keyPart) {
        return gazetteers.isRecordSurname(keyPart);
    }

    public boolean isFirstName(String word) {
        return gazetteers.isFirstName(word);
    }

    /** Whether two first names can be one person's: the same, a nickname of the other ("Chuck", "Charles"), or a misspelling. */
    public boolean sameFirstName(String a, String b) {
        return isNickname(a, b) || isMisspelling(a, b);
    }

    /** Whether two first names are one by the gazetteers: the same, a short form ("Jeff", "Jefferson"), a nickname. */
    public boolean isNickname(String a, String b) {
        return gazetteers.sameFirstName(a, b);
    }

    /**
     * Whether one first name is a slip for the other: a letter more or less ("Hilary", "Hillary"; "Alexandra",
     * "Alexandria"), or one vowel for another ("Lindsay", "Lindsey"), in names of five letters or more that do not
     * belong to different sexes. Other one-letter differences ("Dale", "Dave") are different names.
     */
    public boolean isMisspelling(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y) || Math.max(x.length(), y.length()) < 5 || x.charAt(0) != y.charAt(0))
            return false;
        String sx = gazetteers.genderOfFirstName(x);
        String sy = gazetteers.genderOfFirstName(y);
        if (sx != null && sy != null && !sx.equals(sy))
            return false;
        if (x.length() == y.length()) {
            int at = -1;
            for (int i = 0; i < x.length(); i++) {
                if (x.charAt(i) != y.charAt(i)) {
                    if (at >= 0)
                        return false;
                    at = i;
                }
            }
            return VOWELS.indexOf(x.charAt(at)) >= 0 && VOWELS.indexOf(y.charAt(at)) >= 0;
        }
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        if (longer.length() != shorter.length() + 1)
            return false;
        for (int i = 0; i < longer.length(); i++)
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter))
                return true;
        return false;
    }
}
