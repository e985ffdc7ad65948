package uk.nhs.talent.vacancy.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as the API shows and takes it. */
@Schema(name = "Organisation")
public record OrganisationView(
        @Schema(example = "RW3") String odsCode,
        @NotBlank @Size(max = 200) @Schema(example = "Manchester University NHS Foundation Trust") String name,
        @NotNull OrganisationType type,
        @NotBlank @Pattern(regexp = "Q[A-Z0-9]{2}", message = "must be an ICB ODS code such as QOP")
        @Schema(example = "QOP") String icbCode,
        @NotBlank @Pattern(regexp = "Y5[6-9]|Y6[0-3]", message = "must be an NHS England region code, Y56 to Y63")
        @Schema(example = "Y62") String regionCode) {

    public enum OrganisationType {
        TRUST, FOUNDATION_TRUST, ICB, OTHER
    }

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.odsCode, organisation.name,
                OrganisationType.valueOf(organisation.type), organisation.icbCode, organisation.regionCode);
    }
}
