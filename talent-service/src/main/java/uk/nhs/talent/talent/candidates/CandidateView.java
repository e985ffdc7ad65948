package uk.nhs.talent.talent.candidates;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** One person in a forum's search results: enough to discuss them; the profile has the rest. */
@Schema(name = "Candidate")
public record CandidateView(
        String personRef,
        String givenName,
        String familyName,
        String orgCode,
        String icbCode,
        String regionCode,
        RoleFamily roleFamily,
        Level level,
        List<RoleFamily> targetRoleFamilies,
        Level targetLevel,
        List<String> mobilityRegions,
        @Schema(description = "Current readiness for the roleFamily searched for; null without one or unassessed")
        Readiness readiness,
        @Schema(description = "Current nine-box cell, if placed") Integer nineBoxCell) {
}
