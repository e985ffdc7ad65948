package uk.nhs.talent.events.vacancy;

import uk.nhs.talent.events.EventTypes;

/** An offer was made. Who received it is not said until the appointment. */
public record VacancyOffered(VacancySnapshot vacancy) implements VacancyEvent {

    @Override
    public String type() {
        return EventTypes.VACANCY_OFFERED;
    }
}
