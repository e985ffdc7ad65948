package uk.nhs.talent.diversity.declarations;

import java.time.LocalDate;

import uk.nhs.talent.commons.problem.ApiProblem;

/**
 * The declared age: a year of birth, or how it was not given. Only the year is held (the bands need no more).
 *
 * @param yearOfBirth null unless declared
 * @param status      DECLARED, PREFER_NOT_TO_SAY or NOT_STATED
 */
public record AgeDeclaration(Integer yearOfBirth, String status) {

    static final String PATTERN = "^([0-9]{4}|PREFER_NOT_TO_SAY|NOT_STATED)$";
    static final String DECLARED = "DECLARED";
    static final String NOT_STATED = "NOT_STATED";
    /** Nobody younger is appointed to a senior post; an older year is a typing error. */
    static final int YOUNGEST_AGE = 16;
    static final int OLDEST_YEAR = 1920;

    /** Reads the request's value (already matched against {@link #PATTERN}); refuses an implausible year. */
    static AgeDeclaration of(String value, LocalDate today) {
        if (value == null || value.equals(NOT_STATED)) {
            return new AgeDeclaration(null, NOT_STATED);
        }
        if (!Character.isDigit(value.charAt(0))) {
            return new AgeDeclaration(null, value);
        }
        int year = Integer.parseInt(value);
        if (year < OLDEST_YEAR || year > today.getYear() - YOUNGEST_AGE) {
            throw ApiProblem.invalidField("yearOfBirth", "must be between " + OLDEST_YEAR + " and "
                    + (today.getYear() - YOUNGEST_AGE));
        }
        return new AgeDeclaration(year, DECLARED);
    }
}
