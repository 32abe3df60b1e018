package org.newsgraph.spark;

import java.time.LocalDate;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetOutputFormat;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.newsgraph.export.FactColumn;
import org.newsgraph.export.FactRow;

/**
 * The fact table as Parquet files, written by Parquet's own Hadoop output rather than through Spark SQL, whose start
 * cost the job more than any other fixed step: the columns of {@link FactColumn}, the CSV table's, in its order, with
 * its names, and the Parquet types that Spark reads back as the CSV table's types (a UTF-8 string, a double, a 64-bit
 * integer, a date as days since 1970). Every column is optional, as a CSV cell may be empty.
 */
public final class FactTableOutputFormat extends ParquetOutputFormat<FactRow> {
    static final MessageType SCHEMA = schema();

    public FactTableOutputFormat() {
        super(new RowWriter());
    }

    private static MessageType schema() {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (FactColumn column : FactColumn.values()) {
            switch (column.type()) {
                case STRING -> message.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .named(column.columnName());
                case DOUBLE -> message.optional(PrimitiveTypeName.DOUBLE).named(column.columnName());
                case LONG -> message.optional(PrimitiveTypeName.INT64).named(column.columnName());
                case DATE -> message.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType())
                        .named(column.columnName());
            }
        }
        return message.named("fact");
    }

    /**
     * The row, once its dates are known to be dates, so that a bad one fails its article and not the table's write.
     *
     * @throws java.time.format.DateTimeParseException when a date column holds no YYYY-MM-DD date
     */
    static FactRow checked(FactRow row) {
        for (FactColumn column : FactColumn.values())
            if (column.type() == FactColumn.Type.DATE && column.valueOf(row) != null)
                epochDay(column.valueOf(row));
        return row;
    }

    private static int epochDay(Object date) {
        return Math.toIntExact(LocalDate.parse((String) date).toEpochDay());
    }

    /** Each row as one Parquet record, a null value as an absent field. */
    private static final class RowWriter extends WriteSupport<FactRow> {
        private RecordConsumer record;

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(SCHEMA, Map.of());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            record = recordConsumer;
        }

        @Override
        public void write(FactRow row) {
            record.startMessage();
            for (FactColumn column : FactColumn.values()) {
                Object value = column.valueOf(row);
                if (value == null)
                    continue;
                record.startField(column.columnName(), column.ordinal());
                switch (column.type()) {
                    case STRING -> record.addBinary(Binary.fromString((String) value));
                    case DOUBLE -> record.addDouble((Double) value);
                    case LONG -> record.addLong((Long) value);
                    case DATE -> record.addInteger(epochDay(value));
                }
                record.endField(column.columnName(), column.ordinal());
            }
            record.endMessage();
        }
    }
}
