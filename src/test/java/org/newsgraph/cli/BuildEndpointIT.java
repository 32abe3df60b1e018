package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.nlp.SharedModels;

/**
 * {@code build --endpoint} writes into a second Fuseki server the same article and reader comments graphs a local build
 * stores, and drops the comments graphs when built again without {@code --comments}, as the local store does.
 */
class BuildEndpointIT {
    private static final Path SAMPLES = Path.of("examples", "articles");
    private static final Path DEFAULT_STORE = Path.of("output", "store");
    /** The one sample article followed by reader comments. */
    private static final Node COMMENTS = NG.commentsGraph("2020-05-sessions-fires-back-ijr");

    @TempDir
    Path tmp;

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = Main.run(extraModels -> SharedModels.get(), args);
            return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    private static Set<String> graphNames(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        Iter.toList(dsg.listGraphNodes()).forEach(n -> names.add(n.getURI()));
        return names;
    }

    @Test
    void remoteGraphsEqualTheLocallyBuiltOnesCommentsIncluded() {
        DatasetGraph remote = DatabaseMgr.createDatasetGraph();
        remote.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/remote", remote, true).start();
        boolean defaultStoreBefore = Files.exists(DEFAULT_STORE);
        try {
            String endpoint = "http://localhost:" + server.getPort() + "/remote/data";
            Outcome remoteBuild = run("build", SAMPLES.toString(), "--comments", "--endpoint", endpoint);
            assertEquals(0, remoteBuild.status(), remoteBuild.err());
            assertTrue(remoteBuild.out().contains("graph: " + endpoint + " (no local store, Turtle or TriG written)"), remoteBuild.out());
            assertEquals(defaultStoreBefore, Files.exists(DEFAULT_STORE), "a remote build must not open the default store");

            Path localStore = tmp.resolve("store");
            Outcome localBuild = run("build", SAMPLES.toString(), "--comments", "--store", localStore.toString(),
                    "--out", tmp.resolve("graph.ttl").toString());
            assertEquals(0, localBuild.status(), localBuild.err());
            try (ArticleStore local = ArticleStore.openExisting(localStore)) {
                local.read(dsg -> {
                    Txn.executeRead(remote, () -> {
                        Set<String> names = graphNames(dsg);
                        // The graphs derived from all articles are the local store's own: a remote build has no store to derive them from.
                        assertTrue(names.contains(NG.officeHoldersGraph().getURI()), names.toString());
                        NG.storeGraphs().forEach(g -> names.remove(g.getURI()));
                        assertEquals(4, names.size(), names.toString());
                        assertTrue(names.contains(COMMENTS.getURI()), names.toString());
                        assertEquals(names, graphNames(remote));
                        for (Node graph : names.stream().map(NodeFactory::createURI).toList()) {
                            assertTrue(dsg.getGraph(graph).size() > 10, graph.toString());
                            // The local store put some persons on its one node per person (ng:localKey keeps the key
                            // the article gave); the remote graph has them as read from the article alone.
                            List<Triple> moved = dsg.getGraph(graph).find(Node.ANY, NG.localKey, Node.ANY).toList();
                            if (moved.isEmpty()) {
                                assertTrue(dsg.getGraph(graph).isIsomorphicWith(remote.getGraph(graph)), graph.toString());
                                continue;
                            }
                            for (Triple t : moved) {
                                Node asRead = NodeFactory.createURI(NG.ID + "person/" + t.getObject().getLiteralLexicalForm());
                                assertTrue(remote.getGraph(graph).contains(asRead, RDF.Nodes.type, NG.Person), graph + ": " + asRead);
                            }
                            assertEquals(remote.getGraph(graph).find(Node.ANY, RDF.Nodes.type, RDF.Nodes.Statement).toList().size(),
                                    dsg.getGraph(graph).find(Node.ANY, RDF.Nodes.type, RDF.Nodes.Statement).toList().size(), graph.toString());
                        }
                    });
                    return null;
                });
            }

            // Built again without --comments, as the local store does, the comments graph goes and the articles stay.
            Outcome withoutComments = run("build", SAMPLES.toString(), "--endpoint", endpoint);
            assertEquals(0, withoutComments.status(), withoutComments.err());
            Txn.executeRead(remote, () -> {
                Set<String> names = graphNames(remote);
                assertEquals(3, names.size(), names.toString());
                assertFalse(names.contains(COMMENTS.getURI()), names.toString());
            });
        } finally {
            server.stop();
        }
    }
}
