package uk.nhs.talent.gateway.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * The last complete answer of a part, given again for the same question while it is younger than a maximum age,
 * so that a slow aggregate whose figures barely move (years of history) is not computed for every request; it can
 * also be read ahead ({@link #refresh}) so that requests find it young. A missing part is never kept: the next
 * request asks again. Requests that find nothing young enough each ask (with a handful of analysts, rarely more
 * than one at a time); of two answers, the one asked later is kept.
 *
 * @param <K> the question, e.g. a history window
 * @param <T> the part's figures
 */
public final class RecentPart<K, T> {

    /** A part and when it was asked for. */
    public record Read<T>(Part<T> part, Instant readAt) {
    }

    private record Kept<K, T>(K question, Read<T> read) {
    }

    private final Duration maxAge;
    private final AtomicReference<Kept<K, T>> kept = new AtomicReference<>();

    public RecentPart(Duration maxAge) {
        this.maxAge = maxAge;
    }

    /** @param now the time of the request: a part asked for now is read at {@code now} */
    public Uni<Read<T>> get(K question, Instant now, Supplier<Uni<Part<T>>> ask) {
        Kept<K, T> last = kept.get();
        if (last != null && Objects.equals(last.question(), question)
                && now.isBefore(last.read().readAt().plus(maxAge))) {
            return Uni.createFrom().item(last.read());
        }
        return refresh(question, now, ask);
    }

    /** Asks now, whatever is kept, and keeps the answer if complete. */
    public Uni<Read<T>> refresh(K question, Instant now, Supplier<Uni<Part<T>>> ask) {
        return ask.get().map(part -> {
            Read<T> read = new Read<>(part, now);
            if (part.isComplete()) {
                Kept<K, T> answered = new Kept<>(question, read);
                kept.accumulateAndGet(answered, (current, candidate) -> current == null
                        || !current.read().readAt().isAfter(candidate.read().readAt()) ? candidate : current);
            }
            return read;
        });
    }
}
