package uk.nhs.talent.events.slsf;

/**
 * One part of the figures and where it came from.
 *
 * @param part           what it holds, e.g. {@code supply}, {@code key-posts}, {@code open-vacancies}
 * @param service        the service that answered (or was asked), e.g. {@code talent-service}
 * @param serviceVersion the version of that service that answered; null when the part is missing
 * @param status         whether the part is in
 * @param reason         why a part is missing (a time-out, a status code); null when complete
 */
public record SourcePart(String part, String service, String serviceVersion, PartStatus status, String reason) {
}
