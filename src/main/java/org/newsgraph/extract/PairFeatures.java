package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import opennlp.tools.stemmer.PorterStemmer;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Quote;

/**
 * The features a relation model sees for a pair of mentions in one sentence, after the relation-extraction
 * literature (Zhou et al. 2005; Mintz et al. 2009): the two mentions' forms, the words and word stems between
 * them and around them, their distance, the part-of-speech pattern and verbs between, other persons between,
 * quotes and their speakers, negation and modal cues, and closed lists of cue words by relation. The same code
 * makes training events and classifies at run time. Not thread-safe (it owns a stemmer): one per thread.
 */
final class PairFeatures {
    private static final int WINDOW = 12;
    // Closed cue lists: they let the model generalise from the cues it saw to their synonyms. Sorted: Map.of's order
    // changes from one JVM to the next, and the order of an event's features changes the trained model's last bits.
    private static final Map<String, Set<String>> CUES = new TreeMap<>(Map.of(
            "endorse", Set.of("endors", "back", "support", "campaign", "stump", "surrog", "rallied", "ralli", "vouch", "champion"),
            "criticize", Set.of("critic", "attack", "slam", "blast", "mock", "insult", "accus", "blame", "rip", "lambast",
                    "denounc", "condemn", "rebuk", "taunt", "rail", "assail", "berat", "decri", "scold", "excori", "knock", "fire",
                    "lash", "jab", "swipe", "ridicul", "liar", "coward", "fraud", "disgrac"),
            "contest", Set.of("face", "challeng", "defeat", "beat", "oppon", "rival", "against", "trail", "lead", "unseat",
                    "oust", "versu", "vs.", "race", "runoff", "primari", "matchup", "head-to-head", "lost", "won", "edg"),
            "candidacy", Set.of("run", "ran", "candid", "nomine", "bid", "seek", "sought", "campaign", "contend", "hope",
                    "nomin", "reelect", "re-elect", "elect", "primari", "challeng", "announc"),
            "hold", Set.of("serv", "held", "hold", "elect", "appoint", "sworn", "confirm", "becam", "former", "sitting",
                    "incumb"),
            "negation", Set.of("not", "n't", "never", "no", "neither", "nor", "without", "refus", "declin", "deni", "won't"),
            "modal", Set.of("would", "could", "might", "may", "should", "if", "whether", "unless", "consid", "possibl",
                    "potenti", "urg", "ask", "hope", "want", "expect", "next", "futur", "would-b")));

    private final PorterStemmer stemmer = new PorterStemmer();

    /** The features of the pair {@code a}, {@code b} of {@code sentence}, {@code a} before {@code b} in the text. */
    String[] of(AnnotatedArticle article, AnnotatedSentence s, Mention a, Mention b) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("fa=" + form(a));
        f.add("fb=" + form(b));
        if (possessive(s, a))
            f.add("poss.a");
        if (possessive(s, b))
            f.add("poss.b");
        boolean overlap = a.start() < b.end() && b.start() < a.end();
        int from = Math.min(a.end(), b.start());
        int to = Math.max(a.end(), b.start());
        if (overlap) {
            f.add("d=overlap");
        } else {
            int gap = b.start() - a.end();
            f.add("d=" + bucket(gap));
            between(s, from, to, f);
            clause(s, a, b, f);
        }
        for (int k = 1; k <= 2; k++) {
            f.add("a-" + k + "=" + word(s, a.start() - k));
            f.add("b+" + k + "=" + word(s, b.end() + k - 1));
        }
        f.add("a+1=" + word(s, a.end()));
        f.add("b-1=" + word(s, b.start() - 1));
        f.add("a-1|a+1=" + word(s, a.start() - 1) + "|" + word(s, a.end()));
        verbAround(s, a, b, f);
        cuesAround(s, a.start() - 4, a.start(), "pre", f);
        cuesAround(s, b.end(), b.end() + 4, "post", f);
        int others = 0;
        for (Mention m : article.mentionsIn(s.index()))
            if (m.type() == EntityType.PERSON && m.start() >= a.end() && m.end() <= b.start() && m != a && m != b)
                others++;
        f.add("np=" + Math.min(others, 2));
        quotes(article, s, a, b, f);
        if (s.isHeadline())
            f.add("headline");
        if (question(s))
            f.add("question");
        if (subjectLike(s, a))
            f.add("subj.a");
        if (subjectLike(s, b))
            f.add("subj.b");
        return f.toArray(String[]::new);
    }

    /** What a mention is: a person's form, an office's key, a race's head word, a party as written. */
    private static String form(Mention m) {
        return switch (m.type()) {
            case PERSON -> "person." + m.form().name().toLowerCase(Locale.ROOT)
                    + (m.attribute("title") != null ? ".titled" : "");
            case OFFICE -> "office." + m.value() + ("former".equals(m.attribute("status")) ? ".former" : "");
            case RACE -> "race." + m.value() + (m.attribute("office") != null ? ".office" : "")
                    + (m.attribute("year") != null ? ".year" : "");
            case PARTY -> "party." + (m.text().matches("[DRIL]-.*") ? "code" : m.text().toLowerCase(Locale.ROOT));
            default -> m.type().localName();
        };
    }

    private static boolean possessive(AnnotatedSentence s, Mention m) {
        return "true".equals(m.attribute("possessive")) || m.end() < s.size()
                && (s.token(m.end()).equals("'s") || s.token(m.end()).equals("'"));
    }

    private static String bucket(int gap) {
        if (gap <= 2)
            return Integer.toString(gap);
        if (gap <= 4)
            return "3-4";
        if (gap <= 7)
            return "5-7";
        if (gap <= 12)
            return "8-12";
        return gap <= 20 ? "13-20" : "21+";
    }

    /** Words, stems, tags and cues between the two mentions; far apart, only the words near each end. */
    private void between(AnnotatedSentence s, int from, int to, List<String> f) {
        int n = to - from;
        StringBuilder seq = new StringBuilder();
        StringBuilder pos = new StringBuilder();
        String lastTag = "";
        int commas = 0;
        for (int k = from; k < to; k++) {
            String w = lower(s, k);
            if (w.equals(","))
                commas++;
            String tag = s.tag(k);
            if (!tag.equals(lastTag))
                pos.append(pos.length() > 0 ? "_" : "").append(tag);
            lastTag = tag;
            if (n <= 4)
                seq.append(seq.length() > 0 ? " " : "").append(w);
            if (n > WINDOW && k >= from + WINDOW / 2 && k < to - WINDOW / 2)
                continue;
            f.add("b=" + w);
            String stem = stem(w);
            f.add("bs=" + stem);
            if (tag.equals("VERB") || tag.equals("AUX"))
                f.add("bv=" + stem);
            for (Map.Entry<String, Set<String>> cue : CUES.entrySet())
                if (matches(cue.getValue(), w, stem))
                    f.add("cue.b=" + cue.getKey());
        }
        if (n > 0) {
            f.add("b1=" + lower(s, from));
            f.add("bL=" + lower(s, to - 1));
        } else {
            f.add("adjacent");
        }
        if (n <= 4)
            f.add("seq=" + seq);
        if (n <= 8)
            f.add("pos=" + pos);
        f.add("commas=" + Math.min(commas, 2));
    }

    /**
     * The shape of the clause between the two: the first verb after the first mention with the first as its subject
     * (only auxiliaries and adverbs between) and the second as its object (only determiners, adjectives, titles and
     * names between), a passive "VERB by" before the second, a relative clause ("X, who VERB ..."), a coordination
     * ("X and Y", "X, Y"). A verb's stem with its arguments generalises where the words between do not.
     */
    private void clause(AnnotatedSentence s, Mention a, Mention b, List<String> f) {
        int v = -1;
        for (int k = a.end(); k < b.start(); k++)
            if (s.tag(k).equals("VERB")) {
                v = k;
                break;
            }
        if (v < 0) {
            boolean coordination = true;
            for (int k = a.end(); k < b.start(); k++)
                coordination &= lower(s, k).equals(",") || lower(s, k).equals("and") || lower(s, k).equals("or");
            if (coordination)
                f.add("coord");
            return;
        }
        String verb = stem(lower(s, v));
        boolean subject = true;
        for (int k = a.end(); k < v; k++)
            subject &= s.tag(k).equals("AUX") || s.tag(k).equals("ADV") || s.tag(k).equals("PART") && !lower(s, k).equals("to");
        boolean object = true;
        for (int k = v + 1; k < b.start(); k++) {
            String t = s.tag(k);
            object &= t.equals("DET") || t.equals("ADJ") || t.equals("PROPN") || t.equals("NUM") || lower(s, k).equals("former")
                    || t.equals("ADP") && k == v + 1 && !lower(s, k).equals("by");
        }
        if (subject)
            f.add("subj.v=" + verb);
        if (object)
            f.add("v.obj=" + verb);
        if (subject && object)
            f.add("svo=" + verb);
        if (b.start() >= 2 && lower(s, b.start() - 1).equals("by") && s.tag(b.start() - 2).equals("VERB"))
            f.add("passive=" + stem(lower(s, b.start() - 2)));
        if (a.end() + 1 < s.size() && s.token(a.end()).equals(",") && lower(s, a.end() + 1).equals("who"))
            f.add("who.v=" + verb);
    }

    /** The verb nearest before the first mention and after the second: "X and Y were endorsed by", "endorsed X". */
    private void verbAround(AnnotatedSentence s, Mention a, Mention b, List<String> f) {
        for (int k = a.start() - 1; k >= Math.max(0, a.start() - 4); k--) {
            if (s.tag(k).equals("VERB")) {
                f.add("va=" + stem(lower(s, k)));
                break;
            }
        }
        for (int k = b.end(); k < Math.min(s.size(), b.end() + 3); k++) {
            if (s.tag(k).equals("VERB")) {
                f.add("vb=" + stem(lower(s, k)));
                break;
            }
        }
    }

    private void cuesAround(AnnotatedSentence s, int from, int to, String where, List<String> f) {
        for (int k = Math.max(0, from); k < Math.min(s.size(), to); k++) {
            String w = lower(s, k);
            String stem = stem(w);
            for (Map.Entry<String, Set<String>> cue : CUES.entrySet())
                if (matches(cue.getValue(), w, stem))
                    f.add("cue." + where + "=" + cue.getKey());
        }
    }

    /** Inside quotes, and whether one end is the speaker of the quote the other end is in. */
    private static void quotes(AnnotatedArticle article, AnnotatedSentence s, Mention a, Mention b, List<String> f) {
        Optional<Quote> qa = article.quoteAt(s.tokenStart(a.start()));
        Optional<Quote> qb = article.quoteAt(s.tokenStart(b.start()));
        if (qa.isPresent())
            f.add("quote.a");
        if (qb.isPresent())
            f.add("quote.b");
        if (qa.isPresent() && qa.equals(qb))
            f.add("quote.same");
        if (qb.isPresent() && a.chain() >= 0 && qb.get().speakerChain() == a.chain())
            f.add("speaker.a");
        if (qa.isPresent() && b.chain() >= 0 && qa.get().speakerChain() == b.chain())
            f.add("speaker.b");
    }

    private static boolean question(AnnotatedSentence s) {
        for (int i = s.size() - 1; i >= 0; i--) {
            String t = s.token(i);
            if (!t.equals("\"") && !t.equals("'") && !t.equals(")"))
                return t.equals("?");
        }
        return false;
    }

    /** Not after a preposition, verb or subordinator, not a possessor: a mention that can be the clause's subject. */
    private static boolean subjectLike(AnnotatedSentence s, Mention m) {
        if (m.type() != EntityType.PERSON || possessive(s, m))
            return false;
        int k = m.start() - 1;
        while (k >= 0 && (s.tag(k).equals("ADJ") || s.tag(k).equals("DET") || s.tag(k).equals("PROPN")))
            k--;
        return k < 0 || !s.tag(k).equals("ADP") && !s.tag(k).equals("SCONJ") && !s.tag(k).equals("VERB");
    }

    private static boolean matches(Set<String> cues, String word, String stem) {
        if (cues.contains(word) || cues.contains(stem))
            return true;
        for (String cue : cues)
            if (cue.length() >= 4 && stem.startsWith(cue))
                return true;
        return false;
    }

    private static String lower(AnnotatedSentence s, int i) {
        return s.token(i).toLowerCase(Locale.ROOT);
    }

    private static String word(AnnotatedSentence s, int i) {
        if (i < 0)
            return "<s>";
        if (i >= s.size())
            return "</s>";
        return lower(s, i);
    }

    private String stem(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0)))
            return word;
        return stemmer.stem(word);
    }
}
