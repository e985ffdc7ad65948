package uk.nhs.talent.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import uk.nhs.talent.e2e.support.Keycloak;
import uk.nhs.talent.e2e.support.RunningStack;

/**
 * A forum's work through the gateway with Keycloak's tokens: the North West forum registers and assesses a
 * person; its members find them; the North East and Yorkshire forum cannot, until the person says they would
 * move there.
 */
@ExtendWith(RunningStack.class)
class ForumCandidatesIT {

    private static Map<String, Object> person(String familyName, List<String> mobility) {
        return Map.ofEntries(Map.entry("givenName", "Robin"), Map.entry("familyName", familyName),
                Map.entry("workEmail", "robin.e2e@nhs.example"), Map.entry("orgCode", "RW3"),
                Map.entry("roleFamily", "FINANCE"), Map.entry("level", "AFC_9"),
                Map.entry("targetRoleFamilies", List.of("FINANCE")), Map.entry("targetLevel", "VSM"),
                Map.entry("mobilityRegions", mobility), Map.entry("programmes", List.of("NYE_BEVAN")),
                Map.entry("consent", Map.of("shareWithForum", true, "shareNationally", false, "givenOn", "2026-09-01",
                        "method", "CAREER_CONVERSATION")));
    }

    private static List<String> candidates(String user) {
        return given().auth().oauth2(Keycloak.user(user))
                .get("/candidates?roleFamily=FINANCE&readiness=READY_NOW&size=100")
                .then().statusCode(200).extract().path("items.personRef");
    }

    @Test
    void aForumFindsItsCandidateThatAnotherRegionsForumCannot() {
        String lead = Keycloak.user("forum-lead-y62");
        String familyName = "E2e-" + UUID.randomUUID().toString().substring(0, 8);
        String ref = given().auth().oauth2(lead).contentType(ContentType.JSON).body(person(familyName, List.of()))
                .post("/profiles").then().statusCode(201).extract().path("personRef");
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("roleFamily", "FINANCE", "readiness", "READY_NOW", "assessedOn", "2026-10-14"))
                .post("/profiles/{ref}/readiness", ref).then().statusCode(201);

        assertThat(candidates("forum-member-y62")).contains(ref);
        assertThat(candidates("forum-member-y63")).doesNotContain(ref);
        given().auth().oauth2(Keycloak.user("forum-member-y63")).get("/profiles/{ref}", ref).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Keycloak.user("analyst")).get("/profiles/{ref}", ref).then().statusCode(403);

        // The person would now move to the North East and Yorkshire: its forum sees them, still cannot change them.
        String etag = given().auth().oauth2(lead).get("/profiles/{ref}", ref).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", etag)
                .body(person(familyName, List.of("Y63"))).put("/profiles/{ref}", ref).then().statusCode(200);
        assertThat(candidates("forum-member-y63")).contains(ref);
        given().auth().oauth2(Keycloak.user("forum-lead-y63")).contentType(ContentType.JSON)
                .body(Map.of("roleFamily", "FINANCE", "readiness", "ONE_TO_TWO_YEARS", "assessedOn", "2026-10-14"))
                .post("/profiles/{ref}/readiness", ref).then().statusCode(403);

        given().auth().oauth2(Keycloak.user("platform-admin")).get("/audit/profile-reads?personRef=" + ref)
                .then().statusCode(200)
                .body("items.endpoint", hasItems("GET /profiles/{personRef}", "GET /candidates"));
    }
}
