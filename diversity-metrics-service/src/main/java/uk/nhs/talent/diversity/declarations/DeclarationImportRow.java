package uk.nhs.talent.diversity.declarations;

import java.util.List;

import uk.nhs.talent.commons.problem.FieldViolation;

/**
 * One data row of an import as read: the declaration to store, or the columns at fault (then nothing of the row
 * is stored). Special category data, like {@link Declaration}: never logged.
 *
 * @param number     1 for the first row after the header
 * @param submission null when the row is at fault
 * @param violations empty when the row may be stored
 */
record DeclarationImportRow(int number, DeclarationService.Submission submission, List<FieldViolation> violations) {

    static DeclarationImportRow valid(int number, DeclarationService.Submission submission) {
        return new DeclarationImportRow(number, submission, List.of());
    }

    static DeclarationImportRow refused(int number, List<FieldViolation> violations) {
        return new DeclarationImportRow(number, null, List.copyOf(violations));
    }

    boolean isValid() {
        return submission != null;
    }

    @Override
    public String toString() {
        return "DeclarationImportRow[" + number + ", withheld]";
    }
}
