package org.newsgraph.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.graph.FactTable;

/**
 * The fact table as Spark rows: {@link FactTable#COLUMNS} with their types (confidence a double, the offsets integers,
 * the publication date a date, the rest strings), so that the Parquet files read back with the right types.
 */
final class FactRows {
    private static final Set<String> OPTIONAL = Set.of("subject_label", "object_label", "url", "outlet", "publication_date");

    static final StructType SCHEMA = new StructType(FactTable.COLUMNS.stream()
            .map(name -> DataTypes.createStructField(name, type(name), OPTIONAL.contains(name)))
            .toArray(StructField[]::new));

    private FactRows() {}

    private static DataType type(String column) {
        return switch (column) {
            case "confidence" -> DataTypes.DoubleType;
            case "evidence_start", "evidence_end" -> DataTypes.IntegerType;
            case "publication_date" -> DataTypes.DateType;
            default -> DataTypes.StringType;
        };
    }

    static Row row(FactTable.Row fact) {
        List<Object> values = fact.values();
        Object[] cells = values.toArray();
        for (int i = 0; i < cells.length; i++)
            if (cells[i] instanceof LocalDate date)
                cells[i] = Date.valueOf(date);
        return RowFactory.create(cells);
    }
}
