package uk.nhs.talent.talent.matching;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.events.talent.CandidatesMatched;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.talent.RankedCandidate;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.events.vacancy.VacancyStatus;
import uk.nhs.talent.persistence.paging.PanachePages;
import uk.nhs.talent.talent.audit.ProfileReads;
import uk.nhs.talent.talent.candidates.ForumCandidates;
import uk.nhs.talent.talent.messaging.TalentEventPublisher;
import uk.nhs.talent.talent.profiles.ProfileAccess;
import uk.nhs.talent.talent.profiles.ProfileRepository;
import uk.nhs.talent.talent.profiles.ProfileService;
import uk.nhs.talent.talent.profiles.TalentProfile;
import uk.nhs.talent.talent.readiness.ReadinessAssessment;
import uk.nhs.talent.talent.readiness.ReadinessRepository;
import uk.nhs.talent.talent.vacancies.Vacancy;
import uk.nhs.talent.talent.vacancies.VacancyRepository;

/**
 * Proposes candidates for an open vacancy when it is learnt: the people its region's forum may see (consented,
 * of the region or willing to move into it) with a readiness for the vacancy's role family, ranked by
 * {@link CandidateMatching}, top {@value #TOP}. The ranking is published (references, ranks and scores only) so
 * that diversity-metrics-service can audit it for adverse impact; a forum reads it with the reasons.
 */
@ApplicationScoped
@Transactional
public class MatchingService {

    /** As many as the adverse-impact audit looks at: the top ten. */
    public static final int TOP = 10;
    public static final String ENDPOINT = "GET /open-vacancies/{vacancyId}/matches";
    private static final TypeReference<List<CandidateMatching.Reason>> REASONS = new TypeReference<>() {
    };

    private final VacancyMatchRepository matches;
    private final VacancyRepository vacancies;
    private final ProfileRepository profiles;
    private final ReadinessRepository readiness;
    private final ProfileService profileService;
    private final TalentEventPublisher events;
    private final ProfileReads reads;
    private final ObjectMapper json;
    private final Caller caller;
    private final Clock clock;

    public MatchingService(VacancyMatchRepository matches, VacancyRepository vacancies, ProfileRepository profiles,
            ReadinessRepository readiness, ProfileService profileService, TalentEventPublisher events,
            ProfileReads reads, ObjectMapper json, Caller caller, Clock clock) {
        this.matches = matches;
        this.vacancies = vacancies;
        this.profiles = profiles;
        this.readiness = readiness;
        this.profileService = profileService;
        this.events = events;
        this.reads = reads;
        this.json = json;
        this.caller = caller;
        this.clock = clock;
    }

    /** Ranks the candidates for an open vacancy afresh, in the transaction of the event that told of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void match(Vacancy vacancy) {
        matches.delete("id.vacancyId", vacancy.id);
        matches.flush();
        List<CandidateMatching.Match> ranked = CandidateMatching.rank(
                new CandidateMatching.OpenVacancy(vacancy.roleFamily, vacancy.level, vacancy.orgCode,
                        vacancy.regionCode),
                candidates(vacancy.regionCode, vacancy.roleFamily), TOP);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (CandidateMatching.Match match : ranked) {
            VacancyMatch row = new VacancyMatch();
            row.id = new VacancyMatch.Key(vacancy.id, match.rank());
            row.personRef = match.personRef();
            row.score = match.score();
            row.reasons = toJson(match.reasons());
            row.matchedAt = now;
            matches.persist(row);
        }
        events.publish(new CandidatesMatched(vacancy.id, vacancy.regionCode, vacancy.roleFamily, vacancy.level,
                now.toInstant(), ranked.stream().map(m -> new RankedCandidate(m.personRef(), m.rank(), m.score()))
                        .toList()));
    }

    /** The open vacancies of the caller's region (every region's for a platform admin), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OpenVacancyView> openVacancies(PageRequest page) {
        Sort sort = Sort.by("openedOn").descending().and("id");
        List<VacancyStatus> closed = List.of(VacancyStatus.FILLED, VacancyStatus.WITHDRAWN);
        var query = caller.hasRole(Roles.PLATFORM_ADMIN) ? vacancies.find("status not in ?1", sort, closed)
                : vacancies.find("regionCode = ?1 and status not in ?2", sort, caller.region().orElse(""), closed);
        return PanachePages.of(query, page, OpenVacancyView::of);
    }

    /** The proposed candidates the caller may see, best first; each listed person counts as read. */
    public List<MatchView> matches(UUID vacancyId) {
        return visibleMatches(findOwn(vacancyId));
    }

    /** Ranks an open vacancy of the caller's region again, on a lead's request; answers as {@link #matches}. */
    public List<MatchView> rankAgain(UUID vacancyId) {
        Vacancy vacancy = findOwn(vacancyId);
        if (!vacancy.isOpen()) {
            throw ApiProblem.illegalTransition("Vacancy " + vacancyId + " is " + vacancy.status
                    + ": only an open vacancy is ranked");
        }
        match(vacancy);
        return visibleMatches(vacancy);
    }

    /** The one gate: a vacancy of the caller's region (any for a platform admin), else 404. */
    private Vacancy findOwn(UUID vacancyId) {
        return vacancies.findByIdOptional(vacancyId)
                .filter(v -> caller.hasRole(Roles.PLATFORM_ADMIN) || caller.inRegion(v.regionCode))
                .orElseThrow(() -> ApiProblem.notFound("No vacancy " + vacancyId + " of your region"));
    }

    private List<MatchView> visibleMatches(Vacancy vacancy) {
        ProfileAccess access = profileService.access();
        List<VacancyMatch> rows = matches.list("id.vacancyId", Sort.by("id.rank"), vacancy.id);
        Map<String, TalentProfile> readable = profiles.list("personRef in ?1",
                rows.stream().map(r -> r.personRef).toList()).stream().filter(access::canRead)
                .collect(Collectors.toMap(p -> p.personRef, p -> p));
        List<MatchView> visible = rows.stream().filter(r -> readable.containsKey(r.personRef))
                .map(r -> new MatchView(r.id.rank, r.personRef, readable.get(r.personRef).givenName,
                        readable.get(r.personRef).familyName, r.score, fromJson(r.reasons)))
                .toList();
        reads.record(ENDPOINT, visible.stream().map(MatchView::personRef).toList());
        return visible;
    }

    /** Who the region's forum may see with a readiness for the role family, as matching sees them. */
    private List<CandidateMatching.Candidate> candidates(String region, RoleFamily roleFamily) {
        @SuppressWarnings("unchecked")
        List<TalentProfile> people = profiles.getEntityManager().createNativeQuery("""
                select p.* from forum_candidate c join talent_profile p on p.person_ref = c.person_ref
                where c.visible_in = :region and c.role_family = :roleFamily and c.readiness <> :notAssessed""",
                TalentProfile.class).setParameter("region", region).setParameter("roleFamily", roleFamily.name())
                .setParameter("notAssessed", ForumCandidates.NOT_ASSESSED).getResultList();
        Map<String, Map<RoleFamily, Readiness>> current = readiness.list(
                "personRef in ?1 and supersededAt is null", people.stream().map(p -> p.personRef).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.personRef, Collectors.toMap(a -> a.roleFamily,
                        (ReadinessAssessment a) -> a.readiness, (a, b) -> a, () -> new EnumMap<>(RoleFamily.class))));
        return people.stream().map(p -> new CandidateMatching.Candidate(p.personRef, p.regionCode,
                new HashSet<>(p.mobilityRegions), new HashSet<>(p.targetRoleFamilies()), p.targetLevel,
                current.getOrDefault(p.personRef, Map.of()), new HashSet<>(p.programmes()), p.level)).toList();
    }

    private String toJson(List<CandidateMatching.Reason> reasons) {
        try {
            return json.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<CandidateMatching.Reason> fromJson(String reasons) {
        try {
            return json.readValue(reasons, REASONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored reasons are not JSON", e);
        }
    }
}
