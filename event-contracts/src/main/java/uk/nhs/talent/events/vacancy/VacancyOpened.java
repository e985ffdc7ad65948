package uk.nhs.talent.events.vacancy;

import uk.nhs.talent.events.EventTypes;

/** The vacancy was advertised (or opened to the internal pipeline). */
public record VacancyOpened(VacancySnapshot vacancy) implements VacancyEvent {

    @Override
    public String type() {
        return EventTypes.VACANCY_OPENED;
    }
}
