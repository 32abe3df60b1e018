package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Gazetteers;
import org.newsgraph.nlp.Mention;

/**
 * memberOf from party cues next to a name: a party-state code after it ("Doug Jones (D-Ala.)",
 * "Marco Rubio, R-Fla."), a party word before it ("Democratic Sen. Doug Jones", "Republican candidate
 * Larry Meyers", "Democrat Doug Jones") or in an apposition ("Jerrold Nadler, a Democrat",
 * "Ms. Murkowski, Alaska Republican"). Thread-safe.
 */
public final class PartyExtractor implements Extractor {
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");

    public PartyExtractor(Gazetteers gazetteers) {
    }

    @Override
    public List<Fact> extract(AnnotatedArticle article, AnnotatedSentence sentence) {
        SentenceContext c = new SentenceContext(article, sentence);
        List<Fact> out = new ArrayList<>();
        List<Mention> parties = c.of(EntityType.PARTY);
        for (Mention person : c.persons) {
            if (person.form() != Mention.Form.NAME)
                continue;
            for (Mention party : parties) {
                double confidence = cue(c, person, party);
                if (confidence > 0)
                    out.add(new Fact(person, Relation.MEMBER_OF, party, sentence.index(), confidence));
            }
        }
        return out;
    }

    private static double cue(SentenceContext c, Mention person, Mention party) {
        boolean code = "code".equals(party.attribute("form"));
        if (code) {
            // "Jones (D-Ala.)", "Rubio, R-Fla.", "Warren (D)": the code follows the name within a bracket or comma.
            int gap = party.start() - person.end();
            if (gap >= 0 && gap <= 2) {
                for (int k = person.end(); k < party.start(); k++)
                    if (!c.s.token(k).equals("(") && !c.s.token(k).equals(","))
                        return 0;
                return 0.95;
            }
            return 0;
        }
        if (party.end() <= person.start()) {
            // A party word before the name with only title, state and role words between: "Democratic Sen.", "Republican candidate".
            if (person.start() - party.end() > 4)
                return 0;
            for (int k = party.end(); k < person.start(); k++) {
                String t = c.s.token(k);
                boolean titleWord = c.mentionAt(EntityType.OFFICE, k).isPresent();
                boolean role = Character.isLowerCase(t.charAt(0)) && (c.s.tag(k).equals("NOUN") || c.s.tag(k).equals("ADJ"));
                boolean state = Character.isUpperCase(t.charAt(0)) && c.s.tag(k).equals("PROPN") && !titleWord
                        && c.mentionAt(EntityType.PARTY, k).isEmpty();
                if (t.equals(",") || t.equals("'s") || c.personAt(k).isPresent() || !(titleWord || role || state))
                    return 0;
            }
            if (party.start() > 0 && (c.s.token(party.start() - 1).equals("'s") || c.lower(party.start() - 1).equals("the")
                    && c.s.token(party.end()).equals(",")))
                return 0;
            return 0.8;
        }
        // "Nadler, a Democrat", "Murkowski, Alaska Republican", "Collins, the top Republican on the committee".
        int i = person.end();
        if (i >= c.size() || !c.s.token(i).equals(",") || party.start() - i > 5)
            return 0;
        for (int k = i + 1; k < party.start(); k++) {
            String t = c.lower(k);
            boolean ok = DETERMINERS.contains(t) || c.s.tag(k).equals("ADJ") || c.s.tag(k).equals("NUM") || t.contains("-")
                    || Character.isUpperCase(c.s.token(k).charAt(0)) && c.s.tag(k).equals("PROPN") || t.equals("former");
            if (!ok)
                return 0;
        }
        return 0.75;
    }
}
