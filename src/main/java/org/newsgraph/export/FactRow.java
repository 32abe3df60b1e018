package org.newsgraph.export;

import java.io.Serializable;

/**
 * One fact as the fact table has it: one reified statement of one article, with the names of its two ends as that
 * article gives them, its evidence sentence and the article's metadata. Absent values are null. The columns, their
 * names and types are {@link FactColumn}'s. Immutable; serializable, since the Spark job keeps the rows of its articles.
 *
 * @param subject       the subject's IRI
 * @param subjectLabel  the subject's rdfs:label
 * @param relation      the ontology property's local name, e.g. {@code endorses}
 * @param object        the object's IRI
 * @param objectLabel   the object's rdfs:label
 * @param confidence    how sure the reading is, 0 to 1
 * @param sentence      the evidence sentence
 * @param sentenceStart the sentence's first character in the article text (headline, blank line, body)
 * @param sentenceEnd   the character after the sentence's last
 * @param article       the IRI of the article (or of its reader comments) the fact was read from
 * @param headline      the article's headline
 * @param sourceId      the article's own id in its source data
 * @param url           where the article was published
 * @param outlet        the outlet that published it (schema:publisher)
 * @param published     the publication date, ISO 8601 ({@code 2020-03-07})
 * @param officeStatus  holdsOffice only: {@code current} or {@code former}
 * @param startDate     holdsOffice only: since when, as the article gives it (a year or a date)
 * @param endDate       holdsOffice only: until when
 */
public record FactRow(String subject, String subjectLabel, String relation, String object, String objectLabel,
                      Double confidence, String sentence, Long sentenceStart, Long sentenceEnd, String article,
                      String headline, String sourceId, String url, String outlet, String published, String officeStatus,
                      String startDate, String endDate, String seat) implements Serializable {
}
