package uk.nhs.talent.diversity.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Synthetic workforce extracts as CSV, for declaration imports: one header row, then one row per person. */
public final class ExtractFiles {

    public static final List<String> COLUMNS = List.of("personRef", "ethnicCategory", "disability", "sex",
            "genderReassignment", "sexualOrientation", "religionOrBelief", "marriageAndCivilPartnership",
            "pregnancyAndMaternity", "yearOfBirth");
    public static final String HEADER = String.join(",", COLUMNS);

    private ExtractFiles() {
    }

    /** A fresh synthetic reference: never seen before, so found nowhere but where the test put it. */
    public static String person() {
        return "imp-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A row declaring every characteristic. */
    public static String row(String personRef) {
        return row(personRef, "N", "YES", "FEMALE", "NO", "BISEXUAL", "SIKHISM", "CIVIL_PARTNERSHIP", "NO", "1971");
    }

    /** A row of these ten values, in {@link #COLUMNS} order. */
    public static String row(String... values) {
        if (values.length != COLUMNS.size()) {
            throw new IllegalArgumentException("A row has " + COLUMNS.size() + " values");
        }
        return String.join(",", values);
    }

    /** {@link #row(String)} with one column changed. */
    public static String rowWith(String personRef, String column, String value) {
        String[] values = row(personRef).split(",");
        values[COLUMNS.indexOf(column)] = value;
        return row(values);
    }

    /** The header, then the rows, each line ended by CRLF as spreadsheets write it. */
    public static String file(String... rows) {
        return file(Arrays.asList(rows));
    }

    public static String file(List<String> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(rows);
        return String.join("\r\n", lines) + "\r\n";
    }
}
