package uk.nhs.talent.gateway.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * The last complete answer of a part, given again for the same question while it is younger than a maximum age,
 * so that a slow aggregate whose figures barely move (years of history) is not computed for every request. A
 * missing part is never kept: the next request asks again. Concurrent first requests may each ask; the later
 * answer is kept.
 *
 * @param <K> the question, e.g. a history window
 * @param <T> the part's figures
 */
public final class RecentPart<K, T> {

    /** A part and when it was read (to the millisecond). */
    public record Read<T>(Part<T> part, Instant readAt) {
    }

    private record Kept<K, T>(K question, Read<T> read) {
    }

    private final Duration maxAge;
    private final Clock clock;
    private final AtomicReference<Kept<K, T>> kept = new AtomicReference<>();

    public RecentPart(Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public Uni<Read<T>> get(K question, Supplier<Uni<Part<T>>> ask) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Kept<K, T> last = kept.get();
        if (last != null && Objects.equals(last.question(), question)
                && now.isBefore(last.read().readAt().plus(maxAge))) {
            return Uni.createFrom().item(last.read());
        }
        return ask.get().map(part -> {
            Read<T> read = new Read<>(part, now);
            if (part.isComplete()) {
                kept.set(new Kept<>(question, read));
            }
            return read;
        });
    }
}
