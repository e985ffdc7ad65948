package uk.nhs.talent.talent.pools;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.talent.PoolScope;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** A new talent pool. */
@Schema(name = "PoolRequest")
public record PoolRequest(
        @NotBlank @Size(max = 200) @Schema(example = "North West aspiring finance directors 2027") String name,
        @NotBlank @Size(max = 2000) @Schema(description = "Who belongs: the pool's eligibility, in words",
                example = "Deputy directors of finance at AfC 9 aiming at a board post within two years")
        String description,
        @NotNull PoolScope scope,
        @Pattern(regexp = "Y5[6-9]|Y6[0-3]", message = "must be an NHS England region code, Y56 to Y63")
        @Schema(description = "For a REGION pool; for an ICB pool it is the ICB's region") String regionCode,
        @Size(max = 16) @Schema(description = "For an ICB pool", example = "QOP") String icbCode,
        @NotNull RoleFamily targetRoleFamily,
        @NotNull Level targetLevel) {
}
