package uk.nhs.talent.events.vacancy;

import uk.nhs.talent.events.EventTypes;

/** The vacancy was withdrawn without an appointment. {@code reason} is free text about the post, never about a person. */
public record VacancyWithdrawn(VacancySnapshot vacancy, String reason) implements VacancyEvent {

    @Override
    public String type() {
        return EventTypes.VACANCY_WITHDRAWN;
    }
}
