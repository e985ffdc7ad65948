package uk.nhs.talent.talent.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static uk.nhs.talent.talent.support.TalentApi.as;
import static uk.nhs.talent.talent.support.TalentApi.asLead;
import static uk.nhs.talent.talent.support.TalentApi.asMember;
import static uk.nhs.talent.talent.support.TalentApi.assessReadiness;
import static uk.nhs.talent.talent.support.TalentApi.consent;
import static uk.nhs.talent.talent.support.TalentApi.newProfile;
import static uk.nhs.talent.talent.support.TalentApi.register;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.nhs.talent.testsupport.TestTokens;

/** A forum's happy paths over HTTP, against the real database: register, read, revise, assess, audit. */
@QuarkusTest
class ProfileResourceTest {

    @Test
    void aForumLeadRegistersAPersonOfTheirRegionPlacedByTheReferenceData() {
        Response created = asLead("Y62").body(newProfile("REM")).post("/profiles");
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("personRef", matchesPattern("tp-[a-z]{16}"))
                .body("regionCode", equalTo("Y62"))
                .body("icbCode", equalTo("QYG"))
                .body("consent.shareWithForum", equalTo(true))
                .body("nineBox", nullValue());
        assertThat(created.header("Location")).endsWith("/profiles/" + created.path("personRef"));
    }

    @Test
    void aForumMemberReadsAConsentedPersonOfTheirRegionAndTheReadIsAudited() {
        String ref = register("Y62", "RW3");
        asMember("Y62").get("/profiles/{ref}", ref).then()
                .statusCode(200).header("ETag", "\"0\"")
                .body("givenName", equalTo("Alex")).body("workEmail", equalTo("alex.example@nhs.example"));
        as(TestTokens.platformAdmin()).get("/audit/profile-reads?personRef=" + ref).then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].reader", equalTo("forum-member-y62"))
                .body("items[0].endpoint", equalTo("GET /profiles/{personRef}"));
    }

    @Test
    void revisesWithIfMatchAndRefusesAStaleOrMissingOne() {
        String ref = register("Y62", "RW3");
        Map<String, Object> revised = newProfile("RW3");
        revised.put("level", "VSM");
        asLead("Y62").header("If-Match", "\"0\"").body(revised).put("/profiles/{ref}", ref).then()
                .statusCode(200).header("ETag", "\"1\"").body("level", equalTo("VSM"));
        asLead("Y62").header("If-Match", "\"0\"").body(revised).put("/profiles/{ref}", ref).then()
                .statusCode(412).contentType("application/problem+json");
        asLead("Y62").body(revised).put("/profiles/{ref}", ref).then().statusCode(428);
    }

    @Test
    void readinessAndNineBoxKeepTheirHistoryAndTheProfileShowsTheCurrentOnes() {
        String ref = register("Y62", "RW3");
        assessReadiness("Y62", ref, "FINANCE", "THREE_PLUS_YEARS");
        assessReadiness("Y62", ref, "FINANCE", "ONE_TO_TWO_YEARS");
        assessReadiness("Y62", ref, "CHIEF_EXECUTIVE", "THREE_PLUS_YEARS");
        asLead("Y62").body(Map.of("performance", 3, "potential", 2, "talentReview", "North West review, autumn 2026",
                "reviewedOn", "2026-09-14")).post("/profiles/{ref}/nine-box", ref).then()
                .statusCode(201).body("cell", equalTo(6)).body("label", equalTo("High performer"));

        asMember("Y62").get("/profiles/{ref}/readiness", ref).then().statusCode(200)
                .body("size()", equalTo(3))
                .body("findAll { it.supersededAt == null }.readiness", contains("THREE_PLUS_YEARS", "ONE_TO_TWO_YEARS"));
        asMember("Y62").get("/profiles/{ref}", ref).then()
                .body("readiness.roleFamily", contains("CHIEF_EXECUTIVE", "FINANCE"))
                .body("readiness.readiness", contains("THREE_PLUS_YEARS", "ONE_TO_TWO_YEARS"))
                .body("nineBox.cell", equalTo(6));
    }

    @Test
    void withdrawnConsentHidesThePersonFromEveryForum() {
        String ref = register("Y62", "RW3");
        Map<String, Object> withdrawn = newProfile("RW3");
        withdrawn.put("consent", consent(false));
        asLead("Y62").header("If-Match", "\"0\"").body(withdrawn).put("/profiles/{ref}", ref).then().statusCode(200);
        asMember("Y62").get("/profiles/{ref}", ref).then().statusCode(404);
        asLead("Y62").get("/profiles/{ref}", ref).then().statusCode(404);
        as(TestTokens.platformAdmin()).get("/profiles/{ref}", ref).then().statusCode(200)
                .body("consent.shareWithForum", equalTo(false));
    }

    @Test
    void aRepeatedRegistrationWithTheSameKeyRegistersOnePerson() {
        String key = "register-" + UUID.randomUUID();
        String first = asLead("Y62").header("Idempotency-Key", key).body(newProfile("RW3")).post("/profiles")
                .then().statusCode(201).extract().path("personRef");
        asLead("Y62").header("Idempotency-Key", key).body(newProfile("RW3")).post("/profiles").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("personRef", equalTo(first));
    }

    @Test
    void mobilityNeverListsTheHomeRegion() {
        Map<String, Object> body = newProfile("RW3");
        body.put("mobilityRegions", List.of("Y62", "Y63", "Y63"));
        asLead("Y62").body(body).post("/profiles").then().statusCode(201).body("mobilityRegions", contains("Y63"));
    }
}
