package org.newsgraph.serve;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.newsgraph.export.push.ArticleFixture;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.ArticleGraphWriter;
import org.newsgraph.graph.NG;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.Evidence;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.resolve.ResolvedFact;

/**
 * The serve fixture ({@link ArticleFixture}) plus what the pages must survive and show: an article whose headline,
 * outlet, sentence and names carry markup, quotes and a javascript: URL, and an owl:sameAs from Jeff Sessions to
 * his Wikidata entity, as the person-identity work will add them.
 */
final class PageFixture {
    static final String WIKIDATA_SESSIONS = "http://www.wikidata.org/entity/Q358443";
    static final String EVIL_HEADLINE = "<script>alert(\"headline\")</script> O'Hara & \"friends\"";
    static final String EVIL_SENTENCE = "Tom O'Hara <script>alert('sentence')</script> endorsed \"Jeff Sessions\" today.";
    static final String EVIL_ID = "evil-article";
    static final Node TOM = NodeFactory.createURI(NG.ID + "person/tom-ohara");

    private PageFixture() {}

    static DatasetGraph store() {
        DatasetGraph dsg = ArticleFixture.store();
        ResolvedArticle evil = evil();
        Txn.executeWrite(dsg, () -> {
            ArticleGraphWriter.write(evil, StreamRDFLib.dataset(dsg));
            dsg.add(NG.linksGraph(), NodeFactory.createURI(NG.ID + "person/jeff-sessions"), OWL.sameAs.asNode(),
                    NodeFactory.createURI(WIKIDATA_SESSIONS));
        });
        return dsg;
    }

    private static ResolvedArticle evil() {
        String text = EVIL_HEADLINE + "\n\n" + EVIL_SENTENCE;
        Article article = new Article(EVIL_ID, EVIL_HEADLINE, text, "", "javascript:alert('url')", "<b>Evil</b> \"Times\"",
                LocalDate.of(2021, 1, 2), "fixture:evil");
        Entity tom = new Entity(EntityType.PERSON, "tom-ohara", "Tom O'Hara", Set.of("<i>Tom</i>"), Map.of());
        Entity sessions = new Entity(EntityType.PERSON, "jeff-sessions", "Jeff Sessions", Set.of("Sessions"), Map.of());
        int start = text.indexOf(EVIL_SENTENCE);
        ResolvedFact fact = new ResolvedFact(tom, Relation.ENDORSES, sessions,
                new Evidence(0, EVIL_SENTENCE, start, start + EVIL_SENTENCE.length()), 0.75, Map.of());
        return new ResolvedArticle(article, List.of(tom, sessions), List.of(fact), 1, 12);
    }
}
