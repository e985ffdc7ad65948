package uk.nhs.talent.gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

class RecentPartTest {

    private static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");

    private final AtomicInteger asked = new AtomicInteger();
    private boolean answering = true;

    private Uni<Part<String>> ask() {
        int n = asked.incrementAndGet();
        return Uni.createFrom().item(answering ? Part.complete("history", "talent-service", "1", "answer " + n)
                : Part.missing("history", "talent-service", "could not be reached"));
    }

    @Test
    void theSameQuestionWithinTheMaximumAgeIsAnsweredFromTheKeptPart() {
        MutableClock clock = new MutableClock(NINE);
        RecentPart<String, String> recent = new RecentPart<>(Duration.ofHours(1), clock);

        RecentPart.Read<String> first = recent.get("2023-12-02/2026-12-02", this::ask).await().indefinitely();
        clock.now = NINE.plus(Duration.ofMinutes(59));
        RecentPart.Read<String> again = recent.get("2023-12-02/2026-12-02", this::ask).await().indefinitely();

        assertThat(asked).hasValue(1);
        assertThat(again).isEqualTo(first);
        assertThat(again.readAt()).isEqualTo(NINE);
        assertThat(again.part().value()).isEqualTo("answer 1");
    }

    @Test
    void anOlderPartOrAnotherQuestionIsAskedAgain() {
        MutableClock clock = new MutableClock(NINE);
        RecentPart<String, String> recent = new RecentPart<>(Duration.ofHours(1), clock);

        recent.get("2023-12-02/2026-12-02", this::ask).await().indefinitely();
        clock.now = NINE.plus(Duration.ofHours(1));
        RecentPart.Read<String> aged = recent.get("2023-12-02/2026-12-02", this::ask).await().indefinitely();
        RecentPart.Read<String> other = recent.get("2023-12-03/2026-12-03", this::ask).await().indefinitely();

        assertThat(asked).hasValue(3);
        assertThat(aged.part().value()).isEqualTo("answer 2");
        assertThat(aged.readAt()).isEqualTo(clock.now);
        assertThat(other.part().value()).isEqualTo("answer 3");
    }

    @Test
    void aMissingPartIsNeverKept() {
        MutableClock clock = new MutableClock(NINE);
        RecentPart<String, String> recent = new RecentPart<>(Duration.ofHours(1), clock);

        answering = false;
        assertThat(recent.get("window", this::ask).await().indefinitely().part().isComplete()).isFalse();
        answering = true;
        RecentPart.Read<String> next = recent.get("window", this::ask).await().indefinitely();

        assertThat(asked).hasValue(2);
        assertThat(next.part().isComplete()).isTrue();
    }

    @Test
    void aMaximumAgeOfZeroKeepsNothing() {
        RecentPart<String, String> recent = new RecentPart<>(Duration.ZERO, new MutableClock(NINE));

        recent.get("window", this::ask).await().indefinitely();
        recent.get("window", this::ask).await().indefinitely();

        assertThat(asked).hasValue(2);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
