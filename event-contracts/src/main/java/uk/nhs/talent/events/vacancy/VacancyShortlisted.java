package uk.nhs.talent.events.vacancy;

import java.util.List;

import uk.nhs.talent.events.EventTypes;

/** Shortlisting is done. {@code shortlist} holds the shortlisted candidates' personRefs. */
public record VacancyShortlisted(VacancySnapshot vacancy, List<String> shortlist) implements VacancyEvent {

    public VacancyShortlisted {
        // Immutable, so a published event cannot change under a consumer.
        shortlist = shortlist == null ? null : List.copyOf(shortlist);
    }

    @Override
    public String type() {
        return EventTypes.VACANCY_SHORTLISTED;
    }
}
