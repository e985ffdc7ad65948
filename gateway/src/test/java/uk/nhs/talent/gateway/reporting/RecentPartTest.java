package uk.nhs.talent.gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

class RecentPartTest {

    private static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");
    private static final String WINDOW = "2023-12-02/2026-12-02";

    private final AtomicInteger asked = new AtomicInteger();
    private boolean answering = true;

    private Uni<Part<String>> ask() {
        int n = asked.incrementAndGet();
        return Uni.createFrom().item(answering ? Part.complete("history", "talent-service", "1", "answer " + n)
                : Part.missing("history", "talent-service", "could not be reached"));
    }

    private static <T> RecentPart.Read<T> at(RecentPart<String, T> recent, String question, Instant now,
            Supplier<Uni<Part<T>>> ask) {
        return recent.get(question, now, ask).await().indefinitely();
    }

    @Test
    void theSameQuestionWithinTheMaximumAgeIsAnsweredFromTheKeptPart() {
        RecentPart<String, String> recent = new RecentPart<>(Duration.ofHours(1));

        RecentPart.Read<String> first = at(recent, WINDOW, NINE, this::ask);
        RecentPart.Read<String> again = at(recent, WINDOW, NINE.plus(Duration.ofMinutes(59)), this::ask);

        assertThat(asked).hasValue(1);
        assertThat(again).isEqualTo(first);
        assertThat(again.readAt()).isEqualTo(NINE);
        assertThat(again.part().value()).isEqualTo("answer 1");
    }

    @Test
    void anOlderPartOrAnotherQuestionIsAskedAgain() {
        RecentPart<String, String> recent = new RecentPart<>(Duration.ofHours(1));
        Instant ten = NINE.plus(Duration.ofHours(1));

        at(recent, WINDOW, NINE, this::ask);
        RecentPart.Read<String> aged = at(recent, WINDOW, ten, this::ask);
        RecentPart.Read<String> other = at(recent, "2023-12-03/2026-12-03", ten, this::ask);

        assertThat(asked).hasValue(3);
        assertThat(aged.part().value()).isEqualTo("answer 2");
        assertThat(aged.readAt()).isEqualTo(ten);
        assertThat(other.part().value()).isEqualTo("answer 3");
    }

    @Test
    void aMissingPartIsNeverKept() {
        RecentPart<String, String> recent = new RecentPart<>(Duration.ofHours(1));

        answering = false;
        assertThat(at(recent, WINDOW, NINE, this::ask).part().isComplete()).isFalse();
        answering = true;
        RecentPart.Read<String> next = at(recent, WINDOW, NINE, this::ask);

        assertThat(asked).hasValue(2);
        assertThat(next.part().isComplete()).isTrue();
    }

    @Test
    void aRefreshAsksEvenWhenAYoungPartIsKeptAndRequestsThenFindItsAnswer() {
        RecentPart<String, String> recent = new RecentPart<>(Duration.ofHours(1));

        at(recent, WINDOW, NINE, this::ask);
        Instant halfPast = NINE.plus(Duration.ofMinutes(30));
        recent.refresh(WINDOW, halfPast, this::ask).await().indefinitely();
        RecentPart.Read<String> later = at(recent, WINDOW, NINE.plus(Duration.ofMinutes(80)), this::ask);

        assertThat(asked).hasValue(2);
        assertThat(later.part().value()).isEqualTo("answer 2");
        assertThat(later.readAt()).isEqualTo(halfPast);
    }

    @Test
    void aMaximumAgeOfZeroKeepsNothing() {
        RecentPart<String, String> recent = new RecentPart<>(Duration.ZERO);

        at(recent, WINDOW, NINE, this::ask);
        at(recent, WINDOW, NINE, this::ask);

        assertThat(asked).hasValue(2);
    }

    @Test
    void ofTwoAnswersInFlightTheOneAskedLaterIsKept() {
        RecentPart<String, String> recent = new RecentPart<>(Duration.ofHours(1));
        Instant later = NINE.plusSeconds(1);
        // The read asked at nine answers only after the one asked a second later.
        UniEmitter<? super Part<String>>[] slow = new UniEmitter[1];
        Uni<RecentPart.Read<String>> early = recent.get(WINDOW, NINE,
                () -> Uni.createFrom().emitter(emitter -> slow[0] = emitter));
        RecentPart.Read<String>[] earlyRead = new RecentPart.Read[1];
        early.subscribe().with(read -> earlyRead[0] = read);
        at(recent, WINDOW, later, () -> Uni.createFrom().item(Part.complete("history", "talent-service", "1",
                "asked later")));
        slow[0].complete(Part.complete("history", "talent-service", "1", "asked earlier"));

        assertThat(earlyRead[0].part().value()).isEqualTo("asked earlier");
        assertThat(at(recent, WINDOW, later.plusSeconds(1), this::ask).part().value()).isEqualTo("asked later");
        assertThat(asked).hasValue(0);
    }
}
