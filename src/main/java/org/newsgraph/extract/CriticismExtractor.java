package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Quote;

/**
 * criticizes from verbs of attack ("taunts", "slammed", "fired back at", "unloaded on", "griped about",
 * "lashed out at"), their nouns ("his attacks on X", "criticism from X"), a warning not to trust someone,
 * and a speaker's insult of a person inside their own quote ("X's a coward", "X is unfit"). Thread-safe.
 */
public final class CriticismExtractor implements Extractor {
    private static final Set<String> STEMS = Set.of("criticiz", "criticis", "attack", "taunt", "slam", "blast", "rebuk",
            "lambast", "assail", "berat", "mock", "derid", "ridicul", "denounc", "condemn", "insult", "goad", "excoriat",
            "disparag", "belittl", "chastis", "scold", "skewer", "savag", "trash", "bash", "denigrat", "accus");
    private static final Set<String> EXACT = Set.of("rips", "ripped", "ripping", "hammered", "hammers", "jabbed", "prod", "prodded",
            "prods", "smeared", "dubbed", "dubbing", "knocked", "knocks");
    // Verb + particle: "fired back at", "unloaded on", "griped about", "lashed out at", "railed against".
    private static final Set<String> PARTICLE_VERBS = Set.of("fire", "fired", "fires", "firing", "shot", "shoots", "shoot",
            "hit", "hits", "hitting", "snapped", "snaps", "lashed", "lashes", "lashing", "unloaded", "unloads", "unloading",
            "griped", "gripes", "griping", "railed", "rails", "railing", "vented", "vents", "venting", "pushed", "pushes",
            "pushing", "swiped", "swipes", "lobbed", "went", "goes", "took", "takes", "clashed", "clashes", "sniped", "snipes");
    private static final Set<String> PARTICLES = Set.of("at", "on", "about", "against", "after", "with", "aim");
    private static final Set<String> JUDGEMENTS = Set.of("disgusting", "shameful", "outrageous", "appalling", "sad",
            "pathetic", "unacceptable", "dangerous", "disgraceful");
    private static final Set<String> INSULTS = Set.of("coward", "liar", "fraud", "disgrace", "disaster", "loser", "unfit",
            "incompetent", "crooked", "corrupt", "phony", "joke", "failure", "hypocrite", "extremist", "dishonest", "weak",
            "pathetic", "stamp", "clown", "puppet", "lightweight", "embarrassment", "traitor", "liability");

    @Override
    public List<Fact> extract(AnnotatedArticle article, AnnotatedSentence sentence) {
        SentenceContext c = new SentenceContext(article, sentence);
        List<Fact> out = new ArrayList<>();
        for (int t = 0; t < c.size(); t++) {
            String w = c.lower(t);
            if (isStem(w) || EXACT.contains(w)) {
                if (isNoun(c, t))
                    noun(c, t, out);
                else
                    verb(c, t, t, out, 0.85);
            } else if (PARTICLE_VERBS.contains(w)) {
                int k = t + 1;
                if (c.lowerIn(k, Set.of("back", "out", "frustration", "his", "her")))
                    k++;
                if (k < c.size() && c.lower(k).endsWith("ly"))
                    k++;
                if (c.lowerIn(k, Set.of("frustration")))
                    k++;
                if (c.lowerIn(k, PARTICLES) && !(w.startsWith("took") || w.startsWith("take")) || c.lowerIn(k, Set.of("aim"))
                        && c.lowerIn(k + 1, Set.of("at"))) {
                    if ((w.startsWith("went") || w.startsWith("goes")) && !c.lowerIn(k, Set.of("after")))
                        continue;
                    verb(c, t, k, out, 0.8);
                }
            } else if (w.equals("trust") && (c.lowerIn(t - 1, Set.of("not", "n't")) || c.lowerIn(t - 2, Set.of("not")))) {
                // "do not trust Jeff Sessions", telling voters "not to trust" him: a warning against the person.
                Optional<Mention> target = c.personAfter(t, 4);
                Optional<Mention> critic = speakerOrSubject(c, t);
                if (target.isPresent() && critic.isPresent())
                    out.add(new Fact(critic.get(), Relation.CRITICIZES, target.get(), sentence.index(), 0.75));
            } else if (INSULTS.contains(w)) {
                insult(c, t, out);
            } else if (JUDGEMENTS.contains(w)) {
                insultAhead(c, t, out);
            }
        }
        return out;
    }

    private static boolean isStem(String w) {
        for (String stem : STEMS)
            if (w.startsWith(stem))
                return true;
        return false;
    }

    private static boolean isNoun(SentenceContext c, int t) {
        String w = c.lower(t);
        return w.endsWith("ism") || w.endsWith("isms") || w.endsWith("ion") || w.endsWith("ions") || w.equals("attack") && c.lowerIn(t - 1, Set.of("his", "her", "the", "an"))
                || w.equals("attacks") && c.lowerIn(t + 1, Set.of("on", "against")) || w.startsWith("rebuke") && c.lowerIn(t - 1, Set.of("a", "the", "his", "her"))
                || w.equals("insults");
    }

    private static void verb(SentenceContext c, int t, int particle, List<Fact> out, double confidence) {
        if (c.blocked(t))
            return;
        boolean passive = t > 0 && c.lowerIn(t - 1, Set.of("was", "is", "were", "been", "being", "be", "are", "get", "got"))
                && c.lowerIn(particle + 1, Set.of("by")) || c.lowerIn(t + 1, Set.of("by"));
        // "..., dubbing Rep. Jacky Rosen 'Wacky Jacky'": a participle after a comma has the clause's subject.
        boolean participle = c.lower(t).endsWith("ing") && t > 0 && c.s.token(t - 1).equals(",");
        Optional<Mention> subject = participle ? c.clauseSubjectBefore(t) : c.personBefore(t);
        Optional<Mention> object = c.personAfter(particle, 8);
        // "slammed the Democratic lawmaker challenging Sen. Dean Heller": a verb between makes the name someone else's object.
        if (object.isPresent()) {
            int end = object.get().start();
            for (int k = particle + 1; k < end; k++)
                if (c.s.tag(k).equals("VERB") && !c.lower(k).endsWith("ed"))
                    object = Optional.empty();
        }
        if (passive) {
            if (subject.isPresent() && object.isPresent())
                out.add(new Fact(object.get(), Relation.CRITICIZES, subject.get(), c.s.index(), confidence));
            return;
        }
        if (subject.isPresent() && object.isPresent())
            out.add(new Fact(subject.get(), Relation.CRITICIZES, object.get(), c.s.index(), confidence));
    }

    /** "his attacks on X", "criticism of X from Y", "dogged by criticism from the president". */
    private static void noun(SentenceContext c, int t, List<Fact> out) {
        if (c.blocked(t))
            return;
        if (c.lowerIn(t + 1, Set.of("on", "of", "against"))) {
            Optional<Mention> target = c.personAfter(t + 1, 6);
            Optional<Mention> critic = Optional.empty();
            for (Mention m : c.persons)
                if (m.end() <= t && t - m.end() <= 3 && (SentenceContext.possessive(m) || "true".equals(m.attribute("possessive"))))
                    critic = Optional.of(m);
            if (critic.isEmpty())
                critic = c.personBefore(t).filter(m -> t - m.end() <= 6);
            if (target.isPresent() && critic.isPresent())
                out.add(new Fact(critic.get(), Relation.CRITICIZES, target.get(), c.s.index(), 0.75));
        } else if (c.lowerIn(t + 1, Set.of("from"))) {
            Optional<Mention> critic = c.personAfter(t + 1, 4);
            Optional<Mention> target = c.personBefore(t);
            if (target.isPresent() && critic.isPresent() && c.lowerIn(t - 1, Set.of("by")) || target.isPresent() && critic.isPresent()
                    && c.lowerIn(t - 2, Set.of("by")))
                out.add(new Fact(critic.get(), Relation.CRITICIZES, target.get(), c.s.index(), 0.7));
        }
    }

    /** Inside a quote, "It's disgusting that X ...": the speaker's judgement of X. */
    private static void insultAhead(SentenceContext c, int t, List<Fact> out) {
        Optional<Quote> quote = c.quoteAt(t);
        if (quote.isEmpty() || quote.get().speakerChain() < 0 || !c.lowerIn(t + 1, Set.of("that")) || c.negated(t))
            return;
        Optional<Mention> person = c.personAfter(t + 1, 2);
        Mention speaker = speakerMention(c, quote.get());
        if (person.isPresent() && speaker != null && person.get().chain() != quote.get().speakerChain())
            out.add(new Fact(speaker, Relation.CRITICIZES, person.get(), c.s.index(), 0.65));
    }

    /** Inside a quote, "X's a coward", "X is unfit", "X has been a rubber stamp": the speaker criticises X. */
    private static void insult(SentenceContext c, int t, List<Fact> out) {
        Optional<Quote> quote = c.quoteAt(t);
        if (quote.isEmpty() || quote.get().speakerChain() < 0)
            return;
        for (int k = t - 1; k >= Math.max(0, t - 7); k--) {
            Optional<Mention> person = c.personAt(k);
            if (person.isPresent()) {
                String next = c.lower(person.get().end());
                if (Set.of("'s", "is", "was", "has", "'", "remains").contains(next) && person.get().chain() != quote.get().speakerChain()
                        && !c.negated(t)) {
                    Mention speaker = speakerMention(c, quote.get());
                    if (speaker != null)
                        out.add(new Fact(speaker, Relation.CRITICIZES, person.get(), c.s.index(), 0.7));
                }
                return;
            }
        }
    }

    private static Optional<Mention> speakerOf(SentenceContext c, int t) {
        return c.quoteAt(t).flatMap(q -> Optional.ofNullable(speakerMention(c, q)));
    }

    /** The subject before the trigger, or the speaker of the quote the trigger sits in. */
    private static Optional<Mention> speakerOrSubject(SentenceContext c, int t) {
        Optional<Mention> subject = c.personBefore(t);
        if (subject.isPresent())
            return subject;
        return speakerOf(c, t);
    }

    /** A mention of the quote's speaker to hang a fact on: one in this sentence if any, else any of the chain. */
    private static Mention speakerMention(SentenceContext c, Quote q) {
        if (q.speakerChain() < 0)
            return null;
        for (Mention m : c.persons)
            if (m.chain() == q.speakerChain())
                return m;
        for (Mention m : c.article.mentions())
            if (m.type() == EntityType.PERSON && m.chain() == q.speakerChain())
                return m;
        return null;
    }
}
