package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.FactReader;
import org.newsgraph.export.FactRow;
import org.newsgraph.export.FactTableWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * pandas' read_csv loads the fact table, CSV and TSV, with the types a data scientist needs (numbers as numbers,
 * the date as a date) and every value as written, quotes, commas, markup and accents included.
 */
class FactTablePandasIT {
    @Test
    void pandasReadsTheTableWithTheRightTypesAndValues(@TempDir Path dir) throws Exception {
        ExternalTool.requirePython("pandas");
        DatasetGraph dsg = PageFixture.store();
        List<FactRow> expected = new ArrayList<>();
        Txn.executeRead(dsg, () -> FactReader.readAll(dsg, expected::add));
        assertEquals(7, expected.size(), "the fixture's facts");
        for (FactTableWriter.Syntax syntax : FactTableWriter.Syntax.values()) {
            Path file = dir.resolve("facts." + syntax.optionName());
            try (OutputStream out = Files.newOutputStream(file)) {
                Txn.executeRead(dsg, () -> FactTableWriter.print(syntax, out, rows -> FactReader.readAll(dsg, rows)));
            }
            ExternalTool.Result r = ExternalTool.run(List.of(ExternalTool.PYTHON.toString(),
                    ExternalTool.SCRIPTS.resolve("read_fact_table.py").toString(), file.toString()), 120);
            assertEquals(0, r.exitCode(), r.stderr());
            JsonNode table = new ObjectMapper().readTree(r.stdout());
            assertEquals(expected.size(), table.get("rows").asInt(), syntax.toString());
            JsonNode dtypes = table.get("dtypes");
            assertEquals("float64", dtypes.get("confidence").asText(), syntax.toString());
            assertEquals("int64", dtypes.get("sentence_start").asText(), syntax.toString());
            assertEquals("int64", dtypes.get("sentence_end").asText(), syntax.toString());
            assertTrue(dtypes.get("published").asText().startsWith("datetime64"), syntax + ": " + dtypes);
            assertEquals("object", dtypes.get("sentence").asText());
            for (FactRow row : expected) {
                JsonNode found = null;
                for (JsonNode record : table.get("records"))
                    if (record.get("article").asText().equals(row.article()) && record.get("relation").asText().equals(row.relation())
                            && record.get("object").asText().equals(row.object()))
                        found = record;
                assertTrue(found != null, syntax + ": no row for " + row);
                assertEquals(row.sentence(), found.get("sentence").asText());
                assertEquals(row.headline(), found.get("headline").asText());
                assertEquals(row.outlet(), found.get("outlet").asText());
                assertEquals(row.confidence(), found.get("confidence").asDouble(), 1e-12);
                assertEquals(row.sentenceStart().longValue(), found.get("sentence_start").asLong());
                assertEquals(row.published(), found.get("published").asText());
                assertEquals(row.sourceId(), found.get("source_id").asText());
                assertEquals(row.officeStatus() == null, found.get("office_status").isNull(), "an empty cell is a missing value");
            }
        }
    }
}
