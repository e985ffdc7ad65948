package uk.nhs.talent.diversity.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.diversity.support.PipelineEvents;
import uk.nhs.talent.events.talent.ProfileRegistered;
import uk.nhs.talent.events.talent.TalentEvents;
import uk.nhs.talent.events.vacancy.Level;

/** The scheduled publication waits for this: records on the topics that the read model has not applied yet. */
@QuarkusTest
class ConsumerLagTest {

    @Inject
    ConsumerLag lag;

    @Test
    void aBurstOfEventsIsBehindUntilEveryOneIsApplied() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> lag.behind() == 0);
        for (int i = 0; i < 300; i++) {
            PipelineEvents.publish(TalentEvents.toCloudEvent(UUID.randomUUID(), PipelineEvents.CLOSED_PERIOD,
                    new ProfileRegistered(PipelineEvents.profile("lag-" + i + "-" + UUID.randomUUID(), 0, "Y62",
                            Level.AFC_9, Level.VSM))));
        }
        assertThat(lag.behind()).isPositive();
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> lag.behind() == 0);
    }
}
