package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds investigations: a head noun (probe, investigation, inquiry) with the proper nouns that say what it
 * is about, before the head ("Mueller's Russia probe") or after "into" ("investigation into Russia's
 * efforts"). The value is the topic (a place, or else a person's name), or "" for a bare "the probe".
 * Thread-safe.
 */
public final class InvestigationFinder implements MentionFinder {
    private static final Set<String> HEADS = Set.of("probe", "probes", "investigation", "investigations", "inquiry", "inquiries",
            "case", "lawsuit", "trial", "prosecution", "proceedings");
    // What a case is about follows these: "the case against Roger Stone", "the lawsuit over the emails".
    private static final Set<String> ABOUT = Set.of("into", "against", "involving", "of", "over", "concerning");
    // Nationality adjectives name the country the investigation is about.
    private static final Map<String, String> DEMONYMS = Map.of("Russian", "Russia", "Chinese", "China", "Ukrainian", "Ukraine",
            "Iranian", "Iran", "Saudi", "Saudi Arabia", "Mexican", "Mexico");
    private static final Set<String> PLACES = Set.of("Russia", "China", "Ukraine", "Iran", "Saudi Arabia", "Mexico", "Moscow",
            "Benghazi", "Israel", "Syria", "North Korea");

    private final Gazetteers gazetteers;

    public InvestigationFinder(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
    }

    @Override
    public List<Mention> find(AnnotatedSentence s) {
        List<Mention> out = new ArrayList<>();
        for (int h = 0; h < s.size(); h++) {
            if (!HEADS.contains(s.token(h).toLowerCase(Locale.ROOT)))
                continue;
            int start = h;
            String place = null;
            String person = null;
            for (int k = h - 1; k >= Math.max(0, h - 6); k--) {
                String t = s.token(k);
                String tag = s.tag(k);
                if (t.equals("'s") || t.equals("'") || t.equals("-") || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN")
                        || PersonFinder.isCapitalisedWord(t) || t.equalsIgnoreCase("special") || t.equalsIgnoreCase("counsel")) {
                    start = k;
                    String topic = topicOf(t);
                    if (topic != null && place == null)
                        place = topic;
                    else if (PersonFinder.isCapitalisedWord(t) && !gazetteers.isNonPersonWord(t) && person == null
                            && gazetteers.office(t).isEmpty() && (!gazetteers.isFirstName(t) || isNameTag(s.tag(k)) && (k == h - 1 && k > 0 && !s.tag(k - 1).equals("PUNCT") || endsName(s, k))))
                        person = t;
                    continue;
                }
                break;
            }
            int end = h + 1;
            if (end < s.size() && ABOUT.contains(s.token(end).toLowerCase(Locale.ROOT))) {
                for (int k = end + 1; k < Math.min(s.size(), end + 8); k++) {
                    String t = s.token(k);
                    String topic = topicOf(t);
                    if (topic != null) {
                        if (place == null)
                            place = topic;
                        end = k + 1;
                        break;
                    }
                    if (PersonFinder.isCapitalisedWord(t) && !gazetteers.isNonPersonWord(t) && gazetteers.office(t).isEmpty()
                            && (!gazetteers.isFirstName(t) || isNameTag(s.tag(k)) && endsName(s, k)) && person == null
                            && (k + 1 >= s.size() || !PersonFinder.isCapitalisedWord(s.token(k + 1)))) {
                        person = t;
                        end = k + 1;
                        break;
                    }
                    if (s.token(k).equals(",") || s.tag(k).equals("VERB"))
                        break;
                }
            }
            // A bare "the case" or "the trial" is too vague to be an entity; a bare probe is the article's probe.
            boolean caseHead = !Set.of("probe", "probes", "investigation", "investigations", "inquiry", "inquiries")
                    .contains(s.token(h).toLowerCase(Locale.ROOT));
            if (caseHead && place == null && person == null)
                continue;
            String value = place != null ? place : person != null ? person : "";
            out.add(new Mention(EntityType.INVESTIGATION, Mention.Form.NAME, s.index(), start, end, s.cover(start, end), value,
                    Map.of("head", s.token(h).toLowerCase(Locale.ROOT)), value.isEmpty() ? 0.5 : 0.8));
        }
        return out;
    }

    /**
     * The mentions without the investigations whose topic is a word no person of the article is named by: a
     * sentence's first word ("The case", "This investigation"), part of a name that is no person's ("the Supreme
     * Court case", "the Associated Press investigation", "the Fast and Furious probe") or a thing ("the Ebola case").
     * A probe named after a place, or after a surname the article gives a person ("the Flynn case"), stays, as does
     * a bare "the probe".
     */
    static List<Mention> withKnownTopics(List<Mention> mentions) {
        Set<String> surnames = new HashSet<>();
        for (Mention m : mentions)
            if (m.type() == EntityType.PERSON && m.form() == Mention.Form.NAME && !m.value().isBlank())
                surnames.add(lastWord(m.value()));
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions)
            if (m.type() != EntityType.INVESTIGATION || m.value().isEmpty() || PLACES.contains(m.value())
                    || DEMONYMS.containsValue(m.value()) || surnames.contains(m.value().toLowerCase(Locale.ROOT)))
                out.add(m);
        return out;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /*
     * Many surnames are first names too ("Stone", "Grant"): the last word of a name of two or more capitalised
     * words is a surname whatever the list says, as is the word just before the head ("the Stone case"); a lone
     * first name after it ("the case against Roger") is no topic.
     */
    private static boolean endsName(AnnotatedSentence s, int k) {
        boolean last = k + 1 >= s.size() || !PersonFinder.isCapitalisedWord(s.token(k + 1));
        return last && k > 0 && PersonFinder.isCapitalisedWord(s.token(k - 1)) && !s.token(k - 1).equalsIgnoreCase("the");
    }

    // The tagger calls a name before "case" an adjective as often as a proper noun; "An" or "Her" is neither.
    private static boolean isNameTag(String tag) {
        return tag.equals("PROPN") || tag.equals("ADJ") || tag.equals("NOUN");
    }

    private static String topicOf(String token) {
        if (PLACES.contains(token))
            return token.equals("Moscow") ? "Russia" : token;
        return DEMONYMS.get(token);
    }
}
