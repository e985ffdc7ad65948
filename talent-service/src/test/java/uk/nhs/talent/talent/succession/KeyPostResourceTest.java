package uk.nhs.talent.talent.succession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static uk.nhs.talent.talent.support.TalentApi.as;
import static uk.nhs.talent.talent.support.TalentApi.asLead;
import static uk.nhs.talent.talent.support.TalentApi.asMember;
import static uk.nhs.talent.talent.support.TalentApi.register;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * Key posts, successors, pipeline health and coverage over HTTP. Coverage figures are checked on a region of
 * their own (Y60, RRK), computed by hand in the comments.
 */
@QuarkusTest
class KeyPostResourceTest {

    static Map<String, Object> post(String orgCode, String risk) {
        Map<String, Object> body = new HashMap<>(Map.of("orgCode", orgCode, "title", "Chief Finance Officer",
                "roleFamily", "FINANCE", "level", "VSM", "boardPost", true, "riskOfLoss", risk));
        body.put("incumbent", "tp-incumbentxxxxxxx");
        body.put("incumbentLeavingOn", "2027-03-31");
        return body;
    }

    static String createPost(String region, String orgCode, String risk) {
        return asLead(region).body(post(orgCode, risk)).post("/key-posts").then().statusCode(201).extract().path("id");
    }

    static void nominate(String region, String postId, String ref, String readiness) {
        asLead(region).body(Map.of("personRef", ref, "readiness", readiness, "readinessAssessedOn", "2026-10-14",
                "nominatedOn", "2026-10-14")).post("/key-posts/{id}/successors", postId).then().statusCode(201);
    }

    @Test
    void coverageCountsPostsReadyNowBenchStrengthAndRiskForTheRegion() {
        String region = "Y60";
        String a = createPost(region, "RRK", "HIGH");
        String b = createPost(region, "RRK", "HIGH");
        String c = createPost(region, "RRK", "LOW");
        String both = register(region, "RRK");
        String one = register(region, "RRK");
        nominate(region, a, both, "READY_NOW");
        nominate(region, b, both, "ONE_TO_TWO_YEARS");
        nominate(region, b, one, "THREE_PLUS_YEARS");
        // a: ready now; b: no ready-now successor and high risk → at risk; c: nobody, low risk.
        // bench: both counts 1/2 on a and 1/2 on b, one counts 1 on b → 2.0 for the region.
        JsonPath coverage = asMember(region).get("/coverage").then().statusCode(200).extract().jsonPath();
        assertThat(coverage.getList("byRegion.code", String.class)).containsExactly(region);
        assertThat(coverage.getInt("byRegion[0].keyPosts")).isEqualTo(3);
        assertThat(coverage.getInt("byRegion[0].postsWithReadyNow")).isEqualTo(1);
        assertThat(coverage.getDouble("byRegion[0].benchStrength")).isEqualTo(2.0);
        assertThat(coverage.getInt("byRegion[0].postsAtRisk")).isEqualTo(1);
        assertThat(coverage.getString("byOrganisation[0].code")).isEqualTo("RRK");
        assertThat(coverage.toString()).doesNotContain(both, one);

        // Removing the ready-now successor of a puts a at risk too.
        asLead(region).delete("/key-posts/{id}/successors/{ref}", a, both).then().statusCode(204);
        assertThat(asMember(region).get("/coverage").then().extract().jsonPath().getInt("byRegion[0].postsAtRisk"))
                .isEqualTo(2);
        asLead(region).get("/key-posts/{id}/successors", c).then().statusCode(200).body("size()", equalTo(0));
        as(TestTokens.nationalAnalyst()).get("/coverage").then().statusCode(200);
    }

    @Test
    void healthShowsEachCriterionWithItsPoints() {
        String id = createPost("Y62", "RW3", "MEDIUM");
        nominate("Y62", id, register("Y62", "RW3"), "READY_NOW");
        JsonPath health = asMember("Y62").get("/key-posts/{id}/health", id).then().statusCode(200).extract().jsonPath();
        assertThat(health.getList("contributions.criterion", String.class)).hasSize(4);
        assertThat(health.getInt("score")).isEqualTo(health.getList("contributions.points", Integer.class).stream()
                .mapToInt(Integer::intValue).sum());
        assertThat(health.getList("contributions.explanation", String.class)).allSatisfy(e -> assertThat(e).isNotBlank());
    }

    @Test
    void anotherRegionsPostIsNotFoundAndOnlyTheLeadPlans() {
        String id = createPost("Y62", "RW3", "LOW");
        String ref = register("Y62", "RW3");
        asMember("Y63").get("/key-posts/{id}", id).then().statusCode(404);
        asLead("Y63").get("/key-posts/{id}/successors", id).then().statusCode(404);
        asMember("Y62").body(Map.of("personRef", ref, "readiness", "READY_NOW", "readinessAssessedOn", "2026-10-14",
                "nominatedOn", "2026-10-14")).post("/key-posts/{id}/successors", id).then().statusCode(403);
        asLead("Y63").body(post("RW3", "LOW")).post("/key-posts").then().statusCode(403);
        as(TestTokens.nationalAnalyst()).get("/key-posts/{id}", id).then().statusCode(403);
        as(TestTokens.hrSystem("RW3")).get("/coverage").then().statusCode(403);
        // The SLSF reviewer sees every post, and the people in its plan.
        nominate("Y62", id, ref, "READY_NOW");
        as(TestTokens.subject("slsf-1").roles("slsf-reviewer").sign()).get("/key-posts/{id}/successors", id).then()
                .statusCode(200).body("personRef", contains(ref));
    }

    @Test
    void refusedNominationsChangeNothing() {
        String id = createPost("Y62", "RW3", "LOW");
        String ref = register("Y62", "RW3");
        nominate("Y62", id, ref, "ONE_TO_TWO_YEARS");
        asLead("Y62").body(Map.of("personRef", ref, "readiness", "READY_NOW", "readinessAssessedOn", "2026-10-14",
                "nominatedOn", "2026-10-14")).post("/key-posts/{id}/successors", id).then().statusCode(409);
        asLead("Y62").body(Map.of("personRef", register("Y63", "RR8"), "readiness", "READY_NOW",
                "readinessAssessedOn", "2026-10-14", "nominatedOn", "2026-10-14"))
                .post("/key-posts/{id}/successors", id).then().statusCode(404);
        asLead("Y62").body(Map.of("personRef", "tp-incumbentxxxxxxx", "readiness", "READY_NOW",
                "readinessAssessedOn", "2026-10-14", "nominatedOn", "2026-10-14"))
                .post("/key-posts/{id}/successors", id).then().statusCode(404);
        Map<String, Object> vacantWithLeaver = post("RW3", "LOW");
        vacantWithLeaver.remove("incumbent");
        asLead("Y62").body(vacantWithLeaver).post("/key-posts").then().statusCode(400)
                .body("violations[0].field", equalTo("incumbentLeavingOn"));
        asLead("Y62").get("/key-posts/{id}/successors", id).then().body("readiness", contains("ONE_TO_TWO_YEARS"));
        asLead("Y62").get("/key-posts/{id}", id).then().body("successors", equalTo(1));
    }

    @Test
    void revisesWithIfMatch() {
        String id = createPost("Y62", "RW3", "LOW");
        Map<String, Object> revised = post("RW3", "HIGH");
        asLead("Y62").header("If-Match", "\"0\"").body(revised).put("/key-posts/{id}", id).then().statusCode(200)
                .body("riskOfLoss", equalTo("HIGH")).header("ETag", "\"1\"");
        asLead("Y62").body(revised).put("/key-posts/{id}", id).then().statusCode(428);
        List<String> ids = asLead("Y62").get("/key-posts?size=100").then().statusCode(200).extract().path("items.id");
        assertThat(ids).contains(id);
    }
}
