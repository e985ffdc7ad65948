package uk.nhs.talent.diversity.declarations;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import uk.nhs.talent.commons.csv.CsvRows;
import uk.nhs.talent.commons.problem.ApiProblem;

/**
 * A workforce extract as CSV, read by the shared {@link CsvRows}: one header row naming each of {@link #COLUMNS}
 * once, in any order, and no other, then at most {@code maxRows} rows of as many values. The file is checked whole
 * before anything is stored (a bad header, a row of the wrong length, too many rows: a problem, nothing imported),
 * then read again chunk by chunk, so that no more than a chunk of rows is held at a time.
 */
final class DeclarationImportFile {

    static final String PERSON_REF = "personRef";
    /** The personRef, then the fields of {@link DeclarationRequest}, under the same names. */
    static final List<String> COLUMNS = List.of(PERSON_REF, "ethnicCategory", "disability", "sex",
            "genderReassignment", "sexualOrientation", "religionOrBelief", "marriageAndCivilPartnership",
            "pregnancyAndMaternity", "yearOfBirth");

    /**
     * One data row: its number (1 is the first after the header) and its values by column, "" when empty. It wraps
     * the shared row, whose toString prints only the number, so this one's prints no value either.
     */
    record Row(CsvRows.Row row) {

        int number() {
            return row.number();
        }

        String value(String column) {
            return row.value(column);
        }
    }

    private final CsvRows rows;
    private final Set<String> repeatedPersonRefs;

    private DeclarationImportFile(CsvRows rows, Set<String> repeatedPersonRefs) {
        this.rows = rows;
        this.repeatedPersonRefs = repeatedPersonRefs;
    }

    /** Checks the whole file; a problem (400, or 413 above {@code maxRows}) if it cannot be imported at all. */
    static DeclarationImportFile check(String body, int maxRows) {
        Set<String> personRefs = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        CsvRows rows = CsvRows.rules(COLUMNS, maxRows, () -> ApiProblem.payloadTooLarge("An import holds at most "
                + maxRows + " rows after the header; split the extract")).check(body, row -> {
                    String personRef = row.value(PERSON_REF);
                    if (!personRef.isEmpty() && !personRefs.add(personRef)) {
                        repeated.add(personRef);
                    }
                });
        return new DeclarationImportFile(rows, Collections.unmodifiableSet(repeated));
    }

    /** Data rows in the file. */
    int rows() {
        return rows.count();
    }

    /** Whether the reference is on more than one row: none of them is imported, rather than guess which is right. */
    boolean repeated(String personRef) {
        return repeatedPersonRefs.contains(personRef);
    }

    /** Reads the rows again, in order, {@code size} at a time (the last chunk may be smaller). */
    void inChunks(int size, Consumer<List<Row>> chunk) {
        rows.inChunks(size, shared -> chunk.accept(shared.stream().map(Row::new).toList()));
    }
}
