package org.newsgraph.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.export.FactColumn;
import org.newsgraph.export.FactRow;

/**
 * The fact table as Spark rows: the columns of {@link FactColumn}, the CSV table's, in its order, names and types
 * (strings, a double, longs, a date), so the Parquet files read back as the same table as {@code export --format csv}
 * gives. Every column may be empty, as a CSV cell may.
 */
final class FactRows {
    static final StructType SCHEMA = new StructType(Arrays.stream(FactColumn.values())
            .map(column -> DataTypes.createStructField(column.columnName(), type(column.type()), true))
            .toArray(StructField[]::new));

    private FactRows() {}

    private static DataType type(FactColumn.Type type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case DOUBLE -> DataTypes.DoubleType;
            case LONG -> DataTypes.LongType;
            case DATE -> DataTypes.DateType;
        };
    }

    /**
     * The Spark row of one fact: the values {@link FactColumn#valueOf} gives, a date as the {@link Date} that Spark
     * takes for its date type.
     *
     * @throws java.time.format.DateTimeParseException when a date column holds no YYYY-MM-DD date
     */
    static Row row(FactRow fact) {
        FactColumn[] columns = FactColumn.values();
        Object[] cells = new Object[columns.length];
        for (FactColumn column : columns) {
            Object value = column.valueOf(fact);
            cells[column.ordinal()] = value != null && column.type() == FactColumn.Type.DATE
                    ? Date.valueOf(LocalDate.parse((String) value)) : value;
        }
        return RowFactory.create(cells);
    }
}
