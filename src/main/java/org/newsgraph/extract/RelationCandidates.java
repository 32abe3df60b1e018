package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * The mention pairs of one sentence that a relation could join: two persons of different chains, or a person and
 * a race, office, party or investigation. A person counts only when the linker tied it to a chain (a name, a
 * pronoun or a description standing for someone). Pairs are in text order, the first mention starting first.
 */
final class RelationCandidates {
    /** One pair: {@code first} starts before (or with) {@code second}. */
    record Pair(PairKind kind, Mention first, Mention second) {
        /** The person end of a person-object pair. */
        Mention person() {
            return first.type() == EntityType.PERSON ? first : second;
        }

        /** The object end of a person-object pair. */
        Mention object() {
            return first.type() == EntityType.PERSON ? second : first;
        }
    }

    private RelationCandidates() {
    }

    static List<Pair> of(AnnotatedArticle article, AnnotatedSentence s) {
        List<Mention> mentions = article.mentionsIn(s.index());
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            for (int j = i + 1; j < mentions.size(); j++) {
                Mention b = mentions.get(j);
                PairKind kind = PairKind.of(a.type(), b.type());
                if (kind == null || !linked(a) || !linked(b))
                    continue;
                if (kind == PairKind.PERSON_PERSON && a.chain() == b.chain())
                    continue;
                out.add(new Pair(kind, a, b));
            }
        }
        return out;
    }

    private static boolean linked(Mention m) {
        return m.type() != EntityType.PERSON || m.chain() >= 0;
    }
}
