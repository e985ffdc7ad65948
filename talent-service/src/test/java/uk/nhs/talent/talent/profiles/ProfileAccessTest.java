package uk.nhs.talent.talent.profiles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static uk.nhs.talent.talent.support.TalentApi.as;
import static uk.nhs.talent.talent.support.TalentApi.asLead;
import static uk.nhs.talent.talent.support.TalentApi.asMember;
import static uk.nhs.talent.talent.support.TalentApi.consent;
import static uk.nhs.talent.talent.support.TalentApi.newProfile;
import static uk.nhs.talent.talent.support.TalentApi.register;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.testsupport.TestTokens;

/** Refusals: no token, wrong role, another region (404, never 403), no consent (invisible), read-only forums. */
@QuarkusTest
class ProfileAccessTest {

    private static final Map<String, Object> READINESS = Map.of("roleFamily", "FINANCE", "readiness", "READY_NOW",
            "assessedOn", "2026-09-15");

    @Test
    void withoutATokenIs401() {
        String ref = register("Y62", "RW3");
        given().get("/profiles/{ref}", ref).then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(newProfile("RW3")).post("/profiles").then().statusCode(401);
    }

    @Test
    void rolesWithoutAForumSeeNoPerson() {
        String ref = register("Y62", "RW3");
        for (String token : List.of(TestTokens.nationalAnalyst(), TestTokens.hrSystem("RW3"))) {
            as(token).get("/profiles/{ref}", ref).then().statusCode(403).contentType("application/problem+json");
            as(token).get("/candidates").then().statusCode(403);
            as(token).body(newProfile("RW3")).post("/profiles").then().statusCode(403);
        }
        asMember("Y62").get("/audit/profile-reads").then().statusCode(403);
    }

    @Test
    void anotherRegionsPersonIsNotFoundWhetherItExistsOrNot() {
        String ref = register("Y62", "RW3");
        asMember("Y63").get("/profiles/{ref}", ref).then().statusCode(404)
                .body("type", equalTo("urn:uk:nhs:talent:problem:not-found"));
        asMember("Y63").get("/profiles/{ref}", "tp-nosuchpersonhere").then().statusCode(404);
        asLead("Y63").get("/profiles/{ref}/readiness", ref).then().statusCode(404);
        asLead("Y63").body(READINESS).post("/profiles/{ref}/readiness", ref).then().statusCode(404);
        asLead("Y63").header("If-Match", "\"0\"").body(newProfile("RR8")).put("/profiles/{ref}", ref).then()
                .statusCode(404);
        as(TestTokens.platformAdmin()).get("/profiles/{ref}/readiness", ref).then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aPersonWillingToMoveIsSeenByThatRegionsForumWhichCannotChangeThem() {
        Map<String, Object> mobile = newProfile("RW3");
        mobile.put("mobilityRegions", List.of("Y63"));
        String ref = register("Y62", mobile);
        asMember("Y63").get("/profiles/{ref}", ref).then().statusCode(200);
        asLead("Y63").body(READINESS).post("/profiles/{ref}/readiness", ref).then().statusCode(403);
        asMember("Y61").get("/profiles/{ref}", ref).then().statusCode(404);
    }

    @Test
    void aPersonWhoDidNotConsentIsInvisibleToForums() {
        Map<String, Object> body = newProfile("RW3");
        body.put("consent", consent(false));
        String ref = asLead("Y62").body(body).post("/profiles").then().statusCode(201).extract().path("personRef");
        asMember("Y62").get("/profiles/{ref}", ref).then().statusCode(404);
        asLead("Y62").body(READINESS).post("/profiles/{ref}/readiness", ref).then().statusCode(404);
    }

    @Test
    void leadsRegisterOnlyInTheirRegionAndMembersDoNotWrite() {
        asLead("Y63").body(newProfile("RW3")).post("/profiles").then().statusCode(403)
                .contentType("application/problem+json");
        String ref = register("Y62", "RW3");
        asMember("Y62").body(newProfile("RW3")).post("/profiles").then().statusCode(403);
        asMember("Y62").body(READINESS).post("/profiles/{ref}/readiness", ref).then().statusCode(403);
        asLead("Y62").header("If-Match", "\"0\"").body(newProfile("RR8")).put("/profiles/{ref}", ref).then()
                .statusCode(400).body("violations[0].field", equalTo("orgCode"));
    }

    @Test
    void aForumTokenWithoutARegionSeesNobody() {
        String ref = register("Y62", "RW3");
        String noRegion = TestTokens.subject("forum-no-region").roles("forum-member").sign();
        as(noRegion).get("/profiles/{ref}", ref).then().statusCode(404);
        as(noRegion).get("/candidates").then().statusCode(403);
    }

    @Test
    void nineBoxPlacementsAreRecordedOnlyByTheHomeLeadAndReadOnlyByForumsThatSeeThePerson() {
        Map<String, Object> placement = Map.of("performance", 2, "potential", 2, "talentReview", "Review",
                "reviewedOn", "2026-09-15");
        Map<String, Object> mobile = newProfile("RW3");
        mobile.put("mobilityRegions", List.of("Y63"));
        String ref = register("Y62", mobile);
        asMember("Y62").body(placement).post("/profiles/{ref}/nine-box", ref).then().statusCode(403);
        as(TestTokens.nationalAnalyst()).get("/profiles/{ref}/nine-box", ref).then().statusCode(403);
        asLead("Y63").body(placement).post("/profiles/{ref}/nine-box", ref).then().statusCode(403);
        asLead("Y61").body(placement).post("/profiles/{ref}/nine-box", ref).then().statusCode(404)
                .contentType("application/problem+json");
        asMember("Y61").get("/profiles/{ref}/nine-box", ref).then().statusCode(404);
        given().get("/profiles/{ref}/nine-box", ref).then().statusCode(401);
        asMember("Y62").get("/profiles/{ref}/nine-box", ref).then().statusCode(200).body("size()", equalTo(0));

        Map<String, Object> private_ = newProfile("RW3");
        private_.put("consent", consent(false));
        String hidden = register("Y62", private_);
        asLead("Y62").body(placement).post("/profiles/{ref}/nine-box", hidden).then().statusCode(404);
        asMember("Y62").get("/profiles/{ref}/nine-box", hidden).then().statusCode(404);
        as(TestTokens.platformAdmin()).get("/profiles/{ref}/nine-box", hidden).then().statusCode(200)
                .body("size()", equalTo(0));
    }
}
