package uk.nhs.talent.diversity.characteristics;

/**
 * Age bands of the published figures, derived from the declared year of birth at the end of a period. Only the
 * year is held, so the age is the one reached in that calendar year: a person may be a year younger for part of it.
 */
public enum AgeBand {
    UNDER_35, FROM_35_TO_44, FROM_45_TO_54, FROM_55_TO_64, FROM_65;

    public static AgeBand of(int yearOfBirth, int inYear) {
        int age = inYear - yearOfBirth;
        if (age < 35) {
            return UNDER_35;
        }
        if (age < 45) {
            return FROM_35_TO_44;
        }
        if (age < 55) {
            return FROM_45_TO_54;
        }
        return age < 65 ? FROM_55_TO_64 : FROM_65;
    }
}
