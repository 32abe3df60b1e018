package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.FactColumn;
import org.newsgraph.export.FactRow;

/**
 * The job's fact table as Parquet holds the CSV table's columns in its order with the types Spark reads back as the
 * CSV table's, each value as the row has it, an empty cell as an absent value; a row with a date that is no date is
 * refused before it is written, so that it fails its article and not the table.
 */
class FactTableOutputFormatTest {
    private static final FactRow FULL = new FactRow("https://w3id.org/newsgraph/id/person/ann-lee", "Ann Lee", "holdsOffice",
            "https://w3id.org/newsgraph/id/office/governor-of-ohio", "Governor of Ohio", 0.87, "Gov. Ann Lee spoke.", 120L, 139L,
            "https://w3id.org/newsgraph/id/article/a1", "Lee speaks", "a1", "https://example.org/a1", "The Hill", "2020-03-07",
            "current", "2019", null, null);
    private static final FactRow SPARSE = new FactRow("https://w3id.org/newsgraph/id/person/bo-ray", null, "endorses",
            "https://w3id.org/newsgraph/id/person/ann-lee", null, null, null, null, null, "https://w3id.org/newsgraph/id/article/a2",
            null, null, null, null, null, null, null, null, null);

    @TempDir
    Path tmp;

    @Test
    void theColumnsAreTheCsvTablesWithSparksTypes() {
        MessageType schema = FactTableOutputFormat.SCHEMA;
        assertEquals(Arrays.stream(FactColumn.values()).map(FactColumn::columnName).toList(),
                schema.getFields().stream().map(Type::getName).toList());
        for (FactColumn column : FactColumn.values()) {
            Type field = schema.getType(column.columnName());
            assertEquals(Type.Repetition.OPTIONAL, field.getRepetition(), column.columnName());
            PrimitiveTypeName physical = field.asPrimitiveType().getPrimitiveTypeName();
            LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
            switch (column.type()) {
                case STRING -> assertEquals(List.of(PrimitiveTypeName.BINARY, LogicalTypeAnnotation.stringType()), Arrays.asList(physical, logical));
                case DOUBLE -> assertEquals(Arrays.asList(PrimitiveTypeName.DOUBLE, null), Arrays.asList(physical, logical));
                case LONG -> assertEquals(Arrays.asList(PrimitiveTypeName.INT64, null), Arrays.asList(physical, logical));
                case DATE -> assertEquals(List.of(PrimitiveTypeName.INT32, LogicalTypeAnnotation.dateType()), Arrays.asList(physical, logical));
            }
        }
    }

    @Test
    void eachValueIsWrittenAsTheRowHasItAndAnEmptyCellIsAbsent() throws IOException {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(tmp.resolve("facts.parquet").toUri());
        try (ParquetWriter<FactRow> writer = new Writer(file).build()) {
            writer.write(FULL);
            writer.write(SPARSE);
        }
        Configuration conf = new Configuration();
        try (ParquetFileReader footer = ParquetFileReader.open(HadoopInputFile.fromPath(file, conf))) {
            assertEquals(FactTableOutputFormat.SCHEMA, footer.getFileMetaData().getSchema());
        }
        List<Group> rows = new ArrayList<>();
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file).withConf(conf).build()) {
            for (Group row = reader.read(); row != null; row = reader.read())
                rows.add(row);
        }
        assertEquals(2, rows.size());
        for (FactColumn column : FactColumn.values())
            assertEquals(column.valueOf(FULL), value(rows.get(0), column), column.columnName());
        for (FactColumn column : FactColumn.values())
            assertEquals(column.valueOf(SPARSE), value(rows.get(1), column), column.columnName());
        assertNull(value(rows.get(1), FactColumn.SUBJECT_LABEL));
    }

    @Test
    void aDateThatIsNoDateIsRefusedBeforeTheWrite() {
        assertSame(FULL, FactTableOutputFormat.checked(FULL));
        assertSame(SPARSE, FactTableOutputFormat.checked(SPARSE));
        FactRow bad = new FactRow(FULL.subject(), FULL.subjectLabel(), FULL.relation(), FULL.object(), FULL.objectLabel(),
                FULL.confidence(), FULL.sentence(), FULL.sentenceStart(), FULL.sentenceEnd(), FULL.article(), FULL.headline(),
                FULL.sourceId(), FULL.url(), FULL.outlet(), "March 2020", FULL.officeStatus(), FULL.startDate(),
                FULL.endDate(), FULL.seat());
        assertThrows(DateTimeParseException.class, () -> FactTableOutputFormat.checked(bad));
    }

    /** The cell as the CSV table has it: a String, Double or Long, a date as YYYY-MM-DD, or null. */
    private static Object value(Group row, FactColumn column) {
        String name = column.columnName();
        if (row.getFieldRepetitionCount(name) == 0)
            return null;
        return switch (column.type()) {
            case STRING -> row.getString(name, 0);
            case DOUBLE -> row.getDouble(name, 0);
            case LONG -> row.getLong(name, 0);
            case DATE -> LocalDate.ofEpochDay(row.getInteger(name, 0)).toString();
        };
    }

    /** Parquet's writer with the job's record writer, as the job's output format has it. */
    private static final class Writer extends ParquetWriter.Builder<FactRow, Writer> {
        Writer(org.apache.hadoop.fs.Path file) {
            super(file);
        }

        @Override
        protected Writer self() {
            return this;
        }

        @Override
        protected WriteSupport<FactRow> getWriteSupport(Configuration conf) {
            return new FactTableOutputFormat().getWriteSupport(conf);
        }
    }
}
