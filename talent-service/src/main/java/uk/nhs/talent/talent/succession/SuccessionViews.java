package uk.nhs.talent.talent.succession;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.talent.RiskOfLoss;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** Key posts and successors as the API shows them; mapped from the entities in one place. */
public final class SuccessionViews {

    private SuccessionViews() {
    }

    @Schema(name = "KeyPost")
    public record KeyPostView(UUID id, long version, String orgCode, String icbCode, String regionCode, String title,
            RoleFamily roleFamily, Level level, boolean boardPost, String incumbent, LocalDate incumbentLeavingOn,
            RiskOfLoss riskOfLoss, @Schema(description = "Current nominated successors") int successors) {

        static KeyPostView of(KeyPost p, int successors) {
            return new KeyPostView(p.id, p.version, p.orgCode, p.icbCode, p.regionCode, p.title, p.roleFamily, p.level,
                    p.boardPost, p.incumbent, p.incumbentLeavingOn, p.riskOfLoss, successors);
        }
    }

    @Schema(name = "Successor")
    public record SuccessorView(String personRef, Readiness readiness, LocalDate readinessAssessedOn,
            LocalDate nominatedOn) {

        static SuccessorView of(SuccessionNomination n) {
            return new SuccessorView(n.personRef, n.readiness, n.readinessAssessedOn, n.nominatedOn);
        }
    }
}
