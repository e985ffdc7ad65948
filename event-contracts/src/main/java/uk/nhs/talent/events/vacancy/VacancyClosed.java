package uk.nhs.talent.events.vacancy;

import uk.nhs.talent.events.EventTypes;

/** Applications closed: the advert has closed and shortlisting starts. */
public record VacancyClosed(VacancySnapshot vacancy) implements VacancyEvent {

    @Override
    public String type() {
        return EventTypes.VACANCY_CLOSED;
    }
}
