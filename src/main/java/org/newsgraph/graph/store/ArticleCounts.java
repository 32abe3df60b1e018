package org.newsgraph.graph.store;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.newsgraph.extract.Relation;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.resolve.ResolvedFact;

/**
 * What built articles add to a build's counts: sentences, entities by type (once in each article that names them) and
 * facts at or above the minimum confidence by relation. {@link ArticleLoader} and the Spark job both count with it, so
 * that the job's summary and {@code build}'s agree. Immutable; serializable, since the job adds the counts up on its
 * executors.
 */
public record ArticleCounts(long sentences, Map<EntityType, Long> entities, Map<Relation, Long> facts)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final ArticleCounts NONE = new ArticleCounts(0, Map.of(), Map.of());

    public ArticleCounts {
        if (sentences < 0)
            throw new IllegalArgumentException("Negative count");
        entities = Collections.unmodifiableMap(enumMap(EntityType.class, entities));
        facts = Collections.unmodifiableMap(enumMap(Relation.class, facts));
    }

    /** One article's counts, its facts below {@code minConfidence} left out, as they are left out of the store. */
    public static ArticleCounts of(ResolvedArticle article, double minConfidence) {
        Map<EntityType, Long> entities = new EnumMap<>(EntityType.class);
        for (Entity entity : article.entities())
            entities.merge(entity.type(), 1L, Long::sum);
        Map<Relation, Long> facts = new EnumMap<>(Relation.class);
        for (ResolvedFact fact : article.facts())
            if (fact.confidence() >= minConfidence)
                facts.merge(fact.relation(), 1L, Long::sum);
        return new ArticleCounts(article.sentences(), entities, facts);
    }

    /** The counts of both together. */
    public ArticleCounts plus(ArticleCounts other) {
        Map<EntityType, Long> entities = enumMap(EntityType.class, this.entities);
        other.entities.forEach((type, n) -> entities.merge(type, n, Long::sum));
        Map<Relation, Long> facts = enumMap(Relation.class, this.facts);
        other.facts.forEach((relation, n) -> facts.merge(relation, n, Long::sum));
        return new ArticleCounts(sentences + other.sentences, entities, facts);
    }

    private static <K extends Enum<K>> EnumMap<K, Long> enumMap(Class<K> keys, Map<K, Long> counts) {
        EnumMap<K, Long> copy = new EnumMap<>(keys);
        copy.putAll(counts);
        return copy;
    }
}
