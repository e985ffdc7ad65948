package uk.nhs.talent.diversity.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.talent.diversity.support.PipelineEvents.CLOSED_PERIOD;
import static uk.nhs.talent.diversity.support.PipelineEvents.ReadModel.count;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.diversity.support.PipelineEvents;
import uk.nhs.talent.events.talent.PersonErased;
import uk.nhs.talent.events.vacancy.VacancyShortlisted;
import uk.nhs.talent.events.vacancy.VacancyStatus;

/**
 * The two topics are applied by two consumers in concurrent transactions: a person's shortlisting (vacancy topic)
 * and their erasure (talent topic) may overlap. The erasure waits for the shortlisting to commit and then deletes
 * it; it does not miss the uncommitted row and leave an erased person counted.
 */
@QuarkusTest
class ConcurrentErasureTest {

    @Inject
    PipelineStages stages;

    @Inject
    EntityManager entityManager;

    private final String person = "race-" + UUID.randomUUID().toString().substring(0, 12);
    private final UUID vacancy = UUID.randomUUID();

    /** What this test applied came from no topic: a replay (ReplayRebuildTest) would not rebuild it. */
    @AfterEach
    void forgetWhatNoTopicHolds() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from known_vacancy where vacancy_id = ?1")
                    .setParameter(1, vacancy).executeUpdate();
            entityManager.createNativeQuery("delete from erased_person where person_ref_hash = "
                    + "sha256(convert_to(?1, 'UTF8'))").setParameter(1, person).executeUpdate();
        });
    }

    @Test
    void anErasureWaitsForAConcurrentShortlistingOfThePersonAndDeletesIt() throws Exception {
        VacancyShortlisted shortlisted = new VacancyShortlisted(PipelineEvents.vacancy(vacancy, 2,
                VacancyStatus.INTERVIEWING, "RW3", "Y62", false), List.of(person));
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        CompletableFuture<Void> shortlisting = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    stages.learn(shortlisted, CLOSED_PERIOD.toInstant());
                    recorded.countDown();
                    await(commit);
                }));
        assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> erasure = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> stages.learn(new PersonErased(person, LocalDate.now()), CLOSED_PERIOD.toInstant())));

        // Without the person's lock the erasure would finish now, before the shortlisting commits.
        try {
            erasure.get(2, TimeUnit.SECONDS);
        } catch (TimeoutException waiting) {
            // as it should: it waits for the shortlisting
        }
        assertThat(erasure).as("the erasure waits for the shortlisting's transaction").isNotDone();
        commit.countDown();
        shortlisting.get(30, TimeUnit.SECONDS);
        erasure.get(30, TimeUnit.SECONDS);

        assertThat(count("select count(*) from stage_entry where person_ref = ?1", person)).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
