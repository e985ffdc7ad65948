package uk.nhs.talent.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.nhs.talent.talent.support.TalentApi.asLead;
import static uk.nhs.talent.talent.support.TalentApi.asMember;
import static uk.nhs.talent.talent.support.TalentApi.register;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.nhs.talent.commons.problem.Problem;
import uk.nhs.talent.testsupport.Concurrently;

/**
 * Forum leads racing each other (two browser tabs, a double click): the same change sent at once with different
 * Idempotency-Keys, or none. One wins; the others are a 409 problem they can retry, never a 500; what is stored
 * is what one request alone would have stored.
 */
@QuarkusTest
class ConcurrentWritesTest {

    private static final String REGION = "Y62";
    private static final String ORG = "RW3";
    private static final int RACERS = 4;

    /** The statuses of {@code RACERS} concurrent requests; every refusal among them must be a 409 problem. */
    private static List<Integer> race(Callable<Response> request) throws Exception {
        List<Response> answers = Concurrently.run(RACERS, request);
        for (Response answer : answers) {
            if (answer.statusCode() != 201) {
                assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(409);
                assertThat(answer.contentType()).startsWith(Problem.MEDIA_TYPE);
            }
        }
        return answers.stream().map(Response::statusCode).toList();
    }

    private static Map<String, Object> readiness(String roleFamily) {
        return Map.of("roleFamily", roleFamily, "readiness", "READY_NOW", "assessedOn", "2026-09-15");
    }

    @Test
    void racingAssessmentsOfOneRoleFamilyLeaveOneCurrentAssessment() throws Exception {
        String ref = register(REGION, ORG);
        List<Integer> statuses = race(() -> asLead(REGION).body(readiness("FINANCE"))
                .post("/profiles/{ref}/readiness", ref));
        assertThat(statuses).contains(201);
        List<Map<String, Object>> history = asMember(REGION).get("/profiles/{ref}/readiness", ref).then()
                .statusCode(200).extract().jsonPath().getList("");
        assertThat(history).hasSize((int) statuses.stream().filter(s -> s == 201).count())
                .filteredOn(entry -> entry.get("supersededAt") == null).hasSize(1);
    }

    @Test
    void racingAssessmentsOfDifferentRoleFamiliesAllCountAndAllAreFound() throws Exception {
        String ref = register(REGION, ORG);
        List<String> families = List.of("NURSING", "OPERATIONS", "DIGITAL", "STRATEGY");
        AtomicInteger next = new AtomicInteger();
        List<Integer> statuses = race(() -> asLead(REGION).body(readiness(families.get(next.getAndIncrement())))
                .post("/profiles/{ref}/readiness", ref));
        // Different role families do not conflict: the search table takes the person's changes in turn.
        assertThat(statuses).containsOnly(201);
        for (String family : families) {
            assertThat(asMember(REGION).get("/candidates?orgCode=" + ORG + "&roleFamily=" + family
                    + "&readiness=READY_NOW&size=100").then().statusCode(200).extract().jsonPath()
                    .getList("items.personRef", String.class)).as(family).contains(ref);
        }
    }

    @Test
    void racingNineBoxPlacementsLeaveOneCurrentPlacement() throws Exception {
        String ref = register(REGION, ORG);
        assertThat(race(() -> asLead(REGION).body(Map.of("performance", 2, "potential", 3, "talentReview",
                "North West review", "reviewedOn", "2026-09-14")).post("/profiles/{ref}/nine-box", ref))).contains(201);
        List<Map<String, Object>> history = asMember(REGION).get("/profiles/{ref}/nine-box", ref).then()
                .statusCode(200).extract().jsonPath().getList("");
        assertThat(history).filteredOn(entry -> entry.get("supersededAt") == null).hasSize(1);
    }

    @Test
    void racingNominationsToOnePoolMakeOneMembership() throws Exception {
        String ref = register(REGION, ORG);
        String pool = asLead(REGION).body(Map.of("name", "Race pool", "description", "Anyone", "scope", "REGION",
                "regionCode", REGION, "targetRoleFamily", "FINANCE", "targetLevel", "VSM")).post("/pools").then()
                .statusCode(201).extract().path("id");
        assertThat(race(() -> asLead(REGION).body(Map.of("personRef", ref, "nominatedOn", "2026-09-01"))
                .post("/pools/{p}/members", pool))).containsOnlyOnce(201);
        asLead(REGION).get("/pools/{p}/members", pool).then().statusCode(200)
                .body("size()", equalTo(1));
    }

    @Test
    void racingSuccessorNominationsAndPlanSubmissionsHaveOneWinnerEach() throws Exception {
        String ref = register(REGION, ORG);
        String post = asLead(REGION).body(Map.of("orgCode", ORG, "title", "Chief Digital Officer", "roleFamily",
                "DIGITAL", "level", "VSM", "boardPost", true, "riskOfLoss", "HIGH")).post("/key-posts").then()
                .statusCode(201).extract().path("id");
        assertThat(race(() -> asLead(REGION).body(Map.of("personRef", ref, "readiness", "READY_NOW",
                "readinessAssessedOn", "2026-10-14", "nominatedOn", "2026-10-14"))
                .post("/key-posts/{id}/successors", post))).containsOnlyOnce(201);
        asLead(REGION).get("/key-posts/{id}/successors", post).then().body("size()",
                equalTo(1));
        assertThat(race(() -> asLead(REGION).post("/key-posts/{id}/plans", post))).containsOnlyOnce(201);
        asLead(REGION).get("/key-posts/{id}/plans", post).then().body("size()", equalTo(1));
    }
}
