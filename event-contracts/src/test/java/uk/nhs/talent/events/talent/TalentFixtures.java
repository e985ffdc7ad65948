package uk.nhs.talent.events.talent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.events.vacancy.VacancyFixtures;

/**
 * Synthetic talent payloads, at least one per event type. No real people: personRefs are made up.
 * Every event keyed by a person is about {@link #PERSON_REF}; succession events are about {@link #KEY_POST_ID}.
 */
public final class TalentFixtures {

    public static final String PERSON_REF = "p-5e91d2";
    public static final UUID KEY_POST_ID = UUID.fromString("7a3e5c19-2f4b-4d8a-b6e0-9c1d3f5a7b24");
    public static final UUID POOL_ID = UUID.fromString("e2b84f06-71c3-4a9d-8e5f-0b6a2c4d8e13");
    /** The vacancy the candidates are matched to: the one of {@link VacancyFixtures}. */
    public static final UUID VACANCY_ID = VacancyFixtures.VACANCY_ID;
    public static final UUID EVENT_ID = UUID.fromString("5f0d2b8a-9c47-4e13-a6b9-3e8f1c7d2a50");
    public static final OffsetDateTime TIME = OffsetDateTime.of(2026, 3, 9, 14, 0, 0, 0, ZoneOffset.UTC);

    private TalentFixtures() {
    }

    /** A profile early on: no target level agreed and no career conversation yet. */
    public static ProfileSnapshot newProfile(String personRef) {
        return new ProfileSnapshot(personRef, 1, "RW3", "Y62", "QOP", RoleFamily.FINANCE, Level.AFC_9,
                List.of(RoleFamily.FINANCE), null, List.of("Y62"), List.of(), true, false, null);
    }

    /** The same profile later: every field set. */
    public static ProfileSnapshot developedProfile() {
        return new ProfileSnapshot(PERSON_REF, 4, "RW3", "Y62", "QOP", RoleFamily.FINANCE, Level.AFC_9,
                List.of(RoleFamily.FINANCE, RoleFamily.CHIEF_EXECUTIVE), Level.VSM, List.of("Y62", "Y63", "Y56"),
                List.of(DevelopmentProgramme.NYE_BEVAN, DevelopmentProgramme.NEXT_DIRECTOR), true, true,
                LocalDate.of(2026, 2, 16));
    }

    public static ReadinessAssessed readinessAssessed(String personRef) {
        return new ReadinessAssessed(personRef, "Y62", RoleFamily.FINANCE, Readiness.ONE_TO_TWO_YEARS,
                LocalDate.of(2026, 3, 4));
    }

    public static NineBoxPlaced nineBoxPlaced(int performance, int potential) {
        return new NineBoxPlaced(PERSON_REF, "Y62", performance, potential, LocalDate.of(2026, 3, 4));
    }

    /** A member of the North West finance pool, still in it. */
    public static PoolMembershipChanged regionalMembership(MembershipStatus status) {
        return new PoolMembershipChanged(POOL_ID, PERSON_REF, PoolScope.REGION, "Y62", RoleFamily.FINANCE,
                Level.VSM, status, null, LocalDate.of(2026, 3, 5));
    }

    /** A member leaving the national aspiring chief executives pool. */
    public static PoolMembershipChanged nationalExit(ExitReason reason) {
        return new PoolMembershipChanged(POOL_ID, PERSON_REF, PoolScope.NATIONAL, null, RoleFamily.CHIEF_EXECUTIVE,
                Level.VSM, MembershipStatus.EXITED, reason, LocalDate.of(2026, 3, 6));
    }

    public static SuccessorNominated successorNominated(Readiness readiness) {
        return new SuccessorNominated(KEY_POST_ID, "RW3", "Y62", PERSON_REF, readiness);
    }

    public static SuccessorRemoved successorRemoved(Readiness readiness) {
        return new SuccessorRemoved(KEY_POST_ID, "RW3", "Y62", "p-21be04", readiness);
    }

    public static PlanEndorsed planEndorsed() {
        return new PlanEndorsed(KEY_POST_ID, "RW3", "Y62", 2, LocalDate.of(2026, 3, 7), List.of(
                new PlanSuccessor(PERSON_REF, Readiness.ONE_TO_TWO_YEARS),
                new PlanSuccessor("p-7f3a9c", Readiness.READY_NOW)));
    }

    public static CandidatesMatched candidatesMatched(List<RankedCandidate> ranked) {
        return new CandidatesMatched(VACANCY_ID, "Y62", RoleFamily.FINANCE, Level.VSM,
                Instant.parse("2026-03-09T13:59:12.345Z"), ranked);
    }

    public static List<RankedCandidate> ranking() {
        return List.of(
                new RankedCandidate("p-7f3a9c", 1, 92),
                new RankedCandidate(PERSON_REF, 2, 78),
                new RankedCandidate("p-c0ffee", 3, 61));
    }

    /** A realistic payload for every talent event type, and one more for each nullable field left null or set. */
    public static Stream<TalentEvent> everyEventType() {
        return Stream.of(
                new ProfileRegistered(newProfile(PERSON_REF)),
                new ProfileUpdated(developedProfile()),
                readinessAssessed(PERSON_REF),
                nineBoxPlaced(2, 3),
                regionalMembership(MembershipStatus.ACTIVE),
                nationalExit(ExitReason.APPOINTED),
                successorNominated(Readiness.READY_NOW),
                successorRemoved(Readiness.THREE_PLUS_YEARS),
                successorRemoved(null),
                planEndorsed(),
                candidatesMatched(ranking()),
                candidatesMatched(List.of()),
                new PersonErased(PERSON_REF, LocalDate.of(2026, 3, 8)));
    }
}
