package uk.nhs.talent.commons.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.FieldViolation;

/**
 * A bulk import's CSV, read one way by every import: an optional byte-order mark, one header row naming each
 * required column once (in any order), then at most a limit of rows with as many values as the header names;
 * blank lines skipped, values trimmed, a row numbered from 1 after the header. {@link Rules#check} reads the
 * whole text before the import stores anything, and anything it cannot use is an {@link ApiProblem} (400, or the
 * import's own problem above its limit). Problems name rows, columns and counts, never a value of the file: a file
 * without its header row would otherwise have a person's values echoed back as "unknown columns".
 */
public final class CsvRows {

    private static final ObjectReader CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build()
            .readerFor(String[].class);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** One data row: its number (1 is the first after the header) and its required columns' values, "" if empty. */
    public record Row(int number, Map<String, String> values) {

        public Row {
            values = Collections.unmodifiableMap(values);
        }

        public String value(String column) {
            return values.get(column);
        }

        @Override
        public String toString() {
            // Whatever logs a row by accident must not print a person's values.
            return "Row[" + number + "]";
        }
    }

    /** The columns an import needs and how many rows it takes; {@link #check} applies them to a file. */
    public static final class Rules {

        private final List<String> columns;
        private final int maxRows;
        private final Supplier<ApiProblem> tooManyRows;
        private final boolean otherColumnsAllowed;

        private Rules(List<String> columns, int maxRows, Supplier<ApiProblem> tooManyRows,
                boolean otherColumnsAllowed) {
            this.columns = List.copyOf(columns);
            this.maxRows = maxRows;
            this.tooManyRows = tooManyRows;
            this.otherColumnsAllowed = otherColumnsAllowed;
        }

        /** The same rules, but columns other than the required ones are ignored instead of refused. */
        public Rules otherColumnsAllowed() {
            return new Rules(columns, maxRows, tooManyRows, true);
        }

        /**
         * Reads the whole file, giving each row to {@code eachRow} as it goes (so an import may note what it needs
         * without holding the rows); a problem if the file cannot be imported at all.
         */
        public CsvRows check(String body, Consumer<Row> eachRow) {
            String csv = body == null ? "" : body;
            if (!csv.isEmpty() && csv.charAt(0) == BYTE_ORDER_MARK) {
                csv = csv.substring(1);
            }
            int[] positions = null;
            int rows = 0;
            try (Records records = new Records(csv)) {
                String[] record;
                while ((record = records.next()) != null) {
                    if (positions == null) {
                        positions = positions(record);
                        continue;
                    }
                    rows++;
                    if (rows > maxRows) {
                        throw tooManyRows.get();
                    }
                    if (record.length != records.headerLength) {
                        throw ApiProblem.invalid("Row " + rows + " has " + record.length + " values; the header row "
                                + "names " + records.headerLength + " columns (a value holding a comma must be in "
                                + "double quotes)", List.of());
                    }
                    eachRow.accept(row(rows, record, positions));
                }
            }
            if (positions == null) {
                throw ApiProblem.invalid("The file is empty: it needs a header row naming the columns " + columns,
                        List.of());
            }
            if (rows == 0) {
                throw ApiProblem.invalid("The file has no row after its header", List.of());
            }
            return new CsvRows(this, csv, positions, rows);
        }

        /** Where each required column is in a row; a problem naming what is missing or named twice. */
        private int[] positions(String[] header) {
            int[] positions = new int[columns.size()];
            Arrays.fill(positions, -1);
            List<FieldViolation> violations = new ArrayList<>();
            int others = 0;
            for (int i = 0; i < header.length; i++) {
                int column = columns.indexOf(header[i]);
                if (column < 0) {
                    others++;
                } else if (positions[column] >= 0) {
                    violations.add(new FieldViolation(columns.get(column), "is named more than once in the header row"));
                } else {
                    positions[column] = i;
                }
            }
            for (int column = 0; column < columns.size(); column++) {
                if (positions[column] < 0) {
                    violations.add(new FieldViolation(columns.get(column), "is missing from the header row"));
                }
            }
            boolean othersRefused = others > 0 && !otherColumnsAllowed;
            if (!violations.isEmpty() || othersRefused) {
                // Only a count of the other names: they may be a person's values (a file without its header row).
                throw ApiProblem.invalid("The header row must name each of the columns " + columns + " once"
                        + (otherColumnsAllowed ? "" : ", and no other")
                        + (othersRefused ? "; it names " + others + " other" + (others == 1 ? "" : "s") : ""),
                        violations);
            }
            return positions;
        }

        private Row row(int number, String[] record, int[] positions) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i), record[positions[i]]);
            }
            return new Row(number, values);
        }
    }

    /** The rules for a file with these required columns and at most {@code maxRows} rows after the header. */
    public static Rules rules(List<String> columns, int maxRows, Supplier<ApiProblem> tooManyRows) {
        return new Rules(columns, maxRows, tooManyRows, false);
    }

    private final Rules rules;
    private final String csv;
    private final int[] positions;
    private final int count;

    private CsvRows(Rules rules, String csv, int[] positions, int count) {
        this.rules = rules;
        this.csv = csv;
        this.positions = positions;
        this.count = count;
    }

    /** Data rows in the file. */
    public int count() {
        return count;
    }

    /**
     * Reads the checked file again, in order, {@code size} rows at a time (the last chunk may be smaller), so that a
     * large import holds no more than a chunk of rows.
     */
    public void inChunks(int size, Consumer<List<Row>> chunk) {
        List<Row> rows = new ArrayList<>(size);
        try (Records records = new Records(csv)) {
            records.next(); // the header, checked already
            String[] record;
            int number = 0;
            while ((record = records.next()) != null) {
                rows.add(rules.row(++number, record, positions));
                if (rows.size() == size) {
                    chunk.accept(List.copyOf(rows));
                    rows.clear();
                }
            }
        }
        if (!rows.isEmpty()) {
            chunk.accept(List.copyOf(rows));
        }
    }

    /** The file's records, any parsing failure a value-free problem naming the last row read. */
    private static final class Records implements AutoCloseable {

        private final MappingIterator<String[]> iterator;
        private int headerLength = -1;
        private int rowsRead;

        Records(String csv) {
            try {
                iterator = CSV.readValues(csv);
            } catch (IOException | RuntimeException e) {
                throw unreadable(0);
            }
        }

        /** The next record, or null at the end. */
        String[] next() {
            try {
                if (!iterator.hasNextValue()) {
                    return null;
                }
                String[] record = iterator.nextValue();
                if (headerLength < 0) {
                    headerLength = record.length;
                } else {
                    rowsRead++;
                }
                return record;
            } catch (IOException | RuntimeException e) {
                // Jackson's message may quote the text it could not read.
                throw unreadable(rowsRead);
            }
        }

        private static ApiProblem unreadable(int afterRow) {
            return ApiProblem.invalid("Not readable as CSV after row " + afterRow + " (comma-separated; a value "
                    + "holding a comma, a quote or a line break in double quotes, its quotes doubled)", List.of());
        }

        @Override
        public void close() {
            try {
                iterator.close();
            } catch (IOException e) {
                // Reading a String: nothing to release.
            }
        }
    }
}
