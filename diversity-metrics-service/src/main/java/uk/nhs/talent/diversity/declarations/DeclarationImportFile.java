package uk.nhs.talent.diversity.declarations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.FieldViolation;

/**
 * A workforce extract as CSV: one header row naming each of {@link #COLUMNS} once, in any order, then at most
 * {@code maxRows} rows of as many values. The file is checked whole before anything is stored (a bad header, a
 * row of the wrong length, too many rows: a problem, nothing imported), then read again chunk by chunk, so that
 * no more than a chunk of rows is held at a time. Problems name rows and columns, never a value of the file: a
 * file without its header row would otherwise have its first person's values echoed as "unknown columns".
 */
final class DeclarationImportFile {

    static final String PERSON_REF = "personRef";
    /** The personRef, then the fields of {@link DeclarationRequest}, under the same names. */
    static final List<String> COLUMNS = List.of(PERSON_REF, "ethnicCategory", "disability", "sex",
            "genderReassignment", "sexualOrientation", "religionOrBelief", "marriageAndCivilPartnership",
            "pregnancyAndMaternity", "yearOfBirth");

    private static final ObjectReader CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build()
            .readerFor(String[].class);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** One data row: its number (1 is the first after the header) and its values by column, "" when empty. */
    record Row(int number, Map<String, String> values) {

        String value(String column) {
            return values.get(column);
        }

        @Override
        public String toString() {
            // Whatever logs a row by accident must not print a characteristic or a reference.
            return "Row[" + number + "]";
        }
    }

    private final String csv;
    private final int[] positions;
    private final int rows;
    private final Set<String> repeatedPersonRefs;

    private DeclarationImportFile(String csv, int[] positions, int rows, Set<String> repeatedPersonRefs) {
        this.csv = csv;
        this.positions = positions;
        this.rows = rows;
        this.repeatedPersonRefs = repeatedPersonRefs;
    }

    /** Checks the whole file; a problem (400, or 413 above {@code maxRows}) if it cannot be imported at all. */
    static DeclarationImportFile check(String body, int maxRows) {
        String csv = body == null ? "" : body;
        if (!csv.isEmpty() && csv.charAt(0) == BYTE_ORDER_MARK) {
            csv = csv.substring(1);
        }
        int[] positions = null;
        int rows = 0;
        Set<String> personRefs = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        try (MappingIterator<String[]> records = CSV.readValues(csv)) {
            while (records.hasNextValue()) {
                String[] record = records.nextValue();
                if (positions == null) {
                    positions = positions(record);
                    continue;
                }
                rows++;
                if (rows > maxRows) {
                    throw ApiProblem.payloadTooLarge("An import holds at most " + maxRows + " rows after the header; "
                            + "split the extract");
                }
                requireLength(record, rows);
                String personRef = record[positions[0]];
                if (!personRef.isEmpty() && !personRefs.add(personRef)) {
                    repeated.add(personRef);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiProblem problem) {
                throw problem;
            }
            throw ApiProblem.invalid("Not readable as CSV after row " + rows + " (comma-separated; a value holding a "
                    + "comma, a quote or a line break in double quotes, its quotes doubled)", List.of());
        }
        if (positions == null) {
            throw ApiProblem.invalid("The file is empty: it needs a header row naming the columns " + COLUMNS,
                    List.of());
        }
        if (rows == 0) {
            throw ApiProblem.invalid("The file has no row after its header", List.of());
        }
        return new DeclarationImportFile(csv, positions, rows, Collections.unmodifiableSet(repeated));
    }

    /** Data rows in the file. */
    int rows() {
        return rows;
    }

    /** Whether the reference is on more than one row: none of them is imported, rather than guess which is right. */
    boolean repeated(String personRef) {
        return repeatedPersonRefs.contains(personRef);
    }

    /** Reads the rows again, in order, {@code size} at a time (the last chunk may be smaller). */
    void inChunks(int size, Consumer<List<Row>> chunk) {
        List<Row> rows = new ArrayList<>(size);
        try (MappingIterator<String[]> records = CSV.readValues(csv)) {
            records.nextValue(); // the header, checked already
            int number = 0;
            while (records.hasNextValue()) {
                String[] record = records.nextValue();
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    values.put(COLUMNS.get(i), record[positions[i]]);
                }
                rows.add(new Row(++number, values));
                if (rows.size() == size) {
                    chunk.accept(List.copyOf(rows));
                    rows.clear();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("The file read as CSV when checked", e);
        }
        if (!rows.isEmpty()) {
            chunk.accept(List.copyOf(rows));
        }
    }

    /** Where each of {@link #COLUMNS} is in a row; a problem naming what is missing or named twice if not all once. */
    private static int[] positions(String[] header) {
        int[] positions = new int[COLUMNS.size()];
        Arrays.fill(positions, -1);
        List<FieldViolation> violations = new ArrayList<>();
        int unknown = 0;
        for (int i = 0; i < header.length; i++) {
            int column = COLUMNS.indexOf(header[i]);
            if (column < 0) {
                unknown++;
            } else if (positions[column] >= 0) {
                violations.add(new FieldViolation(COLUMNS.get(column), "is named more than once in the header row"));
            } else {
                positions[column] = i;
            }
        }
        for (int column = 0; column < COLUMNS.size(); column++) {
            if (positions[column] < 0) {
                violations.add(new FieldViolation(COLUMNS.get(column), "is missing from the header row"));
            }
        }
        if (!violations.isEmpty() || unknown > 0) {
            // The unknown names are not repeated: they may be a person's values (a file without its header row).
            throw ApiProblem.invalid("The header row must name each of the columns " + COLUMNS + " once, and no "
                    + "other" + (unknown > 0 ? "; it names " + unknown + " other" + (unknown == 1 ? "" : "s") : ""),
                    violations);
        }
        return positions;
    }

    private static void requireLength(String[] record, int row) {
        if (record.length != COLUMNS.size()) {
            throw ApiProblem.invalid("Row " + row + " has " + record.length + " values; the header row names "
                    + COLUMNS.size() + " columns (a value holding a comma must be in double quotes)", List.of());
        }
    }
}
