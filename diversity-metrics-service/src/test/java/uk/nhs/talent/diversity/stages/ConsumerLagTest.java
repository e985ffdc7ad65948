package uk.nhs.talent.diversity.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import uk.nhs.talent.diversity.support.PipelineEvents;
import uk.nhs.talent.events.talent.ProfileRegistered;
import uk.nhs.talent.events.talent.TalentEvents;
import uk.nhs.talent.events.vacancy.Level;

/**
 * The scheduled publication waits for this: everything on the topics when it asks applied, even while events
 * keep arriving (those belong to the quarter under way).
 */
@QuarkusTest
class ConsumerLagTest {

    @Inject
    ConsumerLag lag;

    @Inject
    KafkaClientService clients;

    @Test
    void aBacklogIsNotCaughtUpUntilItIsApplied() throws InterruptedException {
        assertThat(lag.awaitCaughtUp(Duration.ofSeconds(60))).isTrue();
        KafkaConsumer<Object, Object> consumer = clients.getConsumer(PipelineEventsConsumer.TALENT_CHANNEL);
        consumer.pause().await().atMost(Duration.ofSeconds(10));
        try {
            publish(20);
            assertThat(lag.awaitCaughtUp(Duration.ofSeconds(3))).isFalse();
        } finally {
            consumer.resume().await().atMost(Duration.ofSeconds(10));
        }
        assertThat(lag.awaitCaughtUp(Duration.ofSeconds(120))).isTrue();
    }

    @Test
    void aSteadyStreamOfEventsDoesNotKeepItWaiting() throws InterruptedException {
        AtomicBoolean streaming = new AtomicBoolean(true);
        Thread stream = new Thread(() -> {
            while (streaming.get()) {
                publish(5);
            }
        });
        stream.start();
        try {
            Thread.sleep(2_000);
            assertThat(lag.awaitCaughtUp(Duration.ofSeconds(120))).isTrue();
        } finally {
            streaming.set(false);
            stream.join();
        }
    }

    private static void publish(int events) {
        for (int i = 0; i < events; i++) {
            PipelineEvents.publish(TalentEvents.toCloudEvent(UUID.randomUUID(), PipelineEvents.CLOSED_PERIOD,
                    new ProfileRegistered(PipelineEvents.profile("lag-" + UUID.randomUUID(), 0, "Y62", Level.AFC_9,
                            Level.VSM))));
        }
    }
}
