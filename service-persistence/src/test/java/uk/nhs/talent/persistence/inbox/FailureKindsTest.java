package uk.nhs.talent.persistence.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

import uk.nhs.talent.commons.problem.ApiProblem;

class FailureKindsTest {

    private static PersistenceException wrapping(Throwable cause) {
        return new PersistenceException("could not execute statement", new RuntimeException("wrapper", cause));
    }

    @Test
    void aLockTimeoutADeadlockAndALostConnectionAreWorthAnotherTry() {
        assertThat(FailureKinds.isTransient(wrapping(new SQLException("lock", "55P03")))).isTrue();
        assertThat(FailureKinds.isTransient(wrapping(new SQLException("deadlock", "40P01")))).isTrue();
        assertThat(FailureKinds.isTransient(wrapping(new SQLException("serialization", "40001")))).isTrue();
        assertThat(FailureKinds.isTransient(wrapping(new SQLException("gone", "08006")))).isTrue();
        assertThat(FailureKinds.isTransient(wrapping(new SQLTransientConnectionException("pool")))).isTrue();
        assertThat(FailureKinds.isTransient(new OptimisticLockException())).isTrue();
    }

    @Test
    void badDataARefusalAndAPoisonEventFailTheSameWayEveryTime() {
        assertThat(FailureKinds.isTransient(wrapping(new SQLException("value too long", "22001")))).isFalse();
        assertThat(FailureKinds.isTransient(wrapping(new SQLException("not null", "23502")))).isFalse();
        assertThat(FailureKinds.isTransient(ApiProblem.invalidField("orgCode", "is not known"))).isFalse();
        assertThat(FailureKinds.isTransient(new IllegalArgumentException("Unknown vacancy event type"))).isFalse();
        assertThat(FailureKinds.isTransient(new PoisonEvent("not a CloudEvent"))).isFalse();
    }

    @Test
    void theReasonNamesTypesAndStatesNeverValues() {
        String reason = IncomingEvents.describe(wrapping(new SQLException("Key (person_ref)=(p-secret) exists", "23505")));
        assertThat(reason).contains("PersistenceException", "SQLSTATE 23505").doesNotContain("p-secret");
        assertThat(IncomingEvents.describe(ApiProblem.invalidField("appointee", "p-secret is unknown")))
                .isEqualTo("invalid-request [appointee]");
    }
}
