package uk.nhs.talent.events.vacancy;

import com.fasterxml.jackson.annotation.JsonIgnore;

import uk.nhs.talent.events.EventPayload;

/** A payload (CloudEvent {@code data}) published on {@code vacancy.events.v1}. */
public sealed interface VacancyEvent extends EventPayload
        permits VacancyOpened, VacancyUpdated, VacancyClosed, VacancyShortlisted,
        VacancyOffered, VacancyAppointed, VacancyWithdrawn {

    /** The vacancy as it is after this event. */
    VacancySnapshot vacancy();

    /** The CloudEvent type; carried in the envelope, not in the payload. */
    @Override
    @JsonIgnore
    String type();

    /** The vacancy id: the CloudEvent subject and the Kafka record key. */
    @Override
    @JsonIgnore
    default String subject() {
        return vacancy().vacancyId().toString();
    }
}
