package uk.nhs.talent.events.vacancy;

import uk.nhs.talent.events.EventTypes;

/** Details of an open vacancy changed, e.g. title or closing date. */
public record VacancyUpdated(VacancySnapshot vacancy) implements VacancyEvent {

    @Override
    public String type() {
        return EventTypes.VACANCY_UPDATED;
    }
}
