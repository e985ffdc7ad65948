package uk.nhs.talent.talent.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.http.AggregateReport;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.talent.reporting.TalentReportRows.CandidatesForOpenVacancies;
import uk.nhs.talent.talent.reporting.TalentReportRows.KeyPostCoverage;
import uk.nhs.talent.talent.reporting.TalentReportRows.PoolSize;
import uk.nhs.talent.talent.reporting.TalentReportRows.Supply;
import uk.nhs.talent.talent.reporting.TalentReportRows.Transitions;
import uk.nhs.talent.talent.succession.SuccessionService;

/** National talent aggregates for SLSF analysts: counts, never a person. Coverage is at /coverage. */
@AggregateReport
@Path("/reports/talent")
@Tag(name = "Talent reports", description = "Role: national-analyst. Aggregates only")
@RolesAllowed(Roles.NATIONAL_ANALYST)
@Produces(MediaType.APPLICATION_JSON)
public class TalentReportResource {

    private final TalentReportRepository reports;
    private final SuccessionService succession;
    private final Clock clock;

    public TalentReportResource(TalentReportRepository reports, SuccessionService succession, Clock clock) {
        this.reports = reports;
        this.succession = succession;
        this.clock = clock;
    }

    @GET
    @Path("/supply")
    @Operation(summary = "Supply by region × role family × level × readiness", description = "Role "
            + "national-analyst. People in the pipeline with a current readiness for the role family, at the level "
            + "they aim at (their own when they name none). Someone appointed to a post of the role family on or "
            + "after that assessment has left its pipeline until assessed for it again (only the latest "
            + "appointment, the one the profile keeps, is known).")
    public List<Supply> supply() {
        return reports.supply();
    }

    @GET
    @Path("/pools")
    @Operation(summary = "Pool sizes by scope, region, target role family and level, and membership status")
    public List<PoolSize> pools() {
        return reports.pools();
    }

    @GET
    @Path("/candidates")
    @Operation(summary = "Candidates proposed per open vacancy, by region × role family × level")
    public List<CandidatesForOpenVacancies> candidates() {
        return reports.candidatesForOpenVacancies();
    }

    @GET
    @Path("/key-posts")
    @Operation(summary = "Key posts and their succession cover by region × role family × level",
            description = "Role national-analyst. All key posts of England, one row per region × role family × level "
                    + "that has one, ordered by region code, role family and level. keyPosts: key posts; "
                    + "leavingWithinYear: posts whose incumbent is expected to leave on or before on + 1 year (a "
                    + "leaving date already past counts: the post is still expected to fall vacant); "
                    + "postsWithReadyNowSuccessor: posts with at least one READY_NOW nominated successor; "
                    + "benchStrength: successors in people, de-duplicated: each counts 1 ÷ the number of key posts "
                    + "they are nominated for nationally (2 decimals, half up); postsAtRisk: posts with risk of loss "
                    + "HIGH and no READY_NOW successor. The same rules as /coverage (SuccessionCoverage). Counts of "
                    + "posts and a sum of fractions of people: no person in it.")
    @APIResponse(responseCode = "200", description = "One row per region × role family × level",
            content = @Content(schema = @Schema(implementation = KeyPostCoverage.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "on is not a date (YYYY-MM-DD)")
    public List<KeyPostCoverage> keyPosts(@QueryParam("on") @Parameter(description = "The day the year of "
            + "leavingWithinYear starts (YYYY-MM-DD); default: today (UTC)") LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return succession.keyPostCoverage(day).entrySet().stream()
                .map(row -> KeyPostCoverage.of(row.getKey(), row.getValue()))
                .toList();
    }

    @GET
    @Path("/transitions")
    @Operation(summary = "Readiness history by region × role family: exposure, moves up, appointments, exits, "
            + "entrants",
            description = "Role national-analyst. For a projection of the pipeline (a Markov model). Counted within "
                    + "the window [from, to): from included, to excluded; default the 3 years up to today (UTC), "
                    + "at most 10 years, to at the latest today. Region: the person's home region now; role family: "
                    + "the assessment's. A person's assessments for one role family form a timeline in order of "
                    + "assessed date (the one recorded later first among those of the same date); each readiness "
                    + "holds from its assessed date to the next assessment's, the last one to the window's end, "
                    + "or to the person's appointment to a vacancy of the role family if that comes first (they "
                    + "have left its pipeline; only the latest appointment, the one the profile keeps, is known). "
                    + "exposureThreePlusYears, exposureOneToTwoYears, exposureReadyNow: person-years in each "
                    + "readiness inside the window (days ÷ 365.25, 2 decimals). threePlusToOneToTwo, "
                    + "oneToTwoToReadyNow, threePlusToReadyNow: assessments followed, on a date in the window, by a "
                    + "higher readiness (3+ years straight to ready now counts only in threePlusToReadyNow); a "
                    + "downgrade or the same readiness again is no move and is not counted. readyNowAppointed, "
                    + "oneToTwoAppointed, threePlusAppointed: people appointed in the window (their latest "
                    + "appointment, the one the profile keeps) to a vacancy of the role family, by their readiness "
                    + "for it on the appointment date (an assessment of that day counts); a move up after the "
                    + "appointment is not counted. exitedThreePlus, exitedOneToTwo, exitedReadyNow: pool "
                    + "memberships exited in the window for a reason other than APPOINTED, by the readiness for the "
                    + "pool's target role family on the exit date, not after an appointment that ended it. "
                    + "Appointments and exits of people without a readiness for the role family on that date are not "
                    + "counted. entrantsThreePlus, entrantsOneToTwo, entrantsReadyNow: "
                    + "people whose first assessment for the role family is dated in the window, by its readiness. "
                    + "All figures but exposures are counts; rows with every figure 0 are left out; no person in it.")
    @APIResponse(responseCode = "200", description = "One row per region × role family, by region code and role "
            + "family", content = @Content(schema = @Schema(implementation = Transitions.class,
                    type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "from or to is not a date (YYYY-MM-DD), to is after today, "
            + "to is not after from, or from is more than 10 years before to")
    public List<Transitions> transitions(@BeanParam TransitionFilter filter) {
        return reports.transitions(filter.window(LocalDate.now(clock)));
    }
}
