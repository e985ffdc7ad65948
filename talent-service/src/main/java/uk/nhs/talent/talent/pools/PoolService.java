package uk.nhs.talent.talent.pools;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.ProblemType;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.events.talent.ExitReason;
import uk.nhs.talent.events.talent.MembershipStatus;
import uk.nhs.talent.events.talent.PoolMembershipChanged;
import uk.nhs.talent.events.talent.PoolScope;
import uk.nhs.talent.persistence.paging.PanachePages;
import uk.nhs.talent.talent.audit.ProfileReads;
import uk.nhs.talent.talent.messaging.TalentEventPublisher;
import uk.nhs.talent.talent.organisation.OrganisationDirectory;
import uk.nhs.talent.talent.pools.MembershipRequests.MembershipChange;
import uk.nhs.talent.talent.pools.MembershipRequests.Nomination;
import uk.nhs.talent.talent.pools.PoolViews.MembershipView;
import uk.nhs.talent.talent.pools.PoolViews.PoolView;
import uk.nhs.talent.talent.profiles.ProfileAccess;
import uk.nhs.talent.talent.profiles.ProfileRepository;
import uk.nhs.talent.talent.profiles.ProfileService;
import uk.nhs.talent.talent.profiles.TalentProfile;

/**
 * Talent pools and their membership workflow. A forum sees its region's pools and the national ones; the lead of
 * the owning forum runs a pool (a platform admin runs the national ones). Each membership change is published.
 */
@ApplicationScoped
@Transactional
public class PoolService {

    public static final String MEMBERS_ENDPOINT = "GET /pools/{poolId}/members";
    /** Who moves a membership on when vacancy-service reports an appointment. */
    static final String APPOINTMENT = "vacancy-service";

    private final TalentPoolRepository pools;
    private final PoolMembershipRepository memberships;
    private final ProfileService profiles;
    private final ProfileRepository profileRepository;
    private final OrganisationDirectory organisations;
    private final TalentEventPublisher events;
    private final ProfileReads reads;
    private final Caller caller;
    private final Clock clock;

    public PoolService(TalentPoolRepository pools, PoolMembershipRepository memberships, ProfileService profiles,
            ProfileRepository profileRepository, OrganisationDirectory organisations, TalentEventPublisher events,
            ProfileReads reads, Caller caller, Clock clock) {
        this.pools = pools;
        this.memberships = memberships;
        this.profiles = profiles;
        this.profileRepository = profileRepository;
        this.organisations = organisations;
        this.events = events;
        this.reads = reads;
        this.caller = caller;
        this.clock = clock;
    }

    public PoolView create(PoolRequest request) {
        String regionOfIcb = request.icbCode() == null ? null : organisations.regionOfIcb(request.icbCode()).orElse(null);
        TalentPool pool = TalentPool.create(UUID.randomUUID(), request, regionOfIcb, OffsetDateTime.now(clock));
        requireRuns(pool);
        pools.persist(pool);
        return PoolView.of(pool, 0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PoolView> list(PageRequest page) {
        Sort sort = Sort.by("name").and("id");
        var query = caller.hasRole(Roles.PLATFORM_ADMIN) ? pools.findAll(sort)
                : pools.find("scope = :national or regionCode = :region", sort, Parameters
                        .with("national", PoolScope.NATIONAL).and("region", caller.region().orElse("")));
        return PanachePages.of(query, page, pool -> PoolView.of(pool, memberships.countOpen(pool.id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PoolView get(UUID poolId) {
        TalentPool pool = findVisible(poolId);
        return PoolView.of(pool, memberships.countOpen(pool.id));
    }

    public MembershipView nominate(UUID poolId, Nomination nomination) {
        TalentPool pool = findVisible(poolId);
        requireRuns(pool);
        profiles.findReadable(nomination.personRef());
        if (memberships.open(poolId, nomination.personRef()).isPresent()) {
            throw ApiProblem.of(ProblemType.ALREADY_EXISTS, nomination.personRef() + " is already in this pool");
        }
        PoolMembership membership = PoolMembership.nominate(UUID.randomUUID(), poolId, nomination.personRef(),
                nomination.nominatedOn(), caller.id(), OffsetDateTime.now(clock));
        memberships.persist(membership);
        publish(pool, membership);
        return MembershipView.of(membership);
    }

    public MembershipView change(UUID poolId, String personRef, MembershipChange change) {
        TalentPool pool = findVisible(poolId);
        requireRuns(pool);
        profiles.findReadable(personRef);
        PoolMembership membership = memberships.open(poolId, personRef)
                .orElseThrow(() -> ApiProblem.notFound(personRef + " has no open membership of this pool"));
        membership.moveTo(change.status(), change.exitReason(), change.on(), caller.id(), OffsetDateTime.now(clock));
        memberships.flush();
        publish(pool, membership);
        return MembershipView.of(membership);
    }

    /** The pool's members the caller may see (each a read of a person, audited). */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<MembershipView> members(UUID poolId) {
        findVisible(poolId);
        List<PoolMembership> all = memberships.of(poolId);
        ProfileAccess access = profiles.access();
        Set<String> readable = profileRepository
                .list("personRef in ?1", all.stream().map(m -> m.personRef).distinct().toList()).stream()
                .filter(access::canRead).map(p -> p.personRef).collect(Collectors.toSet());
        List<MembershipView> visible = all.stream().filter(m -> readable.contains(m.personRef))
                .map(MembershipView::of).toList();
        reads.record(MEMBERS_ENDPOINT, readable);
        return visible;
    }

    /**
     * An appointment reported by vacancy-service: the appointee's open memberships end, as APPOINTED where the
     * lifecycle allows it and as no longer eligible for a mere nominee.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void exitOnAppointment(TalentProfile appointee, LocalDate filledOn) {
        for (PoolMembership membership : memberships.openOf(appointee.personRef)) {
            ExitReason reason = PoolMembershipLifecycle.exitReasons(membership.status).contains(ExitReason.APPOINTED)
                    ? ExitReason.APPOINTED : ExitReason.NO_LONGER_ELIGIBLE;
            LocalDate on = filledOn.isBefore(membership.changedOn) ? membership.changedOn : filledOn;
            membership.moveTo(MembershipStatus.EXITED, reason, on, APPOINTMENT, OffsetDateTime.now(clock));
            memberships.flush();
            publish(pools.findById(membership.poolId), membership);
        }
    }

    private TalentPool findVisible(UUID poolId) {
        return pools.findByIdOptional(poolId)
                .filter(pool -> caller.hasRole(Roles.PLATFORM_ADMIN) || caller.region().map(pool::visibleToForumOf)
                        .orElse(false))
                .orElseThrow(() -> ApiProblem.notFound("No pool " + poolId + " that you may see"));
    }

    /** The lead of the owning forum runs a pool; a platform admin runs any, the national ones included. */
    private void requireRuns(TalentPool pool) {
        boolean runs = caller.hasRole(Roles.PLATFORM_ADMIN) || (caller.hasRole(Roles.FORUM_LEAD)
                && caller.inRegion(pool.owningForum));
        if (!runs) {
            throw ApiProblem.forbidden("Only the lead of the owning forum (" + pool.owningForum + ") runs this pool");
        }
    }

    private void publish(TalentPool pool, PoolMembership m) {
        events.publish(new PoolMembershipChanged(pool.id, m.personRef, pool.scope, pool.regionCode,
                pool.targetRoleFamily, pool.targetLevel, m.status, m.exitReason, m.changedOn));
    }
}
