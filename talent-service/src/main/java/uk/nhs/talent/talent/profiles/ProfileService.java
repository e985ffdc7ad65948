package uk.nhs.talent.talent.profiles;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.nhs.talent.commons.http.ETags;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.reference.OdsOrganisations.OdsOrganisation;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.events.talent.ProfileRegistered;
import uk.nhs.talent.events.talent.ProfileSnapshot;
import uk.nhs.talent.events.talent.ProfileUpdated;
import uk.nhs.talent.talent.audit.ProfileReads;
import uk.nhs.talent.talent.messaging.TalentEventPublisher;
import uk.nhs.talent.talent.organisation.OrganisationDirectory;
import uk.nhs.talent.talent.readiness.AssessmentViews.NineBoxView;
import uk.nhs.talent.talent.readiness.AssessmentViews.ReadinessView;
import uk.nhs.talent.talent.readiness.NineBoxRepository;
import uk.nhs.talent.talent.readiness.ReadinessRepository;

/**
 * Talent profile use cases. Each write changes the profile and puts its event (without name or e-mail) in the
 * outbox in one transaction; each read of a person is audited. {@link #findReadable} and {@link #findChangeable}
 * are the one gate for object-level access.
 */
@ApplicationScoped
@Transactional
public class ProfileService {

    public static final String READ_ENDPOINT = "GET /profiles/{personRef}";

    private final ProfileRepository repository;
    private final OrganisationDirectory organisations;
    private final ReadinessRepository readiness;
    private final NineBoxRepository nineBoxes;
    private final TalentEventPublisher events;
    private final ProfileReads reads;
    private final Caller caller;
    private final Clock clock;

    public ProfileService(ProfileRepository repository, OrganisationDirectory organisations,
            ReadinessRepository readiness, NineBoxRepository nineBoxes, TalentEventPublisher events, ProfileReads reads, Caller caller,
            Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.readiness = readiness;
        this.nineBoxes = nineBoxes;
        this.events = events;
        this.reads = reads;
        this.caller = caller;
        this.clock = clock;
    }

    public ProfileView register(ProfileRequest request) {
        OdsOrganisation organisation = organisation(request.orgCode());
        if (!access().canRegisterIn(organisation.regionCode())) {
            throw ApiProblem.forbidden("You may register people of your own region's organisations only");
        }
        TalentProfile profile = TalentProfile.register(PersonRefs.issue(), organisation, request, now());
        repository.persist(profile);
        events.publish(new ProfileRegistered(snapshot(profile)));
        return view(profile);
    }

    /** Reads one person's profile; the read is recorded. */
    public ProfileView get(String personRef) {
        TalentProfile profile = findReadable(personRef);
        reads.record(READ_ENDPOINT, List.of(personRef));
        return view(profile);
    }

    public ProfileView revise(String personRef, long expectedVersion, ProfileRequest request) {
        TalentProfile profile = findChangeable(personRef);
        ETags.check(expectedVersion, profile.version);
        OdsOrganisation organisation = organisation(request.orgCode());
        if (!access().canRegisterIn(organisation.regionCode())) {
            throw ApiProblem.invalidField("orgCode", "must be an organisation of your own region");
        }
        profile.revise(organisation, request, now());
        // Flush so that the snapshot in the event carries the version the change was given.
        repository.flush();
        events.publish(new ProfileUpdated(snapshot(profile)));
        return view(profile);
    }

    /** The profile, if the caller may see it; otherwise "not found", whether or not it exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TalentProfile findReadable(String personRef) {
        return repository.findByIdOptional(personRef).filter(access()::canRead)
                .orElseThrow(() -> notFound(personRef));
    }

    /** The profile, if the caller may change it; one they may only see is not theirs to change either. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TalentProfile findChangeable(String personRef) {
        TalentProfile profile = findReadable(personRef);
        if (!access().canChange(profile)) {
            throw ApiProblem.forbidden("Only the forum of the person's home region may change their profile");
        }
        return profile;
    }

    public ProfileAccess access() {
        return new ProfileAccess(caller.hasRole(Roles.PLATFORM_ADMIN), caller.hasRole(Roles.FORUM_LEAD),
                caller.hasRole(Roles.FORUM_MEMBER), caller.region());
    }

    private ProfileView view(TalentProfile profile) {
        return ProfileView.of(profile, readiness.current(profile.personRef).stream().map(ReadinessView::of).toList(),
                nineBoxes.current(profile.personRef).map(NineBoxView::of).orElse(null));
    }

    private OdsOrganisation organisation(String orgCode) {
        return organisations.find(orgCode)
                .orElseThrow(() -> ApiProblem.invalidField("orgCode", "is not a known organisation"));
    }

    static ProfileSnapshot snapshot(TalentProfile p) {
        return new ProfileSnapshot(p.personRef, p.version, p.orgCode, p.regionCode, p.icbCode, p.roleFamily, p.level,
                p.targetRoleFamilies(), p.targetLevel, List.copyOf(p.mobilityRegions), p.programmes(),
                p.shareWithForum, p.shareNationally, p.lastCareerConversationOn);
    }

    private static ApiProblem notFound(String personRef) {
        return ApiProblem.notFound("No profile " + personRef + " that you may see");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
