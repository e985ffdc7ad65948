package uk.nhs.talent.events.vacancy;

import uk.nhs.talent.events.EventTypes;

/** The post was filled. {@code appointee} is the appointed person's personRef. */
public record VacancyAppointed(VacancySnapshot vacancy, String appointee) implements VacancyEvent {

    @Override
    public String type() {
        return EventTypes.VACANCY_APPOINTED;
    }
}
