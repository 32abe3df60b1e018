package org.newsgraph.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Streams RDF/XML: one {@code rdf:Description} per subject block, namespaces from the prefix events declared on
 * {@code rdf:RDF}, a generated namespace on the property element for a predicate outside them. Holds one subject's
 * triples at a time. Not thread-safe.
 */
final class RdfXmlStreamWriter extends SubjectBlockStream {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final XMLStreamWriter xml;
    private final Map<String, String> prefixByNamespace = new LinkedHashMap<>();
    private boolean open;

    RdfXmlStreamWriter(OutputStream out) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        } catch (XMLStreamException e) {
            throw new ExportException("cannot start RDF/XML: " + e.getMessage(), e);
        }
    }

    @Override
    public void prefix(String prefix, String iri) {
        if (!open && !prefix.isEmpty())
            prefixByNamespace.putIfAbsent(iri, prefix);
    }

    @Override
    protected void block(Node graph, Node subject, List<Triple> triples) {
        try {
            openDocument();
            xml.writeCharacters("\n  ");
            xml.writeStartElement("rdf", "Description", RDF.getURI());
            if (subject.isBlank())
                xml.writeAttribute("rdf", RDF.getURI(), "nodeID", subject.getBlankNodeLabel());
            else
                xml.writeAttribute("rdf", RDF.getURI(), "about", subject.getURI());
            for (Triple t : triples)
                property(t.getPredicate(), t.getObject());
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new ExportException("cannot write RDF/XML for <" + subject + ">: " + e.getMessage(), e);
        }
    }

    @Override
    protected void end() {
        try {
            openDocument();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new ExportException("cannot finish RDF/XML: " + e.getMessage(), e);
        }
    }

    private void openDocument() throws XMLStreamException {
        if (open)
            return;
        open = true;
        prefixByNamespace.putIfAbsent(RDF.getURI(), "rdf");
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("rdf", "RDF", RDF.getURI());
        for (Map.Entry<String, String> ns : prefixByNamespace.entrySet())
            xml.writeNamespace(ns.getValue(), ns.getKey());
    }

    private void property(Node predicate, Node object) throws XMLStreamException {
        String iri = predicate.getURI();
        int split = localNameStart(iri);
        if (split < 0)
            throw new ExportException("predicate <" + iri + "> has no local name RDF/XML can write");
        String namespace = iri.substring(0, split);
        String prefix = prefixByNamespace.get(namespace);
        xml.writeCharacters("\n    ");
        boolean empty = !object.isLiteral();
        if (empty)
            xml.writeEmptyElement(prefix == null ? "p" : prefix, iri.substring(split), namespace);
        else
            xml.writeStartElement(prefix == null ? "p" : prefix, iri.substring(split), namespace);
        // Outside the declared prefixes the element declares its own namespace; it ends with the element.
        if (prefix == null)
            xml.writeNamespace("p", namespace);
        if (object.isURI())
            xml.writeAttribute("rdf", RDF.getURI(), "resource", object.getURI());
        else if (object.isBlank())
            xml.writeAttribute("rdf", RDF.getURI(), "nodeID", object.getBlankNodeLabel());
        else {
            String lang = object.getLiteralLanguage();
            if (!lang.isEmpty())
                xml.writeAttribute("xml", XML_NS, "lang", lang);
            else if (!XSDDatatype.XSDstring.getURI().equals(object.getLiteralDatatypeURI()))
                xml.writeAttribute("rdf", RDF.getURI(), "datatype", object.getLiteralDatatypeURI());
            String text = object.getLiteralLexicalForm();
            int bad = text.codePoints().filter(c -> !isXmlChar(c)).findFirst().orElse(-1);
            // The XML writer would copy it through, giving a document no parser accepts.
            if (bad >= 0)
                throw new ExportException(String.format("a literal of <%s> holds U+%04X, which XML 1.0 cannot carry;"
                        + " export another syntax", iri, bad));
            xml.writeCharacters(text);
            xml.writeEndElement();
        }
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }

    /** Where the longest suffix of {@code iri} that is an XML NCName starts, or -1 if there is none. */
    static int localNameStart(String iri) {
        int start = iri.length();
        while (start > 0 && isNameChar(iri.charAt(start - 1)))
            start--;
        while (start < iri.length() && !isNameStartChar(iri.charAt(start)))
            start++;
        return start < iri.length() ? start : -1;
    }

    private static boolean isNameStartChar(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNameChar(char c) {
        return isNameStartChar(c) || Character.isDigit(c) || c == '-' || c == '.';
    }
}
