package uk.nhs.talent.talent.readiness;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.events.talent.NineBoxPlaced;
import uk.nhs.talent.events.talent.ReadinessAssessed;
import uk.nhs.talent.talent.audit.ProfileReads;
import uk.nhs.talent.talent.messaging.TalentEventPublisher;
import uk.nhs.talent.talent.profiles.ProfileService;
import uk.nhs.talent.talent.profiles.TalentProfile;
import uk.nhs.talent.talent.readiness.AssessmentRequests.NineBoxRequest;
import uk.nhs.talent.talent.readiness.AssessmentRequests.ReadinessRequest;
import uk.nhs.talent.talent.readiness.AssessmentViews.NineBoxView;
import uk.nhs.talent.talent.readiness.AssessmentViews.ReadinessView;

/**
 * Readiness and nine-box placements, recorded by the forum lead of the person's home region and kept with their
 * history: a new assessment supersedes the current one and both stay. Each is published without a name.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    public static final String READINESS_ENDPOINT = "GET /profiles/{personRef}/readiness";
    public static final String NINE_BOX_ENDPOINT = "GET /profiles/{personRef}/nine-box";

    private final ProfileService profiles;
    private final ReadinessRepository readiness;
    private final NineBoxRepository nineBoxes;
    private final TalentEventPublisher events;
    private final ProfileReads reads;
    private final Caller caller;
    private final Clock clock;

    public AssessmentService(ProfileService profiles, ReadinessRepository readiness, NineBoxRepository nineBoxes,
            TalentEventPublisher events, ProfileReads reads, Caller caller, Clock clock) {
        this.profiles = profiles;
        this.readiness = readiness;
        this.nineBoxes = nineBoxes;
        this.events = events;
        this.reads = reads;
        this.caller = caller;
        this.clock = clock;
    }

    public ReadinessView assessReadiness(String personRef, ReadinessRequest request) {
        TalentProfile profile = profiles.findChangeable(personRef);
        OffsetDateTime now = OffsetDateTime.now(clock);
        requireNotFuture("assessedOn", request.assessedOn(), now);
        readiness.current(personRef, request.roleFamily()).ifPresent(current -> current.supersededAt = now);
        // Flushed first: the partial unique index allows one current assessment per role family.
        readiness.flush();
        ReadinessAssessment assessment = new ReadinessAssessment();
        assessment.id = UUID.randomUUID();
        assessment.personRef = personRef;
        assessment.roleFamily = request.roleFamily();
        assessment.readiness = request.readiness();
        assessment.assessedOn = request.assessedOn();
        assessment.assessedBy = caller.id();
        assessment.recordedAt = now;
        readiness.persist(assessment);
        events.publish(new ReadinessAssessed(personRef, profile.regionCode, request.roleFamily(),
                request.readiness(), request.assessedOn()));
        return ReadinessView.of(assessment);
    }

    public NineBoxView placeInNineBox(String personRef, NineBoxRequest request) {
        TalentProfile profile = profiles.findChangeable(personRef);
        OffsetDateTime now = OffsetDateTime.now(clock);
        requireNotFuture("reviewedOn", request.reviewedOn(), now);
        NineBoxPlacement placement = new NineBoxPlacement(request.performance(), request.potential());
        nineBoxes.current(personRef).ifPresent(current -> current.supersededAt = now);
        nineBoxes.flush();
        NineBoxReview review = new NineBoxReview();
        review.id = UUID.randomUUID();
        review.personRef = personRef;
        review.performance = placement.performance();
        review.potential = placement.potential();
        review.cell = placement.cell();
        review.talentReview = request.talentReview().strip();
        review.reviewedOn = request.reviewedOn();
        review.recordedBy = caller.id();
        review.recordedAt = now;
        nineBoxes.persist(review);
        events.publish(new NineBoxPlaced(personRef, profile.regionCode, placement.performance(),
                placement.potential(), request.reviewedOn()));
        return NineBoxView.of(review);
    }

    /** Every readiness assessment of the person, newest first; the read is recorded. */
    public List<ReadinessView> readinessHistory(String personRef) {
        profiles.findReadable(personRef);
        reads.record(READINESS_ENDPOINT, List.of(personRef));
        return readiness.history(personRef).stream().map(ReadinessView::of).toList();
    }

    /** Every nine-box placement of the person, newest first; the read is recorded. */
    public List<NineBoxView> nineBoxHistory(String personRef) {
        profiles.findReadable(personRef);
        reads.record(NINE_BOX_ENDPOINT, List.of(personRef));
        return nineBoxes.history(personRef).stream().map(NineBoxView::of).toList();
    }

    private static void requireNotFuture(String field, java.time.LocalDate date, OffsetDateTime now) {
        if (date.isAfter(now.toLocalDate())) {
            throw ApiProblem.invalidField(field, "must not be in the future");
        }
    }
}
