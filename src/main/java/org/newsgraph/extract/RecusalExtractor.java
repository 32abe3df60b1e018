package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * recusedFrom from "X recused himself from the Russia probe", "his decision to recuse himself",
 * "X's recusal from ...", "remove himself from the investigation", a judge who "stepped aside from the case". The object is the investigation
 * named in the sentence, else the one the article is about. A recusal that is refused, recommended,
 * asked for, discussed as a possibility or put conditionally ("he would recuse") is no fact. Thread-safe.
 */
public final class RecusalExtractor implements Extractor {
    private static final Set<String> REFLEXIVE = Set.of("himself", "herself", "themselves", "myself");

    @Override
    public List<Fact> extract(AnnotatedArticle article, AnnotatedSentence sentence) {
        SentenceContext c = new SentenceContext(article, sentence);
        List<Fact> out = new ArrayList<>();
        for (int t = 0; t < c.size(); t++) {
            String w = c.lower(t);
            boolean noun = w.startsWith("recusal");
            boolean verb = w.startsWith("recus") && !noun;
            boolean removal = (w.equals("remove") || w.equals("removed") || w.equals("removing") || w.equals("step")
                    || w.equals("stepped") || w.equals("stepping")) && (c.lowerIn(t + 1, REFLEXIVE) && c.lowerIn(t + 2, Set.of("from"))
                    || c.lowerIn(t + 1, Set.of("away", "aside", "down")) && c.lowerIn(t + 2, Set.of("from")));
            if (!noun && !verb && !removal)
                continue;
            if (c.blocked(t) || verb && w.equals("recuse") && !done(c, t))
                continue;
            // A reflexive pronoun is no ground for the subject: "he said I'm going to recuse myself" resolved "myself"
            // to the speaker, and a name the finder missed before "recused himself" to whoever came last.
            // The verb's subject, not the nearest name: "Mr. Sessions, who was the first to back Mr. Trump, recused
            // himself" is Sessions', "Judge Katsas, Trump's former counsel, has recused himself" not Trump's.
            Optional<Mention> subject = noun ? possessorBefore(c, t)
                    : c.lowerIn(t - 2, Set.of("decision")) && c.lowerIn(t - 1, Set.of("to")) ? possessorBefore(c, t - 2) : c.subjectOf(t);
            // A guessed pronoun ("X criticized Y over his recusal") is no ground for a recusal.
            if (subject.isEmpty() || "true".equals(subject.get().attribute("ambiguous")))
                continue;
            // "stepped down from the case": only a case named right after "from" makes it a recusal, not a resignation.
            final int trigger = t;
            if (removal && investigationAfter(c, t).filter(m -> m.start() - trigger <= 5).isEmpty())
                continue;
            // "Justice William Rehnquist recused himself for the same reasons": a judge steps aside from a case, which
            // is not the investigation the article is about unless the sentence names it.
            Optional<Mention> named = investigationAfter(c, t);
            if (named.isPresent() && unnamed(c, named.get()))
                continue;
            Optional<Mention> object = named.isPresent() || judge(article, subject.get()) ? named : mainInvestigation(article);
            if (object.isPresent())
                out.add(new Fact(subject.get(), Relation.RECUSED_FROM, object.get(), sentence.index(), noun ? 0.8 : 0.9));
        }
        return out;
    }

    private static final Set<String> JUDGES = Set.of("judge", "justice", "chief-justice");

    /** True when the article gives the person a judge's title anywhere. */
    private static boolean judge(AnnotatedArticle article, Mention person) {
        for (Mention m : article.mentions())
            if (m.type() == EntityType.PERSON && (m == person || m.chain() == person.chain() && person.chain() >= 0) && judge(m))
                return true;
        return judge(person);
    }

    // "Justice William Rehnquist": a justice's title the finder keeps inside the name, "Justice" being a first name too.
    private static boolean judge(Mention m) {
        return JUDGES.contains(String.valueOf(m.attribute("title"))) || m.form() == Mention.Form.NAME
                && (m.value().startsWith("Justice ") || m.value().startsWith("Judge "));
    }

    /*
     * The words before a bare "recuse" that make it done: "his decision to recuse himself", "had decided in March to
     * recuse", "was forced to recuse". Any other ("calls to recuse", "he would recuse", "going to recuse", "best for
     * him to recuse", "suggestions that he recuse", "failing to recuse") asks, plans or supposes one.
     */
    private static final Set<String> DONE = Set.of("decision", "decided", "decides", "forced", "had", "agreed", "chose", "opted");

    private static boolean done(SentenceContext c, int t) {
        for (int k = t - 1; k >= Math.max(0, t - 5); k--)
            if (c.lowerIn(k, DONE))
                return true;
        return false;
    }

    /* What asks for a recusal rather than reports one: "seeking his recusal", "called for his recusal". */
    private static final Set<String> ASKED = Set.of("seek", "seeks", "seeking", "sought", "recommend", "recommends",
            "recommended", "recommending", "warrant", "warrants", "possibility", "grounds", "demand", "demands", "demanded",
            "demanding", "urge", "urged", "urging", "request", "requested", "requesting", "ask", "asked", "asking",
            "consider", "considered", "considering", "call", "calls", "called", "calling");

    /** "Sessions' recusal", "his recusal", "his attorney general's recusal"; none where the recusal is asked for. */
    private static Optional<Mention> possessorBefore(SentenceContext c, int t) {
        for (Mention m : c.persons) {
            if (m.end() <= t && t - m.end() <= 2 && (SentenceContext.possessive(m) || m.form() == Mention.Form.PRONOUN
                    && "true".equals(m.attribute("possessive"))))
                return c.lowerIn(m.start() - 1, ASKED) || c.lowerIn(m.start() - 1, Set.of("for")) && c.lowerIn(m.start() - 2, ASKED)
                        ? Optional.empty() : Optional.of(m);
        }
        return Optional.empty();
    }

    private static Optional<Mention> investigationAfter(SentenceContext c, int t) {
        for (Mention m : c.of(EntityType.INVESTIGATION))
            if (m.end() > t && m.start() - t <= 15)
                return Optional.of(m);
        return Optional.empty();
    }

    /** "recused himself from a leak investigation": a matter the article has not named, so not its investigation. */
    private static boolean unnamed(SentenceContext c, Mention investigation) {
        return investigation.value().isEmpty() && c.lowerIn(investigation.start() - 1, Set.of("a", "an", "another"));
    }

    /** The investigation the article names most often: a bare "his recusal" is from that one. */
    static Optional<Mention> mainInvestigation(AnnotatedArticle article) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Mention> firstOf = new HashMap<>();
        for (Mention m : article.mentions()) {
            if (m.type() != EntityType.INVESTIGATION || m.value().isEmpty())
                continue;
            counts.merge(m.value(), 1, Integer::sum);
            firstOf.putIfAbsent(m.value(), m);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> firstOf.get(e.getKey()));
    }
}
