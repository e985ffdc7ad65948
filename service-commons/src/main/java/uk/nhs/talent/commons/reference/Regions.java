package uk.nhs.talent.commons.reference;

import java.util.List;

/** The seven NHS England regions (ARCHITECTURE.md): Y56 London to Y63 North East and Yorkshire. */
public final class Regions {

    public static final List<String> CODES = List.of("Y56", "Y58", "Y59", "Y60", "Y61", "Y62", "Y63");
    /** For validation annotations: exactly one of {@link #CODES}. */
    public static final String PATTERN = "Y56|Y58|Y59|Y60|Y61|Y62|Y63";

    private Regions() {
    }

    /** Whether {@code code} is one of {@link #CODES}; false for null (where {@code CODES.contains} would throw). */
    public static boolean isCode(String code) {
        return code != null && CODES.contains(code);
    }
}
