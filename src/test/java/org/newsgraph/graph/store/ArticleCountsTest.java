package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.SampleArticle;
import org.newsgraph.nlp.EntityType;

class ArticleCountsTest {
    private static final ArticleCounts FIRST = ArticleCounts.of(SampleArticle.resolved(), 0.5);
    private static final ArticleCounts SECOND = ArticleCounts.of(SampleArticle.second(), 0.5);

    @Test
    void anArticleCountsItsEntitiesByTypeAndItsFactsAtTheThresholdByRelation() {
        assertEquals(5, FIRST.sentences());
        assertEquals(Map.of(EntityType.PERSON, 3L, EntityType.OFFICE, 2L, EntityType.RACE, 1L, EntityType.PARTY, 1L,
                EntityType.INVESTIGATION, 1L, EntityType.ORGANIZATION, 1L), FIRST.entities());
        // Tuberville criticizes Sessions at 0.3 is left out, as the store leaves it out.
        assertEquals(Map.of(Relation.ENDORSES, 1L, Relation.HOLDS_OFFICE, 2L, Relation.RUNS_AGAINST, 2L,
                Relation.CANDIDATE_IN, 2L, Relation.CRITICIZES, 1L, Relation.MEMBER_OF, 1L, Relation.RECUSED_FROM, 1L),
                FIRST.facts());
        assertEquals(2L, ArticleCounts.of(SampleArticle.resolved(), 0.0).facts().get(Relation.CRITICIZES));
    }

    @Test
    void countsAddUp() {
        ArticleCounts both = ArticleCounts.NONE.plus(FIRST).plus(SECOND);
        assertEquals(8, both.sentences());
        assertEquals(5L, both.entities().get(EntityType.PERSON));
        assertEquals(3L, both.entities().get(EntityType.OFFICE));
        assertEquals(3L, both.facts().get(Relation.CRITICIZES));
        assertEquals(3L, both.facts().get(Relation.HOLDS_OFFICE));
        assertEquals(1L, both.facts().get(Relation.ENDORSES));
        assertEquals(both, SECOND.plus(FIRST));
        assertEquals(FIRST, FIRST.plus(ArticleCounts.NONE));
    }

    @Test
    void theCountsCannotBeChangedAndSurviveSerialization() throws IOException, ClassNotFoundException {
        assertThrows(UnsupportedOperationException.class, () -> FIRST.facts().put(Relation.ENDORSES, 9L));
        // The Spark job sends them from its executors to the driver.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(FIRST);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(FIRST, in.readObject());
        }
    }
}
