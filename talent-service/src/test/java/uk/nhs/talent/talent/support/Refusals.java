package uk.nhs.talent.talent.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.FieldViolation;
import uk.nhs.talent.commons.problem.Problem;
import uk.nhs.talent.commons.problem.ProblemType;

/** Asserts a rule's refusal as the caller will see it: status, problem type and the field at fault. */
public final class Refusals {

    private Refusals() {
    }

    /** A 400 naming {@code field}; returns the problem for further checks on its detail. */
    public static Problem assertInvalidField(ThrowingCallable call, String field) {
        Problem problem = problemOf(call, ProblemType.INVALID_REQUEST);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations()).extracting(FieldViolation::field).containsExactly(field);
        return problem;
    }

    /** A 409 for a change the current state forbids; returns the problem for further checks on its detail. */
    public static Problem assertIllegalTransition(ThrowingCallable call) {
        Problem problem = problemOf(call, ProblemType.ILLEGAL_TRANSITION);
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo(URI.create("urn:uk:nhs:talent:problem:illegal-transition"));
        return problem;
    }

    private static Problem problemOf(ThrowingCallable call, ProblemType type) {
        ApiProblem thrown = catchThrowableOfType(ApiProblem.class, call);
        assertThat(thrown).as("an ApiProblem").isNotNull();
        assertThat(thrown.type()).isEqualTo(type);
        return thrown.toProblem("/test");
    }
}
