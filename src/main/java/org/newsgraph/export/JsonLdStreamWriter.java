package org.newsgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Streams compacted JSON-LD: the ontology's context ({@code ontology/context.jsonld}) inline as {@code @context}, then
 * {@code @graph} with one node object per subject block. Quads keep their named graph: each graph is a graph object
 * ({@code {"@id": GRAPH, "@graph": [...]}}) in the top-level {@code @graph}, as JSON-LD 1.1 writes a dataset; triples,
 * and quads of the default graph, are top-level node objects. A value the term's type coercion fits is a plain string
 * ({@code "endorses": "https://w3id.org/newsgraph/id/person/..."}), or a JSON number for a numeric datatype
 * ({@code "confidence": 0.9}, {@code "beginIndex": 52}), which JSON-LD reads back as that datatype; any other value is
 * an explicit value or node object, which coercion leaves alone. Holds one subject's triples at a time. Not
 * thread-safe.
 */
final class JsonLdStreamWriter extends SubjectBlockStream {
    static final String CONTEXT_RESOURCE = "/ontology/context.jsonld";
    private static final String ID = "@id";

    /** A term of the context: its name and its type coercion ({@code @id}, a datatype IRI, or null). */
    private record Term(String name, String coercion) {}

    private final JsonGenerator json;
    private final ObjectNode context;
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private final Map<String, Term> terms = new HashMap<>();
    private boolean open;
    /** The named graph whose graph object is open, or null. */
    private Node openGraph;

    JsonLdStreamWriter(OutputStream out) {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = JsonLdStreamWriter.class.getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null)
                throw new ExportException("JSON-LD context " + CONTEXT_RESOURCE + " is missing from the class path");
            context = (ObjectNode) mapper.readTree(in).get("@context");
            json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.properties().forEach(e -> {
            if (e.getValue().isTextual() && e.getValue().asText().matches(".*[/#]"))
                prefixes.put(e.getKey(), e.getValue().asText());
        });
        context.properties().forEach(e -> {
            JsonNode definition = e.getValue();
            if (prefixes.containsKey(e.getKey()))
                return;
            String iri = expand(definition.isTextual() ? definition.asText() : definition.get(ID).asText());
            JsonNode type = definition.get("@type");
            String coercion = type == null ? null : type.asText().equals(ID) ? ID : expand(type.asText());
            terms.put(iri, new Term(e.getKey(), coercion));
        });
    }

    private String expand(String compact) {
        int colon = compact.indexOf(':');
        String namespace = colon < 0 ? null : prefixes.get(compact.substring(0, colon));
        return namespace == null ? compact : namespace + compact.substring(colon + 1);
    }

    @Override
    protected void block(Node graph, Node subject, List<Triple> triples) {
        try {
            openDocument();
            if (!Objects.equals(graph, openGraph)) {
                closeGraph();
                if (graph != null) {
                    json.writeStartObject();
                    json.writeStringField(ID, id(graph));
                    json.writeArrayFieldStart("@graph");
                    openGraph = graph;
                }
            }
            json.writeStartObject();
            json.writeStringField(ID, id(subject));
            Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
            for (Triple t : triples)
                byPredicate.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
            List<Node> types = byPredicate.get(RDF.Nodes.type);
            if (types != null && types.stream().allMatch(Node::isURI)) {
                byPredicate.remove(RDF.Nodes.type);
                writeValues("@type", types, t -> json.writeString(compactIri(t.getURI())));
            }
            for (Map.Entry<Node, List<Node>> e : byPredicate.entrySet()) {
                String iri = e.getKey().getURI();
                Term term = terms.get(iri);
                writeValues(term == null ? compactIri(iri) : term.name(), e.getValue(),
                        o -> value(o, term == null ? null : term.coercion()));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new ExportException("cannot write JSON-LD for <" + subject + ">: " + e.getMessage(), e);
        }
    }

    @Override
    protected void end() {
        try {
            openDocument();
            closeGraph();
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new ExportException("cannot finish JSON-LD: " + e.getMessage(), e);
        }
    }

    private void closeGraph() throws IOException {
        if (openGraph == null)
            return;
        json.writeEndArray();
        json.writeEndObject();
        openGraph = null;
    }

    private void openDocument() throws IOException {
        if (open)
            return;
        open = true;
        json.writeStartObject();
        json.writeFieldName("@context");
        json.writeTree(context);
        json.writeArrayFieldStart("@graph");
    }

    private interface ValueWriter {
        void write(Node value) throws IOException;
    }

    private void writeValues(String key, List<Node> values, ValueWriter writer) throws IOException {
        json.writeFieldName(key);
        if (values.size() > 1)
            json.writeStartArray();
        for (Node value : values)
            writer.write(value);
        if (values.size() > 1)
            json.writeEndArray();
    }

    private void value(Node object, String coercion) throws IOException {
        if (!object.isLiteral()) {
            if (ID.equals(coercion))
                json.writeString(id(object));
            else {
                json.writeStartObject();
                json.writeStringField(ID, id(object));
                json.writeEndObject();
            }
            return;
        }
        String lang = object.getLiteralLanguage();
        String datatype = object.getLiteralDatatypeURI();
        boolean plainString = lang.isEmpty() && XSDDatatype.XSDstring.getURI().equals(datatype);
        if (lang.isEmpty() && datatype.equals(coercion) && writeNumber(object.getLiteralLexicalForm(), datatype))
            return;
        // Without coercion a JSON integer reads back as xsd:integer, so only that datatype may go bare.
        if (lang.isEmpty() && coercion == null && XSDDatatype.XSDinteger.getURI().equals(datatype)
                && writeNumber(object.getLiteralLexicalForm(), datatype))
            return;
        if (lang.isEmpty() && (datatype.equals(coercion) || (plainString && coercion == null))) {
            json.writeString(object.getLiteralLexicalForm());
            return;
        }
        json.writeStartObject();
        json.writeStringField("@value", object.getLiteralLexicalForm());
        if (!lang.isEmpty())
            json.writeStringField("@language", lang);
        else if (!plainString)
            json.writeStringField("@type", datatype);
        json.writeEndObject();
    }

    /** The XSD datatypes whose values are whole numbers, written as JSON integers. */
    private static final Set<String> INTEGERS = Set.of(XSDDatatype.XSDinteger.getURI(), XSDDatatype.XSDnonNegativeInteger.getURI(),
            XSDDatatype.XSDpositiveInteger.getURI(), XSDDatatype.XSDnonPositiveInteger.getURI(),
            XSDDatatype.XSDnegativeInteger.getURI(), XSDDatatype.XSDlong.getURI(), XSDDatatype.XSDint.getURI(),
            XSDDatatype.XSDshort.getURI(), XSDDatatype.XSDbyte.getURI(), XSDDatatype.XSDunsignedLong.getURI(),
            XSDDatatype.XSDunsignedInt.getURI(), XSDDatatype.XSDunsignedShort.getURI(), XSDDatatype.XSDunsignedByte.getURI());

    /**
     * Writes a numeric literal as a JSON number, and says whether it did: integers of any size, finite doubles and
     * floats. A malformed lexical form, INF, NaN, and xsd:decimal (which JSON-LD would read back as a double) are left
     * to the caller.
     */
    private boolean writeNumber(String lexical, String datatype) throws IOException {
        try {
            if (INTEGERS.contains(datatype)) {
                json.writeNumber(new BigInteger(lexical.strip()));
                return true;
            }
            if (XSDDatatype.XSDdouble.getURI().equals(datatype) || XSDDatatype.XSDfloat.getURI().equals(datatype)) {
                // As written, "0.9e0" -> 0.9: BigDecimal keeps the decimal digits a double would round; INF and NaN fail.
                json.writeNumber(new BigDecimal(lexical.strip()));
                return true;
            }
        } catch (NumberFormatException e) {
            return false;
        }
        return false;
    }

    private static String id(Node node) {
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.getURI();
    }

    /** A term if the context has one, else prefix:local, else the IRI itself (as a key or {@code @type} value). */
    private String compactIri(String iri) {
        Term term = terms.get(iri);
        if (term != null && term.coercion() == null)
            return term.name();
        for (Map.Entry<String, String> prefix : prefixes.entrySet())
            if (iri.startsWith(prefix.getValue()) && iri.length() > prefix.getValue().length())
                return prefix.getKey() + ":" + iri.substring(prefix.getValue().length());
        return iri;
    }
}
