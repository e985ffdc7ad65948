package uk.nhs.talent.talent.readiness;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** Assessments as the API shows them; mapped from the entities in one place. */
public final class AssessmentViews {

    private AssessmentViews() {
    }

    @Schema(name = "ReadinessAssessment")
    public record ReadinessView(RoleFamily roleFamily, Readiness readiness, LocalDate assessedOn, String assessedBy,
            @Schema(description = "Null while this is the current assessment of the role family")
            OffsetDateTime supersededAt) {

        public static ReadinessView of(ReadinessAssessment a) {
            return new ReadinessView(a.roleFamily, a.readiness, a.assessedOn, a.assessedBy, a.supersededAt);
        }
    }

    @Schema(name = "NineBoxPlacement")
    public record NineBoxView(int performance, int potential,
            @Schema(description = "1 (low performance, low potential) to 9 (high, high)") int cell,
            String label, String talentReview, LocalDate reviewedOn, String recordedBy,
            @Schema(description = "Null while this is the current placement") OffsetDateTime supersededAt) {

        public static NineBoxView of(NineBoxReview r) {
            NineBoxPlacement placement = r.placement();
            return new NineBoxView(r.performance, r.potential, placement.cell(), placement.label(), r.talentReview,
                    r.reviewedOn, r.recordedBy, r.supersededAt);
        }
    }
}
