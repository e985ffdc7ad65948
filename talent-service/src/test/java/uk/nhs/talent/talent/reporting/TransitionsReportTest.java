package uk.nhs.talent.talent.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static uk.nhs.talent.talent.support.TalentApi.as;
import static uk.nhs.talent.talent.support.TalentApi.asLead;
import static uk.nhs.talent.talent.support.TalentApi.asMember;
import static uk.nhs.talent.talent.support.TalentApi.register;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.events.vacancy.ContractType;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RecruitmentRoute;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.events.vacancy.VacancyAppointed;
import uk.nhs.talent.events.vacancy.VacancySnapshot;
import uk.nhs.talent.events.vacancy.VacancyStatus;
import uk.nhs.talent.talent.support.DerivedTables;
import uk.nhs.talent.talent.support.VacancyEventsOnKafka;
import uk.nhs.talent.testsupport.ServiceDatabase;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * The readiness history of the South West (Y58, RH8) for GOVERNANCE, a role family no other test assesses, pools
 * or appoints to, worked by hand over the window [2025-01-01, 2026-01-01) (365 days):
 *
 * <pre>
 * person  assessments (assessed on: readiness)                  spells inside the window (days)
 * A       2024-07-01 3+, 2025-04-01 1-2, 2025-10-01 RN          3+ 90 (Jan–Mar), 1-2 183 (Apr–Sep), RN 45
 *         appointed 2025-11-15 to a governance post: ready now then  (Oct 1 – Nov 14: the appointment ends it)
 * B       2025-01-01 3+, 2025-12-31 RN                          3+ 364, RN 1; entrant 3+ (on from: inside)
 * C       2026-01-01 RN, then recorded later: 2024-12-31 1-2     1-2 365 (timeline by date: 1-2 then RN);
 *                                                               the move on 2026-01-01 (= to) is outside
 * D       2025-03-01 RN, 2025-06-01 1-2 (a downgrade: no move)  RN 92 (Mar–May), 1-2 44 (Jun 1 – Jul 14: the
 *         appointed 2025-07-15: one to two years then               appointment ends it); entrant RN
 * E       2025-02-01 3+                                         3+ 334; entrant 3+
 *         pool exit WITHDREW 2025-05-05 (counted), NO_LONGER_ELIGIBLE 2026-01-01 (= to: outside)
 * F       2025-01-15 RN                                         RN 351; entrant RN
 *         pool exit APPOINTED 2025-03-01 (not counted: appointments are counted from the appointment)
 * </pre>
 *
 * Exposure 3+ = 90 + 364 + 334 = 788 days = 2.1574 → 2.16 person-years; 1-2 = 183 + 365 + 44 = 592 = 1.6208 →
 * 1.62; ready now = 45 + 1 + 92 + 351 = 489 = 1.3388 → 1.34 (days ÷ 365.25). Moves: 3+ → 1-2 A; 1-2 → RN A;
 * 3+ → RN B. Appointed: ready now A, one to two D. Exited: 3+ E. Entrants: 3+ B, E; ready now D, F.
 */
@QuarkusTest
class TransitionsReportTest {

    private static final String REGION = "Y58";
    private static final String ORG = "RH8";
    private static final String OTHER_REGION = "Y59";
    private static final String OTHER_ORG = "RTH";
    private static final String WINDOW = "?from=2025-01-01&to=2026-01-01";
    private static final List<String> PEOPLE = new ArrayList<>();

    private static boolean seeded;

    @BeforeEach
    void sixGovernanceHistories() {
        if (seeded) {
            return;
        }
        seeded = true;
        String a = person();
        assess(a, "2024-07-01", "THREE_PLUS_YEARS");
        assess(a, "2025-04-01", "ONE_TO_TWO_YEARS");
        assess(a, "2025-10-01", "READY_NOW");
        String b = person();
        assess(b, "2025-01-01", "THREE_PLUS_YEARS");
        assess(b, "2025-12-31", "READY_NOW");
        String c = person();
        assess(c, "2026-01-01", "READY_NOW");
        assess(c, "2024-12-31", "ONE_TO_TWO_YEARS"); // recorded late for an earlier date
        String d = person();
        assess(d, "2025-03-01", "READY_NOW");
        assess(d, "2025-06-01", "ONE_TO_TWO_YEARS");
        String e = person();
        assess(e, "2025-02-01", "THREE_PLUS_YEARS");
        exit(pool(), e, "2025-02-10", "WITHDREW", "2025-05-05");
        exit(pool(), e, "2025-06-01", "NO_LONGER_ELIGIBLE", "2026-01-01");
        String f = person();
        assess(f, "2025-01-15", "READY_NOW");
        String fPool = pool();
        asLead(REGION).body(Map.of("personRef", f, "nominatedOn", "2025-02-01")).post("/pools/{p}/members", fPool)
                .then().statusCode(201);
        move(fPool, f, Map.of("status", "ACCEPTED", "on", "2025-02-02"));
        move(fPool, f, Map.of("status", "EXITED", "exitReason", "APPOINTED", "on", "2025-03-01"));
        appoint(a, LocalDate.of(2025, 11, 15));
        appoint(d, LocalDate.of(2025, 7, 15));

        String g = register(OTHER_REGION, OTHER_ORG);
        String h = register(OTHER_REGION, OTHER_ORG);
        PEOPLE.addAll(List.of(g, h));
        assess(OTHER_REGION, g, "2025-01-01", "READY_NOW");
        assess(OTHER_REGION, h, "2025-01-01", "THREE_PLUS_YEARS");
        exit(OTHER_REGION, pool(OTHER_REGION), h, "2025-01-10", "WITHDREW", "2025-04-01");
        appoint(g, LocalDate.of(2025, 6, 1));
        appoint(h, LocalDate.of(2025, 3, 1));
        assess(OTHER_REGION, g, "2025-09-01", "READY_NOW");
        assess(OTHER_REGION, h, "2025-06-01", "ONE_TO_TWO_YEARS");
    }

    @Test
    void exposuresMovesAppointmentsExitsAndEntrants() {
        Map<String, Object> row = governance(WINDOW);
        assertThat(row.get("exposureThreePlusYears")).isEqualTo(2.16f);
        assertThat(row.get("exposureOneToTwoYears")).isEqualTo(1.62f);
        assertThat(row.get("exposureReadyNow")).isEqualTo(1.34f);
        assertThat(row).containsEntry("threePlusToOneToTwo", 1).containsEntry("oneToTwoToReadyNow", 1)
                .containsEntry("threePlusToReadyNow", 1)
                .containsEntry("readyNowAppointed", 1).containsEntry("oneToTwoAppointed", 1)
                .containsEntry("threePlusAppointed", 0)
                .containsEntry("exitedThreePlus", 1).containsEntry("exitedOneToTwo", 0)
                .containsEntry("exitedReadyNow", 0)
                .containsEntry("entrantsThreePlus", 2).containsEntry("entrantsOneToTwo", 0)
                .containsEntry("entrantsReadyNow", 2);
    }

    @Test
    void fromIsInsideTheWindowAndToIsNot() {
        // [2025-04-01, 2025-10-01), 183 days: A's move to 1-2 on 04-01 is in, its move to RN on 10-01 is not.
        // Exposure 3+: B 183 + E 183 = 366 = 1.00; 1-2: A 183 + C 183 + D 44 (Jun 1 – Jul 14) = 410 = 1.12;
        // RN: D 61 (Apr–May) + F 183 = 244 = 0.67. D's appointment (07-15) is in, A's (11-15) is not; E's
        // withdrawal (05-05) is in. No first assessment falls in it.
        Map<String, Object> row = governance("?from=2025-04-01&to=2025-10-01");
        assertThat(row.get("exposureThreePlusYears")).isEqualTo(1.0f);
        assertThat(row.get("exposureOneToTwoYears")).isEqualTo(1.12f);
        assertThat(row.get("exposureReadyNow")).isEqualTo(0.67f);
        assertThat(row).containsEntry("threePlusToOneToTwo", 1).containsEntry("oneToTwoToReadyNow", 0)
                .containsEntry("threePlusToReadyNow", 0).containsEntry("readyNowAppointed", 0)
                .containsEntry("oneToTwoAppointed", 1).containsEntry("exitedThreePlus", 1)
                .containsEntry("entrantsThreePlus", 0).containsEntry("entrantsReadyNow", 0);
    }

    @Test
    void anAppointmentEndsThePlaceInThePipelineUntilTheNextAssessment() {
        // Y59: G ready now from 2025-01-01, appointed 06-01: 151 days; ready now again from 09-01: 122 days.
        // H 3+ from 2025-01-01, appointed 03-01: 59 days; its pool exit on 04-01 and its move to 1-2 on 06-01
        // come after the appointment and are not counted; 1-2 from 06-01: 214 days.
        // Exposure 3+ 59 = 0.16, 1-2 214 = 0.59, ready now 273 = 0.75 person-years.
        Map<String, Object> row = governance(OTHER_REGION, WINDOW);
        assertThat(row.get("exposureThreePlusYears")).isEqualTo(0.16f);
        assertThat(row.get("exposureOneToTwoYears")).isEqualTo(0.59f);
        assertThat(row.get("exposureReadyNow")).isEqualTo(0.75f);
        assertThat(row).containsEntry("threePlusToOneToTwo", 0).containsEntry("oneToTwoToReadyNow", 0)
                .containsEntry("threePlusToReadyNow", 0)
                .containsEntry("readyNowAppointed", 1).containsEntry("oneToTwoAppointed", 0)
                .containsEntry("threePlusAppointed", 1)
                .containsEntry("exitedThreePlus", 0).containsEntry("exitedOneToTwo", 0)
                .containsEntry("exitedReadyNow", 0)
                .containsEntry("entrantsThreePlus", 1).containsEntry("entrantsReadyNow", 1);
    }

    @Test
    void appointedPeopleAreNoLongerSupplyForTheRoleFamily() throws Exception {
        // A (ready now 2025-10-01, appointed 11-15) and D (1-2 from 06-01, appointed 07-15) left the governance
        // pipeline; B, C, E and F are in it, and G and H are back, each assessed again after their appointment.
        assertThat(supplyEntriesOf(PEOPLE.get(0), PEOPLE.get(3))).isZero();
        assertThat(supplyEntriesOf(PEOPLE.get(1), PEOPLE.get(2), PEOPLE.get(4), PEOPLE.get(5))).isEqualTo(4);
        assertThat(supplyEntriesOf(PEOPLE.get(6), PEOPLE.get(7))).isEqualTo(2);
        assertThat(DerivedTables.supplyDifferingFromItsDefinition()).isZero();
        assertThat(DerivedTables.spellsDifferingFromTheirDefinition()).isZero();
    }

    @Test
    void aVacancyWhoseRoleFamilyChangesAfterTheAppointmentIsFollowed() throws Exception {
        // Y60, whose governance row no other test reads: appointed to a governance post, so out of its pipeline;
        // the vacancy then turns out to be a finance post (a later snapshot of it): back in the governance one.
        String j = register("Y60", "RRK");
        PEOPLE.add(j);
        assess("Y60", j, "2025-01-01", "READY_NOW");
        appoint(j, LocalDate.of(2025, 2, 1));
        assertThat(supplyEntriesOf(j)).isZero();
        try (Connection db = ServiceDatabase.connect(); Statement statement = db.createStatement()) {
            statement.executeUpdate("update vacancy set role_family = 'FINANCE' where id = (select "
                    + "appointed_to_vacancy from talent_profile where person_ref = '" + j + "')");
        }
        assertThat(supplyEntriesOf(j)).isEqualTo(1);
        assertThat(DerivedTables.supplyDifferingFromItsDefinition()).isZero();
        assertThat(DerivedTables.spellsDifferingFromTheirDefinition()).isZero();
    }

    @Test
    void theDefaultWindowIsTheThreeYearsUpToToday() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String explicit = "?from=" + today.minusYears(3) + "&to=" + today;
        assertThat(governance("")).isEqualTo(governance(explicit));
        assertThat(governance("?to=" + today)).isEqualTo(governance(explicit));
    }

    @Test
    void theSpellsTableIsExactlyItsDefinitionAfterEveryKindOfChange() throws Exception {
        // Another role family, so that the figures above stay as they are: an assessment, one that supersedes it
        // but is dated earlier (it takes its place by date), and erasure.
        String g = person();
        asLead(REGION).body(Map.of("roleFamily", "NON_EXECUTIVE", "readiness", "THREE_PLUS_YEARS",
                "assessedOn", "2025-05-01")).post("/profiles/{ref}/readiness", g).then().statusCode(201);
        asLead(REGION).body(Map.of("roleFamily", "NON_EXECUTIVE", "readiness", "READY_NOW",
                "assessedOn", "2025-03-01")).post("/profiles/{ref}/readiness", g).then().statusCode(201);
        assertThat(DerivedTables.spellsDifferingFromTheirDefinition()).isZero();
        assertThat(spellsOf(g)).isEqualTo(2);
        as(TestTokens.platformAdmin()).delete("/profiles/{ref}", g).then().statusCode(204);
        assertThat(DerivedTables.spellsDifferingFromTheirDefinition()).isZero();
        assertThat(spellsOf(g)).isZero();
    }

    @Test
    void noPersonInTheReport() {
        String body = as(TestTokens.nationalAnalyst()).get("/reports/talent/transitions" + WINDOW).then()
                .statusCode(200).extract().asString();
        assertThat(body).doesNotContain(PEOPLE.toArray(new String[0])).doesNotContain("personRef", "Alex",
                "Example");
    }

    @Test
    void onlyAnalystsGetIt() {
        given().get("/reports/talent/transitions").then().statusCode(401).contentType("application/problem+json");
        asMember(REGION).get("/reports/talent/transitions").then().statusCode(403)
                .contentType("application/problem+json");
        asLead(REGION).get("/reports/talent/transitions").then().statusCode(403);
        as(TestTokens.platformAdmin()).get("/reports/talent/transitions").then().statusCode(403);
    }

    @Test
    void badWindowsAreProblems() {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        Map<String, String> refused = Map.of(
                "?from=2025-06-01&to=2025-01-01", "to", // to before from
                "?from=2025-06-01&to=2025-06-01", "to", // an empty window
                "?from=2014-12-31&to=2025-01-01", "from", // more than 10 years
                "?to=" + tomorrow, "to", // the history ends today
                "?from=2025-13-01", "from", // not a date
                "?to=yesterday", "to");
        refused.forEach((query, field) -> as(TestTokens.nationalAnalyst()).get("/reports/talent/transitions" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field)));
        // Exactly 10 years is allowed.
        as(TestTokens.nationalAnalyst()).get("/reports/talent/transitions?from=2015-01-01&to=2025-01-01").then()
                .statusCode(200);
    }

    private static long supplyEntriesOf(String... personRefs) throws Exception {
        return ServiceDatabase.count("select count(*) from supply_entry where role_family = 'GOVERNANCE' "
                + "and person_ref in ('" + String.join("', '", personRefs) + "')");
    }

    private static long spellsOf(String personRef) throws Exception {
        return ServiceDatabase.count("select count(*) from readiness_spell where person_ref = '" + personRef + "'");
    }

    private static Map<String, Object> governance(String query) {
        return governance(REGION, query);
    }

    private static Map<String, Object> governance(String region, String query) {
        return as(TestTokens.nationalAnalyst()).get("/reports/talent/transitions" + query).then().statusCode(200)
                .extract().jsonPath()
                .getMap("find { it.regionCode == '" + region + "' && it.roleFamily == 'GOVERNANCE' }");
    }

    private static String person() {
        String ref = register(REGION, ORG);
        PEOPLE.add(ref);
        return ref;
    }

    private static void assess(String personRef, String on, String readiness) {
        assess(REGION, personRef, on, readiness);
    }

    private static void assess(String region, String personRef, String on, String readiness) {
        asLead(region).body(Map.of("roleFamily", "GOVERNANCE", "readiness", readiness, "assessedOn", on))
                .post("/profiles/{ref}/readiness", personRef).then().statusCode(201);
    }

    private static String pool() {
        return pool(REGION);
    }

    private static String pool(String region) {
        return asLead(region).body(Map.of("name", "Governance leaders", "description", "Company secretaries",
                "scope", "REGION", "regionCode", region, "targetRoleFamily", "GOVERNANCE", "targetLevel", "VSM"))
                .post("/pools").then().statusCode(201).extract().path("id");
    }

    private static void exit(String pool, String personRef, String nominatedOn, String reason, String on) {
        exit(REGION, pool, personRef, nominatedOn, reason, on);
    }

    private static void exit(String region, String pool, String personRef, String nominatedOn, String reason,
            String on) {
        asLead(region).body(Map.of("personRef", personRef, "nominatedOn", nominatedOn))
                .post("/pools/{p}/members", pool).then().statusCode(201);
        move(region, pool, personRef, Map.of("status", "EXITED", "exitReason", reason, "on", on));
    }

    private static void move(String pool, String personRef, Map<String, Object> change) {
        move(REGION, pool, personRef, change);
    }

    private static void move(String region, String pool, String personRef, Map<String, Object> change) {
        asLead(region).body(change).post("/pools/{p}/members/{r}/status", pool, personRef).then().statusCode(200);
    }

    /** As vacancy-service reports it: a governance post of RH8 filled by {@code personRef}. */
    private static void appoint(String personRef, LocalDate filledOn) {
        VacancySnapshot filled = new VacancySnapshot(UUID.randomUUID(), 4, ORG, REGION, "QJK",
                "Director of Corporate Affairs", RoleFamily.GOVERNANCE, Level.VSM, true, ContractType.SUBSTANTIVE,
                RecruitmentRoute.INTERNAL_PIPELINE, VacancyStatus.FILLED, filledOn.minusDays(90),
                filledOn.minusDays(60), filledOn, 9, 3);
        VacancyEventsOnKafka.publish(UUID.randomUUID(), new VacancyAppointed(filled, personRef));
        await().atMost(Duration.ofSeconds(30)).until(() -> filledOn.toString().equals(as(TestTokens.platformAdmin())
                .get("/profiles/{ref}", personRef).then().statusCode(200).extract().path("appointedOn")));
    }
}
