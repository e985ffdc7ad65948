package uk.nhs.talent.events.vacancy;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A payload (CloudEvent {@code data}) published on {@code vacancy.events.v1}. */
public sealed interface VacancyEvent
        permits VacancyOpened, VacancyUpdated, VacancyClosed, VacancyShortlisted,
        VacancyOffered, VacancyAppointed, VacancyWithdrawn {

    /** The vacancy as it is after this event. */
    VacancySnapshot vacancy();

    /** The CloudEvent type; carried in the envelope, not in the payload. */
    @JsonIgnore
    String type();
}
