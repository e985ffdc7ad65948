package uk.nhs.talent.talent.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.talent.MembershipStatus;
import uk.nhs.talent.events.talent.PoolScope;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** Rows of the national talent aggregates: counts of people and posts, never a person. */
public final class TalentReportRows {

    private TalentReportRows() {
    }

    @Schema(name = "Supply", description = "People with a current readiness for a role family, by the level they aim "
            + "at (their current level when they name none)")
    public record Supply(String regionCode, RoleFamily roleFamily, Level level, Readiness readiness, long people) {
    }

    @Schema(name = "PoolSize", description = "Memberships by pool scope, region, target and status")
    public record PoolSize(PoolScope scope, String regionCode, RoleFamily roleFamily, Level level,
            MembershipStatus status, long memberships) {
    }

    @Schema(name = "CandidatesForOpenVacancies", description = "Open vacancies and the candidates proposed for them")
    public record CandidatesForOpenVacancies(String regionCode, RoleFamily roleFamily, Level level,
            long openVacancies, @Schema(description = "Mean proposed candidates (at most ten) per vacancy")
            java.math.BigDecimal meanProposed,
            @Schema(description = "Mean proposed candidates ready now per vacancy") java.math.BigDecimal meanReadyNow) {
    }
}
