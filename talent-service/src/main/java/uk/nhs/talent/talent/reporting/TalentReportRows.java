package uk.nhs.talent.talent.reporting;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.talent.MembershipStatus;
import uk.nhs.talent.events.talent.PoolScope;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.talent.succession.SuccessionCoverage.RegionFamilyLevel;
import uk.nhs.talent.talent.succession.SuccessionCoverage.Tally;

/** Rows of the national talent aggregates: counts of people and posts, never a person. */
public final class TalentReportRows {

    private TalentReportRows() {
    }

    @Schema(name = "Supply", description = "People with a current readiness for a role family, by the level they aim "
            + "at (their current level when they name none); not those appointed to a post of the role family since "
            + "that assessment (they left its pipeline)")
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

    @Schema(name = "KeyPostCoverage", description = "Key posts of a region × role family × level and their succession "
            + "cover; counts of posts, except benchStrength")
    public record KeyPostCoverage(String regionCode, RoleFamily roleFamily, Level level,
            @Schema(description = "Key posts") long keyPosts,
            @Schema(description = "Key posts whose incumbent is expected to leave on or before on + 1 year, an "
                    + "overdue date included (the post is still expected to fall vacant)") long leavingWithinYear,
            @Schema(description = "Key posts with at least one READY_NOW nominated successor")
            long postsWithReadyNowSuccessor,
            @Schema(description = "De-duplicated successors, in people: each successor counts 1 ÷ the number of key "
                    + "posts they are nominated for nationally; summed in post id order, rounded to 2 decimals "
                    + "half up") BigDecimal benchStrength,
            @Schema(description = "Key posts with risk of loss HIGH and no READY_NOW successor") long postsAtRisk) {

        static KeyPostCoverage of(RegionFamilyLevel key, Tally tally) {
            return new KeyPostCoverage(key.regionCode(), key.roleFamily(), key.level(), tally.keyPosts(),
                    tally.postsLeaving(), tally.postsWithReadyNow(), tally.benchStrengthRounded(),
                    tally.postsAtRisk());
        }
    }

    @Schema(name = "Transitions", description = "Readiness history of a region (the profile's home region) × role "
            + "family (the assessment's) within the window [from, to): time spent in each readiness until assessed "
            + "again or appointed to a vacancy of the role family, moves up, "
            + "appointments, pool exits and entrants. Exposures in person-years (days ÷ 365.25, 2 decimals), the "
            + "rest counts of events")
    public record Transitions(String regionCode, RoleFamily roleFamily,
            @Schema(description = "Person-years spent THREE_PLUS_YEARS within the window") BigDecimal
            exposureThreePlusYears,
            @Schema(description = "Person-years spent ONE_TO_TWO_YEARS within the window") BigDecimal
            exposureOneToTwoYears,
            @Schema(description = "Person-years spent READY_NOW within the window") BigDecimal exposureReadyNow,
            @Schema(description = "Assessments THREE_PLUS_YEARS followed within the window by ONE_TO_TWO_YEARS")
            long threePlusToOneToTwo,
            @Schema(description = "Assessments ONE_TO_TWO_YEARS followed within the window by READY_NOW")
            long oneToTwoToReadyNow,
            @Schema(description = "Assessments THREE_PLUS_YEARS followed within the window straight by READY_NOW "
                    + "(counted here only, not in the two above)") long threePlusToReadyNow,
            @Schema(description = "Appointments in the window to a vacancy of the role family of people READY_NOW "
                    + "for it on the appointment date") long readyNowAppointed,
            @Schema(description = "The same, ONE_TO_TWO_YEARS on the appointment date") long oneToTwoAppointed,
            @Schema(description = "The same, THREE_PLUS_YEARS on the appointment date") long threePlusAppointed,
            @Schema(description = "Pool memberships (target role family) exited in the window for a reason other "
                    + "than APPOINTED by people THREE_PLUS_YEARS on the exit date") long exitedThreePlus,
            @Schema(description = "The same, ONE_TO_TWO_YEARS on the exit date") long exitedOneToTwo,
            @Schema(description = "The same, READY_NOW on the exit date") long exitedReadyNow,
            @Schema(description = "People whose first assessment for the role family is in the window, "
                    + "THREE_PLUS_YEARS") long entrantsThreePlus,
            @Schema(description = "The same, first assessed ONE_TO_TWO_YEARS") long entrantsOneToTwo,
            @Schema(description = "The same, first assessed READY_NOW") long entrantsReadyNow) {
    }
}
