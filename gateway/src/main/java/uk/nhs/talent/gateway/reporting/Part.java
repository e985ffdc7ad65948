package uk.nhs.talent.gateway.reporting;

import java.util.Optional;
import java.util.function.Function;

import uk.nhs.talent.events.slsf.PartStatus;
import uk.nhs.talent.events.slsf.SourcePart;

/**
 * One part of a report as a service answered it, or why it is missing. A missing part's figures are null in the
 * report, never guessed.
 *
 * @param name    what the part holds, e.g. {@code supply}
 * @param service the service asked
 * @param version the answering service's version; null when missing
 * @param value   the answer; null when missing
 * @param reason  why it is missing; null when complete
 */
public record Part<T>(String name, String service, String version, T value, String reason) {

    public static <T> Part<T> complete(String name, String service, String version, T value) {
        return new Part<>(name, service, version, value, null);
    }

    public static <T> Part<T> missing(String name, String service, String reason) {
        return new Part<>(name, service, null, null, reason);
    }

    public boolean isComplete() {
        return reason == null;
    }

    /** The figure drawn from this part's answer, or null when the part is missing. */
    public <R> R figure(Function<T, R> from) {
        return isComplete() ? from.apply(value) : null;
    }

    public Optional<T> answer() {
        return Optional.ofNullable(isComplete() ? value : null);
    }

    public SourcePart source() {
        return new SourcePart(name, service, version, isComplete() ? PartStatus.COMPLETE : PartStatus.MISSING,
                reason);
    }
}
