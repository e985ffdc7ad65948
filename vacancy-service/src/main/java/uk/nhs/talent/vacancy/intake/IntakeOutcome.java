package uk.nhs.talent.vacancy.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import uk.nhs.talent.vacancy.vacancies.VacancyView;

/** What became of one CloudEvent an HR system sent. */
@Schema(name = "IntakeOutcome")
public record IntakeOutcome(
        @Schema(description = "The CloudEvent id") String id,
        String type,
        @Schema(description = "True when this event (same source and id) was already taken: nothing changed")
        boolean replayed,
        @Schema(implementation = VacancyView.class, description = "The vacancy after the event") JsonNode vacancy) {
}
