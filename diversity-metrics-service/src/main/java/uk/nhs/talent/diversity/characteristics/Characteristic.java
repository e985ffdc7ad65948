package uk.nhs.talent.diversity.characteristics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * The protected characteristics of the Equality Act 2010 that are monitored, each with the declaration column it
 * is counted from and the categories it is published in (always ending with {@link #NOT_DECLARED}: "prefer not to
 * say" and "not stated" together, and everyone without a declaration).
 */
public enum Characteristic {
    ETHNICITY("ethnic_category", EthnicCategory.values(), EthnicCategory::valueOf),
    DISABILITY("disability", YesNo.values(), YesNo::valueOf),
    SEX("sex", Sex.values(), Sex::valueOf),
    GENDER_REASSIGNMENT("gender_reassignment", YesNo.values(), YesNo::valueOf),
    SEXUAL_ORIENTATION("sexual_orientation", SexualOrientation.values(), SexualOrientation::valueOf),
    RELIGION_OR_BELIEF("religion_or_belief", ReligionOrBelief.values(), ReligionOrBelief::valueOf),
    MARRIAGE_AND_CIVIL_PARTNERSHIP("marriage_civil_partnership", MarriageCivilPartnership.values(),
            MarriageCivilPartnership::valueOf),
    PREGNANCY_AND_MATERNITY("pregnancy_maternity", YesNo.values(), YesNo::valueOf),
    /** Counted from the year of birth, in {@link AgeBand}s at the period's end. */
    AGE("year_of_birth", null, null);

    public static final String NOT_DECLARED = "NOT_DECLARED";

    private final String column;
    private final List<String> categories;
    private final Function<String, ? extends Declared> parse;

    Characteristic(String column, Declared[] values, Function<String, ? extends Declared> parse) {
        this.column = column;
        this.parse = parse;
        LinkedHashSet<String> published = new LinkedHashSet<>();
        if (values == null) {
            Arrays.stream(AgeBand.values()).map(AgeBand::name).forEach(published::add);
        } else {
            Arrays.stream(values).map(Declared::category).forEach(published::add);
        }
        published.remove(NOT_DECLARED);
        List<String> ordered = new ArrayList<>(published);
        ordered.add(NOT_DECLARED);
        this.categories = List.copyOf(ordered);
    }

    /** The declaration table's column: a constant of this enum, never caller input. */
    public String column() {
        return column;
    }

    public List<String> categories() {
        return categories;
    }

    /**
     * The published category of a stored value ({@code null}: no declaration).
     *
     * @param inYear the calendar year at the period's end, for the age band
     */
    public String categoryOf(Object stored, int inYear) {
        if (stored == null) {
            return NOT_DECLARED;
        }
        if (this == AGE) {
            return AgeBand.of(((Number) stored).intValue(), inYear).name();
        }
        return parse.apply(stored.toString()).category();
    }
}
