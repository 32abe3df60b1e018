package org.newsgraph.export;

import java.util.function.Function;

/**
 * The columns of the fact table, in order: the one definition of its names, types and meaning, which every writer of
 * the table (CSV and TSV here, the Spark job's Parquet) follows, so that all of them give the same table.
 */
public enum FactColumn {
    SUBJECT("subject", Type.STRING, "IRI of the fact's subject", FactRow::subject),
    SUBJECT_LABEL("subject_label", Type.STRING, "the subject's name (rdfs:label)", FactRow::subjectLabel),
    RELATION("relation", Type.STRING, "the relation's local name in the ontology, e.g. endorses", FactRow::relation),
    OBJECT("object", Type.STRING, "IRI of the fact's object", FactRow::object),
    OBJECT_LABEL("object_label", Type.STRING, "the object's name (rdfs:label)", FactRow::objectLabel),
    CONFIDENCE("confidence", Type.DOUBLE, "how sure the reading is, 0 to 1", FactRow::confidence),
    SENTENCE("sentence", Type.STRING, "the evidence sentence", FactRow::sentence),
    SENTENCE_START("sentence_start", Type.LONG, "offset of the sentence's first character in the article text", FactRow::sentenceStart),
    SENTENCE_END("sentence_end", Type.LONG, "offset just past the sentence's last character", FactRow::sentenceEnd),
    ARTICLE("article", Type.STRING, "IRI of the article (or of its reader comments) the fact was read from", FactRow::article),
    HEADLINE("headline", Type.STRING, "the article's headline", FactRow::headline),
    SOURCE_ID("source_id", Type.STRING, "the article's own id in the input data", FactRow::sourceId),
    URL("url", Type.STRING, "where the article was published", FactRow::url),
    OUTLET("outlet", Type.STRING, "the outlet that published the article", FactRow::outlet),
    PUBLISHED("published", Type.DATE, "the article's publication date, YYYY-MM-DD", FactRow::published),
    OFFICE_STATUS("office_status", Type.STRING, "holdsOffice only: current or former", FactRow::officeStatus),
    START_DATE("start_date", Type.STRING, "holdsOffice only: since when (a year or a date)", FactRow::startDate),
    END_DATE("end_date", Type.STRING, "holdsOffice only: until when (a year or a date)", FactRow::endDate),
    SEAT("seat", Type.STRING, "holdsOffice of a U.S. Senator or Representative only: the state whose seat it is",
            FactRow::seat);

    /** The value types of the columns; a null value is an empty cell (a missing value). */
    public enum Type {
        STRING, DOUBLE, LONG,
        /** An ISO 8601 date, YYYY-MM-DD, held as a String in {@link FactRow}. */
        DATE
    }

    private final String columnName;
    private final Type type;
    private final String description;
    private final Function<FactRow, Object> value;

    FactColumn(String columnName, Type type, String description, Function<FactRow, Object> value) {
        this.columnName = columnName;
        this.type = type;
        this.description = description;
        this.value = value;
    }

    /** The header name, e.g. {@code subject_label}. */
    public String columnName() {
        return columnName;
    }

    public Type type() {
        return type;
    }

    public String description() {
        return description;
    }

    /** The row's value in this column: a String, Double or Long, or null. */
    public Object valueOf(FactRow row) {
        return value.apply(row);
    }
}
