package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/** Records every event a writer sends, in order, for tests. */
final class QuadCollector extends StreamRDFBase {
    final List<String> events = new ArrayList<>();
    final List<Quad> quads = new ArrayList<>();
    final List<String> prefixes = new ArrayList<>();

    @Override
    public void start() {
        events.add("start");
    }

    @Override
    public void triple(Triple triple) {
        events.add("triple");
    }

    @Override
    public void quad(Quad quad) {
        events.add("quad");
        quads.add(quad);
    }

    @Override
    public void prefix(String prefix, String iri) {
        events.add("prefix");
        prefixes.add(prefix);
    }

    @Override
    public void finish() {
        events.add("finish");
    }

    DatasetGraph dataset() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        quads.forEach(dsg::add);
        return dsg;
    }

    static QuadCollector of(org.newsgraph.resolve.ResolvedArticle a, double minConfidence) {
        QuadCollector c = new QuadCollector();
        ArticleGraphWriter.write(a, minConfidence, c);
        return c;
    }
}
