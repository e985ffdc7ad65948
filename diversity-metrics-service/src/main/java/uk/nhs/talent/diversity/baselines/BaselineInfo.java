package uk.nhs.talent.diversity.baselines;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.diversity.characteristics.Characteristic;

/** The current workforce baseline, without its counts. */
@Schema(name = "WorkforceBaseline", description = "The current workforce baseline: when it was uploaded, its rows "
        + "and the characteristics it covers (its counts are only used beside the representation figures)")
public record BaselineInfo(
        @Schema(description = "When the baseline was uploaded; figures compared with it name this time")
        Instant asAt,
        @Schema(description = "Rows of the uploaded file after its header") int rows,
        List<Characteristic> characteristics) {
}
