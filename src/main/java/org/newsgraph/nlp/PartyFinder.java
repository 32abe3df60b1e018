package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds party mentions: party words ("Republican", "GOP", "Democrats") and the party-state codes of
 * U.S. style ("D-Ala.", "R-Fla.", "(R)"). The value is the party key; a code mention carries
 * {@code form=code} and the state. Thread-safe.
 */
public final class PartyFinder implements MentionFinder {
    // Some outlets set the code with an en dash ("Tom Cotton (R–Ark.)").
    private static final Pattern CODE = Pattern.compile("([DRIL])[-–]([\\p{Lu}][\\p{L}.]*)");

    private final Gazetteers gazetteers;

    public PartyFinder(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
    }

    @Override
    public List<Mention> find(AnnotatedSentence s) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String t = s.token(i);
            Matcher code = CODE.matcher(t);
            if (code.matches()) {
                Optional<Gazetteers.Party> party = gazetteers.partyByCode(code.group(1));
                String state = stateOf(code.group(2), s, i);
                if (party.isPresent() && state != null) {
                    out.add(new Mention(EntityType.PARTY, Mention.Form.NAME, s.index(), i, i + 1, t, party.get().key(),
                            Map.of("form", "code", "state", state), 0.95));
                }
                continue;
            }
            if (t.equals("(") && i + 2 < s.size() && s.token(i + 2).equals(")") && s.token(i + 1).matches("[DRI]")) {
                Optional<Gazetteers.Party> party = gazetteers.partyByCode(s.token(i + 1));
                if (party.isPresent())
                    out.add(new Mention(EntityType.PARTY, Mention.Form.NAME, s.index(), i + 1, i + 2, s.token(i + 1),
                            party.get().key(), Map.of("form", "code"), 0.9));
                continue;
            }
            if (!Character.isUpperCase(t.charAt(0)))
                continue;
            Optional<Gazetteers.Party> party = gazetteers.party(t);
            if (party.isPresent() && !foreignName(s, i)) {
                out.add(new Mention(EntityType.PARTY, Mention.Form.NAME, s.index(), i, i + 1, t, party.get().key(),
                        Map.of("form", "word"), 0.8));
            }
        }
        return out;
    }

    /** Capitalised words that make a party word the name of another country's party: "the Liberal Democrats". */
    private static final Set<String> FOREIGN_QUALIFIERS = Set.of("Liberal", "Social", "Christian", "Free");

    /**
     * "Former Liberal Democrat leader Paddy Ashdown": a capitalised qualifier mid-sentence names a party abroad. At a
     * sentence's start the capital says nothing ("Liberal Democrats in Congress want ...").
     */
    private static boolean foreignName(AnnotatedSentence s, int i) {
        return i > 1 && FOREIGN_QUALIFIERS.contains(s.token(i - 1));
    }

    /** "Ala.", "KY" or "South" + "Carolina" after the hyphen. */
    private String stateOf(String abbreviation, AnnotatedSentence s, int i) {
        Optional<Gazetteers.State> state = gazetteers.state(abbreviation);
        if (state.isEmpty() && i + 1 < s.size())
            state = gazetteers.state(abbreviation + " " + s.token(i + 1));
        if (state.isEmpty())
            state = gazetteers.state(abbreviation + ".");
        if (state.isEmpty())
            state = gazetteers.stateByCode(abbreviation);
        return state.map(Gazetteers.State::name).orElse(null);
    }
}
