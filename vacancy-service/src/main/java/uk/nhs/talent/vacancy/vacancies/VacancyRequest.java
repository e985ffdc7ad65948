package uk.nhs.talent.vacancy.vacancies;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.vacancy.ContractType;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RecruitmentRoute;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** A new vacancy, or the revised details of one (then {@code orgCode} may be left out; it cannot change). */
@Schema(name = "VacancyRequest")
public record VacancyRequest(
        @Size(max = 16) @Schema(description = "ODS code of the employing organisation; required on create",
                example = "RW3") String orgCode,
        @NotBlank @Size(max = 200) @Schema(example = "Chief Finance Officer") String title,
        @NotNull RoleFamily roleFamily,
        @NotNull Level level,
        @NotNull @Schema(description = "A board post (executive or non-executive director)") Boolean boardPost,
        @NotNull ContractType contractType,
        @NotNull RecruitmentRoute recruitmentRoute,
        @NotNull @Schema(example = "2026-09-01") LocalDate openedOn,
        @NotNull @Schema(description = "Closing date of the advert; not before openedOn", example = "2026-09-29")
        LocalDate closingOn) {

    VacancyDetails details() {
        return new VacancyDetails(title, roleFamily, level, boardPost, contractType, recruitmentRoute, openedOn,
                closingOn);
    }
}
