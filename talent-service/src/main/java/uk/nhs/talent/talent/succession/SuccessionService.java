package uk.nhs.talent.talent.succession;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import uk.nhs.talent.commons.http.ETags;
import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.ProblemType;
import uk.nhs.talent.commons.reference.OdsOrganisations.OdsOrganisation;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.events.talent.SuccessorNominated;
import uk.nhs.talent.events.talent.SuccessorRemoved;
import uk.nhs.talent.persistence.paging.PanachePages;
import uk.nhs.talent.talent.audit.ProfileReads;
import uk.nhs.talent.talent.messaging.TalentEventPublisher;
import uk.nhs.talent.talent.organisation.OrganisationDirectory;
import uk.nhs.talent.talent.profiles.ProfileService;
import uk.nhs.talent.talent.succession.SuccessionViews.KeyPostView;
import uk.nhs.talent.talent.succession.SuccessionViews.SuccessorView;
import uk.nhs.talent.talent.vacancies.VacancyRepository;

/**
 * Key posts, their successors, their pipeline health and the coverage of a region. A forum sees and plans its
 * region's posts; the SLSF's reviewers and platform admins see every post; coverage figures are aggregates.
 */
@ApplicationScoped
@Transactional
public class SuccessionService {

    public static final String SUCCESSORS_ENDPOINT = "GET /key-posts/{keyPostId}/successors";

    private final KeyPostRepository posts;
    private final SuccessionNominationRepository nominations;
    private final VacancyRepository vacancies;
    private final ProfileService profiles;
    private final OrganisationDirectory organisations;
    private final TalentEventPublisher events;
    private final ProfileReads reads;
    private final Caller caller;
    private final Clock clock;

    public SuccessionService(KeyPostRepository posts, SuccessionNominationRepository nominations,
            VacancyRepository vacancies, ProfileService profiles, OrganisationDirectory organisations,
            TalentEventPublisher events, ProfileReads reads, Caller caller, Clock clock) {
        this.posts = posts;
        this.nominations = nominations;
        this.vacancies = vacancies;
        this.profiles = profiles;
        this.organisations = organisations;
        this.events = events;
        this.reads = reads;
        this.caller = caller;
        this.clock = clock;
    }

    public KeyPostView create(KeyPostRequest request) {
        OdsOrganisation organisation = ownRegionsOrganisation(request.orgCode());
        KeyPost post = KeyPost.create(UUID.randomUUID(), organisation, request, now());
        posts.persist(post);
        return KeyPostView.of(post, 0);
    }

    public KeyPostView revise(UUID id, long expectedVersion, KeyPostRequest request) {
        KeyPost post = findPlannable(id);
        ETags.check(expectedVersion, post.version);
        post.revise(ownRegionsOrganisation(request.orgCode()), request, now());
        posts.flush();
        return view(post);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KeyPostView get(UUID id) {
        return view(findVisible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<KeyPostView> list(PageRequest page) {
        Sort sort = Sort.by("orgCode").and("title").and("id");
        var query = national() ? posts.findAll(sort) : posts.find("regionCode", sort, caller.region().orElse(""));
        return PanachePages.of(query, page, this::view);
    }

    /** The post's successors (each a read of a person, audited). */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<SuccessorView> successors(UUID id) {
        findVisible(id);
        List<SuccessionNomination> current = nominations.currentOf(id);
        reads.record(SUCCESSORS_ENDPOINT, current.stream().map(n -> n.personRef).toList());
        return current.stream().map(SuccessorView::of).toList();
    }

    public SuccessorView nominate(UUID id, SuccessorRequest request) {
        KeyPost post = findPlannable(id);
        profiles.findReadable(request.personRef());
        if (request.readinessAssessedOn().isAfter(now().toLocalDate())) {
            throw ApiProblem.invalidField("readinessAssessedOn", "must not be in the future");
        }
        if (request.personRef().equals(post.incumbent)) {
            throw ApiProblem.invalidField("personRef", "is the post's incumbent");
        }
        if (nominations.current(id, request.personRef()).isPresent()) {
            throw ApiProblem.of(ProblemType.ALREADY_EXISTS, request.personRef() + " is already nominated for this post");
        }
        SuccessionNomination nomination = new SuccessionNomination();
        nomination.id = UUID.randomUUID();
        nomination.keyPostId = id;
        nomination.personRef = request.personRef();
        nomination.readiness = request.readiness();
        nomination.readinessAssessedOn = request.readinessAssessedOn();
        nomination.nominatedOn = request.nominatedOn();
        nomination.nominatedBy = caller.id();
        nominations.persist(nomination);
        events.publish(new SuccessorNominated(post.id, post.orgCode, post.regionCode, nomination.personRef,
                nomination.readiness));
        return SuccessorView.of(nomination);
    }

    public void removeSuccessor(UUID id, String personRef) {
        KeyPost post = findPlannable(id);
        SuccessionNomination nomination = nominations.current(id, personRef)
                .orElseThrow(() -> ApiProblem.notFound(personRef + " is not nominated for this post"));
        nomination.removedAt = now();
        events.publish(new SuccessorRemoved(post.id, post.orgCode, post.regionCode, personRef, nomination.readiness));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PipelineHealth.Assessment health(UUID id) {
        KeyPost post = findVisible(id);
        return PipelineHealth.assess(healthInput(post, nominations.currentOf(id)), now().toLocalDate());
    }

    /** Coverage of the caller's region (a forum), or of the whole country (national roles). Counts only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SuccessionCoverage.Report coverage() {
        CoverageInput input = coverageInput(national() ? null : caller.region().orElse(""));
        return SuccessionCoverage.of(input.posts(), input.nationalNominations());
    }

    /**
     * The key posts of the whole country per region × role family × level, with those whose incumbent is expected
     * to leave by {@code on} + 1 year. For national analysts (the resource's role); counts only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SortedMap<SuccessionCoverage.RegionFamilyLevel, SuccessionCoverage.Tally> keyPostCoverage(LocalDate on) {
        CoverageInput input = coverageInput(null);
        return SuccessionCoverage.byRegionFamilyLevel(input.posts(), input.nationalNominations(), on.plusYears(1));
    }

    /** What SuccessionCoverage counts: the posts of a scope and their successors, each person's national count. */
    private record CoverageInput(List<SuccessionCoverage.KeyPost> posts, Map<String, Integer> nationalNominations) {
    }

    /**
     * Loads a scope ({@code regionCode}, or null for the country) in two statements whatever its size: its posts,
     * then its current nominations with each person's national count.
     */
    private CoverageInput coverageInput(String regionCode) {
        List<KeyPost> inScope = regionCode == null ? posts.listAll() : posts.list("regionCode", regionCode);
        Map<UUID, List<NominatedSuccessor>> byPost = new HashMap<>();
        Map<String, Integer> national = new HashMap<>();
        for (SuccessionNominationRepository.InScope nomination : nominations.currentInScope(regionCode)) {
            byPost.computeIfAbsent(nomination.keyPostId(), id -> new ArrayList<>()).add(nomination.successor());
            national.put(nomination.successor().personRef(), nomination.nationalNominations());
        }
        List<SuccessionCoverage.KeyPost> input = inScope.stream()
                .map(p -> new SuccessionCoverage.KeyPost(p.id.toString(), p.orgCode, p.regionCode, p.roleFamily,
                        p.level, p.riskOfLoss, p.incumbentLeavingOn, byPost.getOrDefault(p.id, List.of())))
                .toList();
        return new CoverageInput(input, national);
    }

    private PipelineHealth.KeyPost healthInput(KeyPost post, List<SuccessionNomination> current) {
        boolean openVacancy = vacancies.openOn(post.orgCode, post.roleFamily, post.level);
        return new PipelineHealth.KeyPost(post.id.toString(), post.incumbent != null, post.incumbentLeavingOn,
                openVacancy, current.stream().map(SuccessionNomination::successor).toList());
    }

    private KeyPostView view(KeyPost post) {
        return KeyPostView.of(post, nominations.currentOf(post.id).size());
    }

    boolean national() {
        return caller.hasRole(Roles.PLATFORM_ADMIN) || caller.hasRole(Roles.SLSF_REVIEWER)
                || caller.hasRole(Roles.NATIONAL_ANALYST);
    }

    /** Forums see their region's posts; national roles every post. Anything else is "not found". */
    KeyPost findVisible(UUID id) {
        return posts.findByIdOptional(id)
                .filter(post -> national() || caller.inRegion(post.regionCode))
                .orElseThrow(() -> ApiProblem.notFound("No key post " + id + " that you may see"));
    }

    /** The lead of the post's region plans it; a platform admin any. */
    KeyPost findPlannable(UUID id) {
        KeyPost post = findVisible(id);
        boolean plans = caller.hasRole(Roles.PLATFORM_ADMIN) || (caller.hasRole(Roles.FORUM_LEAD)
                && caller.inRegion(post.regionCode));
        if (!plans) {
            throw ApiProblem.forbidden("Only the forum lead of the post's region plans its succession");
        }
        return post;
    }

    private OdsOrganisation ownRegionsOrganisation(String orgCode) {
        OdsOrganisation organisation = organisations.find(orgCode)
                .orElseThrow(() -> ApiProblem.invalidField("orgCode", "is not a known organisation"));
        if (!caller.hasRole(Roles.PLATFORM_ADMIN)
                && !caller.inRegion(organisation.regionCode())) {
            throw ApiProblem.forbidden("You may plan key posts of your own region's organisations only");
        }
        return organisation;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
