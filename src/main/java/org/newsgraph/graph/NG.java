package org.newsgraph.graph;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.extract.Relation;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.resolve.Entity;

/**
 * The newsgraph ontology ({@code ontology/newsgraph.ttl}) as Node constants, and the IRIs of entities and
 * articles. The only place in Java where an ontology IRI is spelled out. Immutable, thread-safe.
 */
public final class NG {
    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    /** The base of entity and article IRIs: {@code ID + type + "/" + key}. */
    public static final String ID = "https://w3id.org/newsgraph/id/";
    /** The base of article IRIs, which are also the IRIs of the articles' named graphs. */
    public static final String ARTICLE_BASE = ID + "article/";
    /** The base of the IRIs of the reference table's records: {@code RECORD_BASE + GovTrack id}. */
    public static final String RECORD_BASE = ID + "record/";

    public static String getURI() {
        return NS;
    }

    // Classes
    public static final Node Person = term("Person");
    public static final Node Office = term("Office");
    public static final Node Race = term("Race");
    public static final Node Party = term("Party");
    public static final Node Organization = term("Organization");
    public static final Node Investigation = term("Investigation");
    public static final Node Article = term("Article");
    public static final Node ReaderComments = term("ReaderComments");

    // Relations between entities
    public static final Node endorses = term("endorses");
    public static final Node recusedFrom = term("recusedFrom");
    public static final Node runsAgainst = term("runsAgainst");
    public static final Node candidateIn = term("candidateIn");
    public static final Node holdsOffice = term("holdsOffice");
    public static final Node criticizes = term("criticizes");
    public static final Node memberOf = term("memberOf");

    // Facets of races and offices (keys of Entity.attributes)
    public static final Node year = term("year");
    public static final Node jurisdiction = term("jurisdiction");
    public static final Node office = term("office");
    public static final Node stage = term("stage");
    public static final Node party = term("party");

    // Articles
    public static final Node contentHash = term("contentHash");

    // The store's own state, in its default graph, out of sight of queries over the union of the named graphs
    public static final Node derivedGraphsStale = term("derivedGraphsStale");
    public static final Node commentsOn = term("commentsOn");

    // Provenance of facts (officeStatus, startDate, endDate and a seat's jurisdiction are keys of ResolvedFact.qualifiers)
    public static final Node evidence = term("evidence");
    public static final Node officeStatus = term("officeStatus");
    public static final Node startDate = term("startDate");
    public static final Node endDate = term("endDate");

    // The office-holders graph: each holding merged over the articles that state it
    public static final Node OfficeHolding = term("OfficeHolding");
    public static final Node holder = term("holder");
    public static final Node officeHeld = term("officeHeld");
    public static final Node holderName = term("holderName");
    public static final Node officeName = term("officeName");
    public static final Node articleCount = term("articleCount");

    // The candidacies graph: each candidacy merged over the articles that state it
    public static final Node Candidacy = term("Candidacy");
    public static final Node candidate = term("candidate");
    public static final Node race = term("race");
    public static final Node runsFor = term("runsFor");
    public static final Node candidateName = term("candidateName");
    public static final Node partyName = term("partyName");

    // Who is who: persons matched to the reference table, and the merges that made one node of several keys
    public static final Node matchesRecord = term("matchesRecord");
    public static final Node localKey = term("localKey");
    public static final Node referenceRecord = term("referenceRecord");
    public static final Node Merge = term("Merge");
    public static final Node mergedKey = term("mergedKey");
    public static final Node mergedInto = term("mergedInto");
    public static final Node mergeRule = term("mergeRule");
    public static final Node vetoed = term("vetoed");

    // The reference graph: federal office-holders and their spans of service
    public static final Node OfficeholderRecord = term("OfficeholderRecord");
    public static final Node Tenure = term("Tenure");
    public static final Node tenure = term("tenure");
    public static final Node tenureParty = term("tenureParty");

    /**
     * The prefixes of the terms newsgraph writes, in a fixed order: ng, rdf, rdfs, xsd, skos, schema, prov, nif, itsrdf.
     */
    public static final Map<String, String> PREFIXES = prefixes();

    private NG() {}

    /** The ontology class of an entity type. */
    public static Node type(EntityType t) {
        return switch (Objects.requireNonNull(t, "type")) {
            case PERSON -> Person;
            case OFFICE -> Office;
            case RACE -> Race;
            case PARTY -> Party;
            case ORGANIZATION -> Organization;
            case INVESTIGATION -> Investigation;
        };
    }

    /** The ontology property of a relation. */
    public static Node property(Relation r) {
        return switch (Objects.requireNonNull(r, "relation")) {
            case ENDORSES -> endorses;
            case RECUSED_FROM -> recusedFrom;
            case RUNS_AGAINST -> runsAgainst;
            case CANDIDATE_IN -> candidateIn;
            case HOLDS_OFFICE -> holdsOffice;
            case CRITICIZES -> criticizes;
            case MEMBER_OF -> memberOf;
        };
    }

    /**
     * The property of an entity attribute key ({@code year}, {@code jurisdiction}, {@code office}, {@code stage},
     * {@code party}, {@code matchesRecord}), or null if the ontology has none of that name.
     */
    public static Node attribute(String key) {
        return switch (key) {
            case "year" -> year;
            case "jurisdiction" -> jurisdiction;
            case "office" -> office;
            case "stage" -> stage;
            case "party" -> party;
            case "matchesRecord" -> matchesRecord;
            default -> null;
        };
    }

    /**
     * The property of a fact qualifier key ({@code officeStatus}, {@code startDate}, {@code endDate}, {@code jurisdiction}),
     * or null if the ontology has none of that name.
     */
    public static Node qualifier(String key) {
        return switch (key) {
            case "officeStatus" -> officeStatus;
            case "startDate" -> startDate;
            case "endDate" -> endDate;
            case "jurisdiction" -> jurisdiction;
            default -> null;
        };
    }

    /** An entity's IRI: {@code https://w3id.org/newsgraph/id/{type}/{key}}. */
    public static Node entity(Entity e) {
        return NodeFactory.createURI(ID + e.type().pathSegment() + "/" + e.key());
    }

    /** A person's IRI from a key: {@code https://w3id.org/newsgraph/id/person/{key}}. */
    public static Node person(String key) {
        return NodeFactory.createURI(ID + EntityType.PERSON.pathSegment() + "/" + key);
    }

    /** The IRI of a record of the reference table, by its GovTrack id. */
    public static Node record(String id) {
        return NodeFactory.createURI(RECORD_BASE + pathSegment(id));
    }

    /** The key of an entity IRI ({@link #entity}): its last segment, made of unreserved characters only. */
    public static String entityKey(Node entity) {
        String iri = entity.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /**
     * The article id of an article IRI ({@link #articleGraph}): its last segment, percent-decoded as it was encoded;
     * null when {@code iri} is not an article IRI (a comments graph, a fact, another IRI).
     */
    public static String articleId(String iri) {
        if (!iri.startsWith(ARTICLE_BASE))
            return null;
        String segment = iri.substring(ARTICLE_BASE.length());
        if (segment.isEmpty() || segment.contains("/") || segment.contains("#"))
            return null;
        try {
            // The encoding leaves no '+': one here is literal, and URLDecoder must not make it a space.
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The article node's IRI, which is also the IRI of the article's named graph. */
    public static Node articleGraph(String articleId) {
        if (articleId == null || articleId.isEmpty())
            throw new IllegalArgumentException("Empty article id");
        return NodeFactory.createURI(ARTICLE_BASE + pathSegment(articleId));
    }

    /**
     * The named graph that links persons to the reference table ({@code ng:referenceRecord}) and to Wikidata
     * ({@code owl:sameAs}), recomputed from all article graphs after every build and removal.
     */
    public static Node linksGraph() {
        return NodeFactory.createURI(ID + "graph/links");
    }

    /**
     * The named graph that records every merge of a person key into another person's node (ng:Merge nodes, with
     * the rule and its evidence), vetoed ones included, recomputed from all article graphs after every build and
     * removal.
     */
    public static Node mergesGraph() {
        return NodeFactory.createURI(ID + "graph/merges");
    }

    /**
     * The named graph that holds the reference table of federal office-holders (ng:OfficeholderRecord nodes and
     * their ng:Tenure spans of service), as bundled; never mixed into an article's graph.
     */
    public static Node referenceGraph() {
        return NodeFactory.createURI(ID + "graph/reference");
    }

    /**
     * The named graph that sums up who holds or held which office (ng:OfficeHolding nodes), merged over every
     * article that says so, recomputed from all article graphs after every build and removal.
     */
    public static Node officeHoldersGraph() {
        return NodeFactory.createURI(ID + "graph/office-holders");
    }

    /**
     * The named graph that sums up who runs in which race, and for which party (ng:Candidacy nodes), merged over
     * every article that says so, recomputed from all article graphs after every build and removal.
     */
    public static Node candidaciesGraph() {
        return NodeFactory.createURI(ID + "graph/candidacies");
    }

    /** The store itself, the subject of what it says of its state ({@link #derivedGraphsStale}). */
    public static Node store() {
        return NodeFactory.createURI(ID + "store");
    }

    /**
     * The graphs that are not read from articles: those derived from all of them (links, merges, office holders,
     * candidacies) and the reference graph.
     */
    public static List<Node> storeGraphs() {
        return List.of(linksGraph(), mergesGraph(), officeHoldersGraph(), candidaciesGraph(), referenceGraph());
    }

    /**
     * The IRI of the article's reader comments node, which is also the IRI of their named graph: the article IRI
     * + {@code "/comments"}.
     */
    public static Node commentsGraph(String articleId) {
        return NodeFactory.createURI(articleGraph(articleId).getURI() + "/comments");
    }

    /** Percent-encodes (UTF-8) whatever is not an RFC 3986 unreserved character, so any id makes a valid IRI. */
    private static String pathSegment(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~')
                sb.append((char) c);
            else
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                  .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
        }
        return sb.toString();
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    private static Map<String, String> prefixes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ng", NS);
        m.put("rdf", RDF.getURI());
        m.put("rdfs", RDFS.getURI());
        m.put("xsd", XSD.getURI());
        m.put("skos", SKOS.getURI());
        m.put("schema", SCHEMA.NS);
        m.put("prov", PROV.NS);
        m.put("nif", NIF.NS);
        m.put("itsrdf", ITSRDF.NS);
        return Collections.unmodifiableMap(m);
    }
}
