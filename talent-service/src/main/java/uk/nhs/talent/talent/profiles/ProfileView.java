package uk.nhs.talent.talent.profiles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.talent.DevelopmentProgramme;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.talent.readiness.AssessmentViews.NineBoxView;
import uk.nhs.talent.talent.readiness.AssessmentViews.ReadinessView;

/** A talent profile as a forum (or a platform admin) sees it, with the current assessments. */
@Schema(name = "Profile")
public record ProfileView(
        @Schema(description = "The person's pseudonym, issued by talent-service", example = "tp-qwhdkzmvbtrnfeyx")
        String personRef,
        @Schema(description = "Also sent as the ETag") long version,
        String givenName,
        String familyName,
        String workEmail,
        String orgCode,
        String icbCode,
        String regionCode,
        RoleFamily roleFamily,
        Level level,
        List<RoleFamily> targetRoleFamilies,
        Level targetLevel,
        List<String> mobilityRegions,
        List<DevelopmentProgramme> programmes,
        Consent consent,
        LocalDate lastCareerConversationOn,
        @Schema(description = "The latest appointment to a senior post reported by vacancy-service, if any")
        LocalDate appointedOn,
        @Schema(description = "The current readiness per target role family") List<ReadinessView> readiness,
        @Schema(description = "The current nine-box placement, if any") NineBoxView nineBox,
        OffsetDateTime updatedAt) {

    static ProfileView of(TalentProfile p, List<ReadinessView> readiness, NineBoxView nineBox) {
        return new ProfileView(p.personRef, p.version, p.givenName, p.familyName, p.workEmail, p.orgCode, p.icbCode,
                p.regionCode, p.roleFamily, p.level, p.targetRoleFamilies(), p.targetLevel,
                List.copyOf(p.mobilityRegions), p.programmes(),
                new Consent(p.shareWithForum, p.shareNationally, p.consentGivenOn, p.consentMethod),
                p.lastCareerConversationOn, p.appointedOn, readiness, nineBox, p.updatedAt);
    }
}
