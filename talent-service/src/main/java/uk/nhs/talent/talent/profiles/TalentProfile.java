package uk.nhs.talent.talent.profiles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.reference.OdsOrganisations.OdsOrganisation;
import uk.nhs.talent.events.talent.DevelopmentProgramme;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * A person in the senior leadership pipeline. Holds their name and work e-mail (personal data that never leaves
 * this service, in no event and no log line) and no protected characteristic. Who may see it is decided here:
 * a forum sees only people who consented, of its region or willing to move into it.
 */
@Entity
@Table(name = "talent_profile")
public class TalentProfile {

    @Id
    @Column(name = "person_ref")
    public String personRef;

    /** Optimistic lock, exposed to clients as the ETag. */
    @Version
    public long version;

    @Column(name = "given_name", nullable = false)
    public String givenName;
    @Column(name = "family_name", nullable = false)
    public String familyName;
    @Column(name = "work_email", nullable = false)
    public String workEmail;

    @Column(name = "org_code", nullable = false)
    public String orgCode;
    @Column(name = "icb_code", nullable = false)
    public String icbCode;
    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_family", nullable = false)
    public RoleFamily roleFamily;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    /** Enum names; arrays so that a search filters on them with an index. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_role_families", nullable = false)
    public List<String> targetRoleFamilies = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "target_level")
    public Level targetLevel;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "mobility_regions", nullable = false)
    public List<String> mobilityRegions = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "programmes", nullable = false)
    public List<String> programmes = new ArrayList<>();

    @Column(name = "share_with_forum", nullable = false)
    public boolean shareWithForum;
    @Column(name = "share_nationally", nullable = false)
    public boolean shareNationally;
    @Column(name = "consent_given_on", nullable = false)
    public LocalDate consentGivenOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_method", nullable = false)
    public ConsentMethod consentMethod;

    @Column(name = "last_career_conversation_on")
    public LocalDate lastCareerConversationOn;

    /** The latest appointment to a senior post that vacancy-service reported, if any. */
    @Column(name = "appointed_on")
    public LocalDate appointedOn;
    @Column(name = "appointed_to_vacancy")
    public UUID appointedToVacancy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static TalentProfile register(String personRef, OdsOrganisation organisation, ProfileRequest request,
            OffsetDateTime now) {
        TalentProfile profile = new TalentProfile();
        profile.personRef = personRef;
        profile.createdAt = now;
        profile.revise(organisation, request, now);
        return profile;
    }

    /** The rules a profile's content meets beyond its field constraints; plain, so a caller may check first. */
    public static void requireValid(ProfileRequest request, LocalDate today) {
        if (request.consent().givenOn().isAfter(today)) {
            throw ApiProblem.invalidField("consent.givenOn", "must not be in the future");
        }
        if (request.lastCareerConversationOn() != null && request.lastCareerConversationOn().isAfter(today)) {
            throw ApiProblem.invalidField("lastCareerConversationOn", "must not be in the future");
        }
    }

    /** Takes the request whole; checks everything before changing anything. */
    public void revise(OdsOrganisation organisation, ProfileRequest request, OffsetDateTime now) {
        requireValid(request, now.toLocalDate());
        givenName = request.givenName().strip();
        familyName = request.familyName().strip();
        workEmail = request.workEmail().strip();
        orgCode = organisation.odsCode();
        icbCode = organisation.icbCode();
        regionCode = organisation.regionCode();
        roleFamily = request.roleFamily();
        level = request.level();
        targetRoleFamilies = names(request.targetRoleFamilies());
        targetLevel = request.targetLevel();
        // The home region is always theirs; listing it as a move would double-count it.
        mobilityRegions = new ArrayList<>(new LinkedHashSet<>(request.mobilityRegions()));
        mobilityRegions.remove(regionCode);
        programmes = names(request.programmes());
        shareWithForum = request.consent().shareWithForum();
        shareNationally = request.consent().shareNationally();
        consentGivenOn = request.consent().givenOn();
        consentMethod = request.consent().method();
        lastCareerConversationOn = request.lastCareerConversationOn();
        updatedAt = now;
    }

    /** Records an appointment; an older one than the one held changes nothing. */
    public void appointed(UUID vacancyId, LocalDate filledOn, OffsetDateTime now) {
        if (appointedOn == null || !filledOn.isBefore(appointedOn)) {
            appointedOn = filledOn;
            appointedToVacancy = vacancyId;
            updatedAt = now;
        }
    }

    /** Whether the forum of {@code region} may see this person at all. */
    public boolean visibleToForumOf(String region) {
        return shareWithForum && region != null && (region.equals(regionCode) || mobilityRegions.contains(region));
    }

    public List<RoleFamily> targetRoleFamilies() {
        return targetRoleFamilies.stream().map(RoleFamily::valueOf).toList();
    }

    public List<DevelopmentProgramme> programmes() {
        return programmes.stream().map(DevelopmentProgramme::valueOf).toList();
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return new ArrayList<>(values.stream().map(Enum::name).distinct().toList());
    }
}
