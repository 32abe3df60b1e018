package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.nodes.Element;
import org.newsgraph.export.FactRow;
import org.newsgraph.extract.Relation;

/**
 * Renders facts as HTML tables, grouped by relation: each fact with its other end, confidence, the evidence sentence
 * with the two ends' names marked, and the article's headline, outlet and date linking to the article's page.
 * Stateless.
 */
final class FactTables {
    /** How a relation reads from its object's side. */
    private static final Map<String, String> INVERSE = Map.of("endorses", "endorsed by", "recusedFrom", "recused from it",
            "runsAgainst", "runs against", "candidateIn", "candidates", "holdsOffice", "held by", "criticizes", "criticized by",
            "memberOf", "members");
    private static final Map<String, String> FORWARD = Map.of("endorses", "endorses", "recusedFrom", "recused from",
            "runsAgainst", "runs against", "candidateIn", "candidate in", "holdsOffice", "holds office", "criticizes", "criticizes",
            "memberOf", "member of");

    private FactTables() {}

    /** The facts to and from {@code focus}, one section per relation and direction; symmetric relations in one. */
    static void appendAbout(Element parent, DatasetGraph dsg, String focus, List<FactRow> facts) {
        Map<String, List<FactRow>> groups = new LinkedHashMap<>();
        for (Relation relation : Relation.values()) {
            for (boolean outgoing : new boolean[] {true, false}) {
                String name = relation.localName();
                String heading = relation.isSymmetric() ? FORWARD.get(name)
                        : outgoing ? FORWARD.getOrDefault(name, name) : INVERSE.getOrDefault(name, name + " (inverse)");
                for (FactRow f : facts)
                    if (f.relation().equals(name) && (relation.isSymmetric() || f.subject().equals(focus) == outgoing))
                        groups.computeIfAbsent(heading, h -> new ArrayList<>()).add(f);
                if (relation.isSymmetric())
                    break;
            }
        }
        if (groups.isEmpty()) {
            parent.appendElement("p").addClass("muted").text("No facts about it were read.");
            return;
        }
        groups.forEach((heading, rows) -> {
            Element section = parent.appendElement("section").addClass("facts");
            section.appendElement("h3").text(heading + " (" + rows.size() + (rows.size() == 1 ? " fact)" : " facts)"));
            rows.sort(Comparator.comparing((FactRow f) -> String.valueOf(other(f, focus)[1]).toLowerCase(Locale.ROOT))
                    .thenComparing(f -> String.valueOf(f.published()), Comparator.reverseOrder()));
            Element table = section.appendElement("table");
            Element head = table.appendElement("thead").appendElement("tr");
            for (String column : new String[] {"who or what", "confidence", "evidence", "article"})
                head.appendElement("th").text(column);
            Element body = table.appendElement("tbody");
            for (FactRow f : rows) {
                Element tr = body.appendElement("tr");
                String[] other = other(f, focus);
                Element who = tr.appendElement("td");
                HtmlPage.nodeLink(who, other[0], other[1]);
                qualifiers(who, f);
                appendCommon(tr, dsg, f);
            }
        });
    }

    /** Every fact of one article, by relation, with both ends. */
    static void appendAll(Element parent, DatasetGraph dsg, List<FactRow> facts) {
        Map<String, List<FactRow>> groups = new LinkedHashMap<>();
        for (Relation relation : Relation.values())
            for (FactRow f : facts)
                if (f.relation().equals(relation.localName()))
                    groups.computeIfAbsent(FORWARD.get(relation.localName()), h -> new ArrayList<>()).add(f);
        if (groups.isEmpty()) {
            parent.appendElement("p").addClass("muted").text("No facts were read from it.");
            return;
        }
        groups.forEach((heading, rows) -> {
            Element section = parent.appendElement("section").addClass("facts");
            section.appendElement("h3").text(heading + " (" + rows.size() + (rows.size() == 1 ? " fact)" : " facts)"));
            rows.sort(Comparator.comparing(f -> String.valueOf(f.sentenceStart())));
            Element table = section.appendElement("table");
            Element head = table.appendElement("thead").appendElement("tr");
            for (String column : new String[] {"subject", "object", "confidence", "evidence"})
                head.appendElement("th").text(column);
            Element body = table.appendElement("tbody");
            for (FactRow f : rows) {
                Element tr = body.appendElement("tr");
                HtmlPage.nodeLink(tr.appendElement("td"), f.subject(), f.subjectLabel());
                Element object = tr.appendElement("td");
                HtmlPage.nodeLink(object, f.object(), f.objectLabel());
                qualifiers(object, f);
                tr.appendElement("td").addClass("num").text(confidence(f));
                evidence(tr.appendElement("td"), dsg, f);
            }
        });
    }

    private static void appendCommon(Element tr, DatasetGraph dsg, FactRow f) {
        tr.appendElement("td").addClass("num").text(confidence(f));
        evidence(tr.appendElement("td"), dsg, f);
        Element source = tr.appendElement("td");
        HtmlPage.nodeLink(source, f.article(), f.article() == null ? "" : headline(f));
        List<String> about = new ArrayList<>();
        if (f.outlet() != null)
            about.add(f.outlet());
        if (f.published() != null)
            about.add(f.published());
        if (!about.isEmpty())
            source.appendElement("div").addClass("muted").text(String.join(", ", about));
    }

    private static String headline(FactRow f) {
        return f.headline() != null ? f.headline() : f.sourceId() != null ? f.sourceId() : f.article();
    }

    private static void evidence(Element td, DatasetGraph dsg, FactRow f) {
        Set<String> subjectNames = EntityView.namesIn(dsg, f.article(), f.subject());
        Set<String> objectNames = EntityView.namesIn(dsg, f.article(), f.object());
        EvidenceMarks.append(td.appendElement("q"), f.sentence(), subjectNames, objectNames);
    }

    private static void qualifiers(Element td, FactRow f) {
        List<String> parts = new ArrayList<>();
        if (f.officeStatus() != null)
            parts.add(f.officeStatus());
        if (f.startDate() != null)
            parts.add("from " + f.startDate());
        if (f.endDate() != null)
            parts.add("until " + f.endDate());
        if (f.seat() != null)
            parts.add(f.seat() + "'s seat");
        if (!parts.isEmpty())
            td.appendElement("div").addClass("muted").text(String.join(", ", parts));
    }

    private static String confidence(FactRow f) {
        return f.confidence() == null ? "" : String.format(Locale.ROOT, "%.2f", f.confidence());
    }

    /** The IRI and name of the end that is not {@code focus}. */
    private static String[] other(FactRow f, String focus) {
        return f.subject().equals(focus) ? new String[] {f.object(), f.objectLabel()} : new String[] {f.subject(), f.subjectLabel()};
    }
}
