package uk.nhs.talent.talent.succession;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.ProblemType;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.events.talent.PlanEndorsed;
import uk.nhs.talent.events.talent.PlanSuccessor;
import uk.nhs.talent.talent.audit.ProfileReads;
import uk.nhs.talent.persistence.paging.PanachePages;
import uk.nhs.talent.talent.messaging.TalentEventPublisher;
import uk.nhs.talent.talent.succession.PlanView.PlannedSuccessor;

/**
 * Succession-plan endorsement: the post's forum lead submits its successors as a plan (kept as submitted, in the
 * system's order); the national SLSF reviewer endorses it, in that order or another with a rationale, or returns
 * it with comments. Reviewed plans are immutable records, browsable per post; an endorsement is published.
 */
@ApplicationScoped
@Transactional
public class PlanReviews {

    public static final String PLANS_ENDPOINT = "GET /key-posts/{keyPostId}/plans";
    public static final String REGION_PLANS_ENDPOINT = "GET /succession-plans";
    private static final TypeReference<List<PlannedSuccessor>> SUCCESSORS = new TypeReference<>() {
    };

    private final SuccessionService succession;
    private final SuccessionNominationRepository nominations;
    private final SuccessionPlanRepository plans;
    private final TalentEventPublisher events;
    private final ProfileReads reads;
    private final ObjectMapper json;
    private final Caller caller;
    private final Clock clock;

    public PlanReviews(SuccessionService succession, SuccessionNominationRepository nominations,
            SuccessionPlanRepository plans, TalentEventPublisher events, ProfileReads reads, ObjectMapper json,
            Caller caller, Clock clock) {
        this.succession = succession;
        this.nominations = nominations;
        this.plans = plans;
        this.events = events;
        this.reads = reads;
        this.json = json;
        this.caller = caller;
        this.clock = clock;
    }

    public PlanView submit(UUID keyPostId) {
        KeyPost post = succession.findPlannable(keyPostId);
        List<NominatedSuccessor> ranked = SuccessionRanking.rank(nominations.currentOf(keyPostId).stream()
                .map(SuccessionNomination::successor).toList());
        if (ranked.isEmpty()) {
            throw ApiProblem.illegalTransition("A plan needs at least one nominated successor");
        }
        if (plans.of(keyPostId).stream().anyMatch(p -> p.status == SuccessionPlan.Status.SUBMITTED)) {
            throw ApiProblem.of(ProblemType.ALREADY_EXISTS, "A plan of this post is awaiting review");
        }
        SuccessionPlan plan = new SuccessionPlan();
        plan.id = UUID.randomUUID();
        plan.keyPostId = post.id;
        plan.planVersion = plans.nextVersion(post.id);
        plan.status = SuccessionPlan.Status.SUBMITTED;
        plan.successors = toJson(IntStream.range(0, ranked.size()).mapToObj(i -> new PlannedSuccessor(i + 1,
                ranked.get(i).personRef(), ranked.get(i).readiness(), ranked.get(i).readinessAssessedOn())).toList());
        plan.submittedBy = caller.id();
        plan.submittedAt = OffsetDateTime.now(clock);
        plans.persist(plan);
        return view(plan);
    }

    public PlanView review(UUID keyPostId, long planVersion, PlanReviewRequest request) {
        KeyPost post = succession.findVisible(keyPostId);
        SuccessionPlan plan = plans.find(keyPostId, planVersion)
                .orElseThrow(() -> ApiProblem.notFound("No plan " + planVersion + " of this post"));
        List<PlannedSuccessor> successors = fromJson(plan.successors);
        List<String> systemOrder = successors.stream().map(PlannedSuccessor::personRef).toList();
        boolean endorse = request.decision() == PlanReviewRequest.Decision.ENDORSE;
        OffsetDateTime now = OffsetDateTime.now(clock);
        plan.review(endorse, systemOrder, request.order(), blankToNull(request.comments()),
                blankToNull(request.rationale()), caller.id(), now);
        if (endorse) {
            List<String> order = Arrays.asList(plan.endorsedOrder.split(","));
            events.publish(new PlanEndorsed(post.id, post.orgCode, post.regionCode, plan.planVersion,
                    LocalDate.now(clock), order.stream().map(ref -> new PlanSuccessor(ref, successors.stream()
                            .filter(s -> s.personRef().equals(ref)).findFirst().orElseThrow().readiness())).toList()));
        }
        return view(plan);
    }

    /**
     * The plans of the caller's region (forums) or of the country (national roles), newest first, optionally of
     * one status: the register a forum or the SLSF browses. Each person in them counts as read.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Page<PlanView> plansOfRegion(SuccessionPlan.Status status, PageRequest page) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        Parameters parameters = new Parameters();
        if (!succession.national()) {
            where.add("keyPostId in (select k.id from KeyPost k where k.regionCode = :region)");
            parameters.and("region", caller.region().orElse(""));
        }
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        Page<PlanView> plansPage = PanachePages.of(plans.find(String.join(" and ", where),
                Sort.by("submittedAt").descending().and("id"), parameters), page, this::view);
        reads.record(REGION_PLANS_ENDPOINT, plansPage.items().stream().flatMap(v -> v.successors().stream())
                .map(PlannedSuccessor::personRef).distinct().toList());
        return plansPage;
    }

    /** Every plan of the post, newest first; each person in them counts as read. */
    public List<PlanView> plansOf(UUID keyPostId) {
        succession.findVisible(keyPostId);
        List<PlanView> views = plans.of(keyPostId).stream().map(this::view).toList();
        reads.record(PLANS_ENDPOINT, views.stream().flatMap(v -> v.successors().stream())
                .map(PlannedSuccessor::personRef).distinct().toList());
        return views;
    }

    private PlanView view(SuccessionPlan plan) {
        return new PlanView(plan.keyPostId, plan.planVersion, plan.status, fromJson(plan.successors),
                plan.submittedAt, plan.reviewedAt,
                plan.endorsedOrder == null ? null : List.of(plan.endorsedOrder.split(",")), plan.comments,
                plan.rationale);
    }

    private String toJson(List<PlannedSuccessor> successors) {
        try {
            return json.writeValueAsString(successors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<PlannedSuccessor> fromJson(String successors) {
        try {
            return json.readValue(successors, SUCCESSORS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored plan is not JSON", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
