package org.newsgraph.graph;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.extract.Relation;
import org.newsgraph.ingest.Sha256;
import org.newsgraph.ingest.Article;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.Evidence;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.resolve.ResolvedFact;

/**
 * Turns one resolved article into the quads of its named graph ({@link NG#articleGraph(String)}): the article
 * node, the entities it mentions, each fact as a plain triple, a reified {@code rdf:Statement} per fact with its
 * provenance, and the NIF evidence sentences. Output is blank-node free and deterministic: the same article
 * yields the same quads. Sends prefix and quad events only; {@code start()} and {@code finish()} belong to the
 * caller, which may stream many articles into one sink. Stateless and thread-safe; the sink's concurrency is
 * the caller's business.
 */
public final class ArticleGraphWriter {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> OFFICE_STATUS = Set.of("current", "former");

    private ArticleGraphWriter() {}

    /** Writes every fact of the article, whatever its confidence. */
    public static void write(ResolvedArticle a, StreamRDF out) {
        write(a, 0.0, out);
    }

    /**
     * Writes the article, dropping facts whose confidence is below {@code minConfidence}; the entities are
     * written all the same, since the article mentions them.
     *
     * @throws ArticleGraphException if the article's content breaks the ontology's contract
     *                               (an evidence sentence that is not the text at its offsets, an unknown attribute...)
     */
    public static void write(ResolvedArticle a, double minConfidence, StreamRDF out) {
        Objects.requireNonNull(a, "article");
        Objects.requireNonNull(out, "out");
        if (!(minConfidence >= 0 && minConfidence <= 1))
            throw new IllegalArgumentException("minConfidence out of [0,1]: " + minConfidence);
        new Run(a, false, out).write(minConfidence);
    }

    /**
     * Writes what was read from an article's reader comments into their own named graph,
     * {@link NG#commentsGraph(String)}: a {@code ng:ReaderComments} node in place of the article node,
     * {@code ng:commentsOn} the article, then entities, facts and provenance as {@link #write} lays them out.
     * {@code comments.article()} carries the article's id and the comments as its text, which the evidence
     * offsets refer to. Nothing goes into the article's own graph.
     *
     * @throws ArticleGraphException as {@link #write(ResolvedArticle, double, StreamRDF)} does
     */
    public static void writeComments(ResolvedArticle comments, double minConfidence, StreamRDF out) {
        Objects.requireNonNull(comments, "comments");
        Objects.requireNonNull(out, "out");
        if (!(minConfidence >= 0 && minConfidence <= 1))
            throw new IllegalArgumentException("minConfidence out of [0,1]: " + minConfidence);
        new Run(comments, true, out).write(minConfidence);
    }

    /** The state of writing one article, or its reader comments. */
    private static final class Run {
        private final ResolvedArticle resolved;
        private final Article article;
        private final boolean comments;
        private final StreamRDF out;
        private final Node graph;

        Run(ResolvedArticle resolved, boolean comments, StreamRDF out) {
            this.resolved = resolved;
            this.article = resolved.article();
            this.comments = comments;
            this.out = out;
            this.graph = comments ? NG.commentsGraph(article.id()) : NG.articleGraph(article.id());
        }

        void write(double minConfidence) {
            NG.PREFIXES.forEach(out::prefix);
            Map<Node, Entity> entities = entities();
            Map<String, Kept> statements = statements(minConfidence);
            if (comments)
                writeComments(entities.keySet());
            else
                writeArticle(entities.keySet());
            entities.forEach(this::writeEntity);
            Set<Triple> facts = new HashSet<>();
            Set<Node> sentences = new HashSet<>();
            for (Kept k : statements.values()) {
                if (facts.add(Triple.create(k.s, k.p, k.o)))
                    quad(k.s, k.p, k.o);
                Node sentence = sentence(k.fact.evidence());
                if (sentences.add(sentence))
                    writeSentence(sentence, k.fact.evidence());
                writeStatement(k, sentence);
            }
        }

        /**
         * The article's entities by IRI, in input order, then any fact end the list lacks (it is mentioned too).
         * The list is authoritative: a fact may carry an earlier, less complete copy of a listed entity.
         */
        private Map<Node, Entity> entities() {
            Map<Node, Entity> byIri = new LinkedHashMap<>();
            for (Entity e : resolved.entities()) {
                Entity before = byIri.putIfAbsent(NG.entity(e), e);
                if (before != null && !before.equals(e))
                    throw fail("two different entities share the IRI " + NG.entity(e).getURI());
            }
            for (ResolvedFact f : resolved.facts()) {
                byIri.putIfAbsent(NG.entity(f.subject()), f.subject());
                byIri.putIfAbsent(NG.entity(f.object()), f.object());
            }
            return byIri;
        }

        /**
         * The facts at or above the threshold, one per statement IRI: a symmetric fact is turned to its
         * canonical order first, and of repeated facts from the same sentence the most confident is kept.
         */
        private Map<String, Kept> statements(double minConfidence) {
            Map<String, Kept> kept = new LinkedHashMap<>();
            for (ResolvedFact f : resolved.facts()) {
                check(f);
                if (f.confidence() < minConfidence)
                    continue;
                Node s = NG.entity(f.subject());
                Node o = NG.entity(f.object());
                if (f.relation().isSymmetric() && s.getURI().compareTo(o.getURI()) > 0) {
                    Node t = s;
                    s = o;
                    o = t;
                }
                Node p = NG.property(f.relation());
                String id = statementId(s, p, o, f.evidence());
                Kept before = kept.get(id);
                if (before == null || before.fact.confidence() < f.confidence())
                    kept.put(id, new Kept(f, s, p, o, id));
            }
            return kept;
        }

        private void check(ResolvedFact f) {
            // ResolvedFact's range check lets NaN through, and NaN is not a confidence.
            if (Double.isNaN(f.confidence()))
                throw fail("confidence is NaN: " + f.relation().localName() + " " + f.subject().key() + " " + f.object().key());
            if (f.subject().type() != f.relation().domain() || f.object().type() != f.relation().range())
                throw fail(f.relation().localName() + " cannot link a " + f.subject().type().localName()
                        + " to a " + f.object().type().localName());
            Evidence ev = f.evidence();
            String text = article.text();
            if (ev.end() > text.length() || !text.substring(ev.start(), ev.end()).equals(ev.sentence()))
                throw fail("evidence sentence is not the article text at " + ev.start() + ".." + ev.end()
                        + ": \"" + ev.sentence() + "\"");
            boolean holdsOffice = f.relation() == Relation.HOLDS_OFFICE;
            f.qualifiers().keySet().forEach(key -> {
                if (NG.qualifier(key) == null)
                    throw fail("unknown fact qualifier \"" + key + "\"");
                if (!holdsOffice)
                    throw fail("qualifier \"" + key + "\" on a " + f.relation().localName() + " fact; only holdsOffice has any");
            });
            // Whether an office is still held is part of the holdsOffice fact, not an optional extra.
            if (holdsOffice && !f.qualifiers().containsKey("officeStatus"))
                throw fail("holdsOffice fact without officeStatus: " + f.subject().key() + " " + f.object().key());
        }

        private void writeArticle(Set<Node> mentioned) {
            quad(graph, RDF.Nodes.type, NG.Article);
            // The id as the input gave it: the IRI percent-encodes it, a user names the article by this.
            quad(graph, SCHEMA.identifier, string(article.id()));
            quad(graph, SCHEMA.headline, string(article.headline()));
            if (article.url() != null)
                quad(graph, SCHEMA.url, NodeFactory.createLiteralDT(article.url(), XSDDatatype.XSDanyURI));
            if (article.publisher() != null)
                quad(graph, SCHEMA.publisher, string(article.publisher()));
            if (article.published() != null)
                quad(graph, SCHEMA.datePublished,
                     NodeFactory.createLiteralDT(article.published().toString(), XSDDatatype.XSDdate));
            quad(graph, NG.contentHash, string(article.contentHash()));
            for (Node e : mentioned)
                quad(graph, SCHEMA.mentions, e);
        }

        private void writeComments(Set<Node> mentioned) {
            quad(graph, RDF.Nodes.type, NG.ReaderComments);
            quad(graph, NG.commentsOn, NG.articleGraph(article.id()));
            for (Node e : mentioned)
                quad(graph, SCHEMA.mentions, e);
        }

        private void writeEntity(Node node, Entity e) {
            quad(node, RDF.Nodes.type, NG.type(e.type()));
            quad(node, RDFS.Nodes.label, string(e.label()));
            for (String alt : new TreeSet<>(e.altLabels())) {
                if (!alt.equals(e.label()))
                    quad(node, SKOS.altLabel.asNode(), string(alt));
            }
            new TreeMap<>(e.attributes()).forEach((key, value) -> {
                Node p = NG.attribute(key);
                if (p == null)
                    throw fail("unknown attribute \"" + key + "\" of " + node.getURI());
                if (p.equals(NG.year)) {
                    if (!YEAR.matcher(value).matches())
                        throw fail("year of " + node.getURI() + " is not a four-digit year: " + value);
                    quad(node, p, NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYear));
                } else if (p.equals(NG.matchesRecord)) {
                    quad(node, p, NG.record(value));
                } else {
                    quad(node, p, string(value));
                }
            });
        }

        private void writeSentence(Node sentence, Evidence ev) {
            quad(sentence, RDF.Nodes.type, NIF.Sentence);
            quad(sentence, NIF.anchorOf, string(ev.sentence()));
            quad(sentence, NIF.beginIndex, offset(ev.start()));
            quad(sentence, NIF.endIndex, offset(ev.end()));
            quad(sentence, NIF.referenceContext, graph);
        }

        private void writeStatement(Kept k, Node sentence) {
            Node st = NodeFactory.createURI(graph.getURI() + "/fact/" + k.id);
            quad(st, RDF.Nodes.type, RDF.Nodes.Statement);
            quad(st, RDF.Nodes.subject, k.s);
            quad(st, RDF.Nodes.predicate, k.p);
            quad(st, RDF.Nodes.object, k.o);
            quad(st, PROV.wasDerivedFrom, graph);
            quad(st, NG.evidence, sentence);
            // Jena's canonical form ("0.9e0"), the one TDB2 gives back: stored and written RDF stay identical.
            quad(st, ITSRDF.taConfidence, NodeValue.makeDouble(k.fact.confidence()).asNode());
            new TreeMap<>(k.fact.qualifiers()).forEach((key, value) -> quad(st, NG.qualifier(key), qualifier(key, value)));
        }

        private Node qualifier(String key, String value) {
            if (key.equals("officeStatus")) {
                if (!OFFICE_STATUS.contains(value))
                    throw fail("officeStatus must be current or former, not \"" + value + "\"");
                return string(value);
            }
            if (key.equals("jurisdiction"))
                return string(value);
            if (YEAR.matcher(value).matches())
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYear);
            if (YEAR_MONTH.matcher(value).matches())
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYearMonth);
            if (DATE.matcher(value).matches())
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
            throw fail(key + " is not an ISO year, year-month or date: \"" + value + "\"");
        }

        /** The sentence's IRI: the article IRI with an RFC 5147 character-range fragment, as NIF does. */
        private Node sentence(Evidence ev) {
            return NodeFactory.createURI(graph.getURI() + "#char=" + ev.start() + "," + ev.end());
        }

        private void quad(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }

        private ArticleGraphException fail(String reason) {
            return new ArticleGraphException(article.id(), reason);
        }
    }

    private static Node string(String value) {
        return NodeFactory.createLiteralString(value);
    }

    private static Node offset(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }

    /** A short hash of the fact and its sentence offsets: the statement's IRI is stable across builds. */
    private static String statementId(Node s, Node p, Node o, Evidence ev) {
        byte[] digest = Sha256.ofParts(s.getURI(), p.getURI(), o.getURI(), Integer.toString(ev.start()), Integer.toString(ev.end()));
        // 64 bits: a collision within one article is out of reach.
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    /** A fact that is written, with its ends in written order and the id of its statement node. */
    private record Kept(ResolvedFact fact, Node s, Node p, Node o, String id) {}
}
