package uk.nhs.talent.gateway.projection;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to project: how far, which characteristic's composition, and a what-if beside the baseline. */
@Schema(description = "A projection of the senior pipeline: years ahead, optionally the composition by a "
        + "characteristic, and a what-if scenario shown beside the baseline")
public record ProjectionRequest(
        @Min(value = 1, message = "must be 1 to 30") @Max(value = 30, message = "must be 1 to 30")
        @Schema(description = "Years ahead, 1 to 30; 10 when absent", example = "10", nullable = true)
        Integer years,
        @Pattern(regexp = "[A-Z][A-Z_]{0,39}", message = "must be a characteristic such as ETHNICITY")
        @Schema(description = "Project the composition of each stage by this characteristic (from the published, "
                + "disclosure-controlled shares of each region); none when absent", example = "ETHNICITY",
                nullable = true)
        String characteristic,
        @Valid
        @Schema(description = "The what-if; the baseline alone when absent", nullable = true)
        ScenarioRequest scenario) {

    public static final int DEFAULT_YEARS = 10;

    public int yearsOrDefault() {
        return years == null ? DEFAULT_YEARS : years;
    }

    /** The scenario as the model takes it: factors 1 and nothing extra where the request says nothing. */
    public Scenario toScenario() {
        if (scenario == null) {
            return Scenario.BASELINE;
        }
        return new Scenario(scenario.name(), orOne(scenario.developmentRateFactor()),
                orOne(scenario.attritionFactor()),
                scenario.extraEntrantsPerYear() == null ? 0 : scenario.extraEntrantsPerYear(),
                scenario.groupDevelopmentFactors() == null ? Map.of() : scenario.groupDevelopmentFactors());
    }

    private static double orOne(Double factor) {
        return factor == null ? 1 : factor;
    }

    @Schema(name = "ProjectionScenario", description = "Changes to the estimated rates; each factor multiplies "
            + "annual probabilities (capped so that nobody is projected twice)")
    public record ScenarioRequest(
            @NotBlank @Size(max = 60)
            @Schema(description = "Shown beside the baseline", example = "more development for Black staff")
            String name,
            @DecimalMin("0") @DecimalMax("10")
            @Schema(description = "Multiplies both development rates (3+ → 1–2 years → ready now); 1 when absent",
                    example = "1.2", nullable = true)
            Double developmentRateFactor,
            @DecimalMin("0") @DecimalMax("10")
            @Schema(description = "Multiplies the exit rates: 0.8 is a fifth less attrition; 1 when absent",
                    example = "0.8", nullable = true)
            Double attritionFactor,
            @DecimalMin("0") @DecimalMax("10000")
            @Schema(description = "More pool places: people entering at 3+ years each year in every region × role "
                    + "family; 0 when absent", example = "2", nullable = true)
            Double extraEntrantsPerYear,
            @Size(max = 30)
            @Schema(description = "A further development factor for a category of the chosen characteristic",
                    example = "{\"BLACK\": 1.5}", nullable = true)
            Map<@NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9_]{0,59}", message = "must be a category such as BLACK")
                    String, @NotNull @DecimalMin("0") @DecimalMax("10") Double> groupDevelopmentFactors) {
    }
}
