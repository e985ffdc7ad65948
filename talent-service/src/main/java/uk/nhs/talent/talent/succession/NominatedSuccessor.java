package uk.nhs.talent.talent.succession;

import java.time.LocalDate;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.events.talent.Readiness;

/**
 * A person nominated to succeed to one key post, with their readiness for that post and when that readiness was
 * last assessed ({@code null}: never reviewed since the nomination).
 */
public record NominatedSuccessor(String personRef, Readiness readiness, LocalDate readinessAssessedOn) {

    public NominatedSuccessor {
        if (personRef == null || personRef.isBlank() || personRef.length() > 64) {
            throw ApiProblem.invalidField("personRef", "must be a person reference of 1 to 64 characters");
        }
        if (readiness == null) {
            throw ApiProblem.invalidField("readiness", "is required for a nominated successor");
        }
    }
}
