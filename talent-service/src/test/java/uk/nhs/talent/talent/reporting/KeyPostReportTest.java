package uk.nhs.talent.talent.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.nhs.talent.talent.support.TalentApi.as;
import static uk.nhs.talent.talent.support.TalentApi.asLead;
import static uk.nhs.talent.talent.support.TalentApi.asMember;
import static uk.nhs.talent.talent.support.TalentApi.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * Key posts per region × role family × level, on figures worked out by hand. Chair posts of the East of England
 * (Y61, RGT), a role family no other test plans:
 *
 * <pre>
 * post level risk    incumbent leaves  successors
 * P1   VSM   HIGH    2027-07-01        x 1-2 YEARS, y READY_NOW
 * P2   VSM   LOW     2027-07-02        none
 * P3   VSM   MEDIUM  2025-03-01        none                        (overdue)
 * P4   AFC_9 HIGH    (vacant)          x 3+ YEARS                  at risk: HIGH, no ready-now successor
 * </pre>
 *
 * x is nominated for 2 posts nationally (P1, P4) and adds 1/2 to each level; y for 1 (P1) and adds 1.
 */
@QuarkusTest
class KeyPostReportTest {

    private static final String REGION = "Y61";
    private static final String ORG = "RGT";
    private static final List<String> PEOPLE = new ArrayList<>();

    private static boolean seeded;

    /** Once per class, but in @BeforeEach: only then is the application's (random) port known. */
    @BeforeEach
    void fourChairPosts() {
        if (seeded) {
            return;
        }
        seeded = true;
        String x = person();
        String y = person();
        String p1 = keyPost("VSM", "HIGH", person(), "2027-07-01");
        keyPost("VSM", "LOW", person(), "2027-07-02");
        keyPost("VSM", "MEDIUM", person(), "2025-03-01");
        String p4 = keyPost("AFC_9", "HIGH", null, null);
        nominate(p1, x, "ONE_TO_TWO_YEARS");
        nominate(p1, y, "READY_NOW");
        nominate(p4, x, "THREE_PLUS_YEARS");
    }

    @Test
    void keyPostsByRegionRoleFamilyAndLevel() {
        JsonPath rows = report("?on=2026-07-01");
        // Ordered by region, role family and level name: AFC_9 before VSM.
        assertThat(rows.getList("findAll { it.regionCode == 'Y61' && it.roleFamily == 'CHAIR' }.level"))
                .containsExactly("AFC_9", "VSM");
        Map<String, Object> afc9 = row(rows, "AFC_9");
        assertThat(afc9).containsEntry("keyPosts", 1).containsEntry("leavingWithinYear", 0)
                .containsEntry("postsWithReadyNowSuccessor", 0).containsEntry("postsAtRisk", 1);
        assertThat(afc9.get("benchStrength")).isEqualTo(0.5f); // x's half
        Map<String, Object> vsm = row(rows, "VSM");
        // Leaving by 2027-07-01: P1 (on the last day) and P3 (overdue), not P2 (a day later).
        assertThat(vsm).containsEntry("keyPosts", 3).containsEntry("leavingWithinYear", 2)
                .containsEntry("postsWithReadyNowSuccessor", 1).containsEntry("postsAtRisk", 0);
        assertThat(vsm.get("benchStrength")).isEqualTo(1.5f); // x's half + y's whole
    }

    @Test
    void theYearRunsFromOnToTheSameDayAYearLater() {
        // on 2026-07-02: up to 2027-07-02, so P2 leaves within the year too; P1 and the overdue P3 still count.
        assertThat(row(report("?on=2026-07-02"), "VSM")).containsEntry("leavingWithinYear", 3);
        // on 2026-06-30: up to 2027-06-30, so P1 (2027-07-01) no longer counts; the overdue P3 does.
        assertThat(row(report("?on=2026-06-30"), "VSM")).containsEntry("leavingWithinYear", 1);
        // Without on: today (2026-12 or later), so P1, P2 and the overdue P3 all leave within the year.
        assertThat(row(report(""), "VSM")).containsEntry("leavingWithinYear", 3);
    }

    @Test
    void noPersonInTheReport() {
        String body = as(TestTokens.nationalAnalyst()).get("/reports/talent/key-posts").then().statusCode(200)
                .extract().asString();
        assertThat(body).doesNotContain(PEOPLE.toArray(new String[0])).doesNotContain("personRef", "Alex",
                "Example");
    }

    @Test
    void onlyAnalystsGetIt() {
        given().get("/reports/talent/key-posts").then().statusCode(401).contentType("application/problem+json");
        asMember(REGION).get("/reports/talent/key-posts").then().statusCode(403)
                .contentType("application/problem+json");
        asLead(REGION).get("/reports/talent/key-posts").then().statusCode(403);
        as(TestTokens.platformAdmin()).get("/reports/talent/key-posts").then().statusCode(403);
    }

    @Test
    void aBadDateIsAProblem() {
        as(TestTokens.nationalAnalyst()).get("/reports/talent/key-posts?on=2026-02-30").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("on"));
        as(TestTokens.nationalAnalyst()).get("/reports/talent/key-posts?on=tomorrow").then().statusCode(400)
                .body("violations[0].field", equalTo("on"));
    }

    private static JsonPath report(String query) {
        return as(TestTokens.nationalAnalyst()).get("/reports/talent/key-posts" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath rows, String level) {
        return rows.getMap("find { it.regionCode == 'Y61' && it.roleFamily == 'CHAIR' && it.level == '" + level
                + "' }");
    }

    private static String person() {
        String ref = register(REGION, ORG);
        PEOPLE.add(ref);
        return ref;
    }

    private static String keyPost(String level, String risk, String incumbent, String leavingOn) {
        Map<String, Object> body = new HashMap<>(Map.of("orgCode", ORG, "title", "Chair", "roleFamily", "CHAIR",
                "level", level, "boardPost", true, "riskOfLoss", risk));
        if (incumbent != null) {
            body.put("incumbent", incumbent);
            body.put("incumbentLeavingOn", leavingOn);
        }
        return asLead(REGION).body(body).post("/key-posts").then().statusCode(201).extract().path("id");
    }

    private static void nominate(String keyPost, String personRef, String readiness) {
        asLead(REGION).body(Map.of("personRef", personRef, "readiness", readiness, "readinessAssessedOn",
                "2026-06-01", "nominatedOn", "2026-06-01")).post("/key-posts/{id}/successors", keyPost).then()
                .statusCode(201);
    }
}
