package uk.nhs.talent.vacancy.vacancies;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.commons.validation.PersonRef;

/** The bodies of the lifecycle transitions, one record each. */
public final class VacancyTransitions {

    private VacancyTransitions() {
    }

    @Schema(name = "ApplicationsClosed", description = "open → shortlisting")
    public record ApplicationsClosed(
            @NotNull @PositiveOrZero @Max(100_000) @Schema(example = "23") Integer applicantCount,
            @NotNull @Schema(example = "2026-09-29") LocalDate closedOn) {
    }

    @Schema(name = "Shortlist", description = "shortlisting → interviewing")
    public record Shortlist(
            @NotNull @Size(min = 1, max = 100)
            @Schema(description = "Person references of the shortlisted candidates",
                    example = "[\"RW3:cand-4821\", \"p-9f2c71aa\"]")
            List<@NotNull @PersonRef String> shortlist,
            @NotNull @Schema(example = "2026-10-06") LocalDate shortlistedOn) {
    }

    @Schema(name = "Offer", description = "interviewing → offered")
    public record Offer(@NotNull @Schema(example = "2026-10-20") LocalDate offeredOn) {
    }

    @Schema(name = "Appointment", description = "offered → filled, by a shortlisted candidate")
    public record Appointment(
            @NotNull @PersonRef @Schema(example = "p-9f2c71aa") String appointee,
            @NotNull @Schema(example = "2026-11-02") LocalDate filledOn) {
    }

    @Schema(name = "Withdrawal", description = "any state that is not final → withdrawn")
    public record Withdrawal(
            @NotNull Vacancy.WithdrawalReason reason,
            @NotNull @Schema(example = "2026-10-01") LocalDate withdrawnOn) {
    }
}
