package uk.nhs.talent.talent.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.nhs.talent.talent.support.TalentApi.as;
import static uk.nhs.talent.talent.support.TalentApi.asLead;
import static uk.nhs.talent.talent.support.TalentApi.newProfile;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import uk.nhs.talent.talent.support.TalentApi;
import uk.nhs.talent.testsupport.TestTokens;

/** Each kind of bad input: a 400 problem naming the field, and no profile stored. Uses region Y61 (RGT). */
@QuarkusTest
class ProfileBadInputTest {

    private static final String REGION = "Y61";
    private int before;

    private static int profilesOfTheRegion() {
        // A platform admin's view of the audit is no count of profiles: count what a forum lead of the region
        // can find, with consent given in every body here.
        return as(TestTokens.forumLead(REGION)).get("/candidates?size=1").then().statusCode(200).extract()
                .path("totalItems");
    }

    @BeforeEach
    void count() {
        before = profilesOfTheRegion();
    }

    @AfterEach
    void nothingStored() {
        assertThat(profilesOfTheRegion()).as("profiles stored by refused requests").isEqualTo(before);
    }

    private ValidatableResponse register(Map<String, Object> body) {
        return asLead(REGION).body(body).post("/profiles").then().contentType("application/problem+json");
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = newProfile("RGT");
        body.put(field, value);
        return body;
    }

    @Test
    void fieldsOfTheWrongFormAreNamed() {
        register(with("workEmail", "not an address")).statusCode(400).body("violations[0].field", equalTo("workEmail"));
        register(with("orgCode", "ZZ9")).statusCode(400).body("violations[0].field", equalTo("orgCode"));
        register(with("mobilityRegions", List.of("Y99"))).statusCode(400)
                .body("violations[0].field", equalTo("mobilityRegions[0]"));
        register(with("programmes", List.of("ASTRONAUT_SCHOOL"))).statusCode(400)
                .body("violations[0].field", equalTo("programmes[0]"));
        register(with("givenName", " ")).statusCode(400).body("violations[0].field", equalTo("givenName"));
        register(with("consent", Map.of("shareWithForum", true))).statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("consent.givenOn"));
    }

    @Test
    void datesInTheFutureAreRefused() {
        Map<String, Object> body = newProfile("RGT");
        body.put("consent", Map.of("shareWithForum", true, "shareNationally", false, "givenOn", "2999-01-01",
                "method", "ONLINE_FORM"));
        register(body).statusCode(400).body("violations[0].field", equalTo("consent.givenOn"));
        register(with("lastCareerConversationOn", "2999-01-01")).statusCode(400)
                .body("violations[0].field", equalTo("lastCareerConversationOn"));
    }

    @Test
    void assessmentsOutOfRangeAreRefused() {
        String ref = TalentApi.register(REGION, "RGT");
        before++;
        asLead(REGION).body(Map.of("performance", 4, "potential", 2, "talentReview", "Review", "reviewedOn",
                "2026-09-01")).post("/profiles/{ref}/nine-box", ref).then().statusCode(400)
                .body("violations[0].field", equalTo("performance"));
        asLead(REGION).body(Map.of("roleFamily", "FINANCE", "readiness", "SOON", "assessedOn", "2026-09-01"))
                .post("/profiles/{ref}/readiness", ref).then().statusCode(400)
                .body("violations[0].field", equalTo("readiness"));
        asLead(REGION).body(Map.of("roleFamily", "FINANCE", "readiness", "READY_NOW", "assessedOn", "2999-09-01"))
                .post("/profiles/{ref}/readiness", ref).then().statusCode(400)
                .body("violations[0].field", equalTo("assessedOn"));
        as(TestTokens.platformAdmin()).get("/profiles/{ref}/readiness", ref).then().body("size()", equalTo(0));
    }

    @Test
    void aPersonRefThatCouldIdentifySomeoneIsRefusedInThePath() {
        asLead(REGION).get("/profiles/{ref}", "jane.doe@nhs.net").then().statusCode(400)
                .contentType("application/problem+json");
        asLead(REGION).get("/profiles/{ref}", "4857773456").then().statusCode(400);
    }

    @Test
    void searchParametersThatCannotBeRun() {
        asLead(REGION).get("/candidates?readiness=READY_NOW").then().statusCode(400)
                .body("violations[0].field", equalTo("readiness"));
        asLead(REGION).get("/candidates?after=not-a-cursor").then().statusCode(400)
                .body("violations[0].field", equalTo("after"));
        asLead(REGION).get("/candidates?sort=salary").then().statusCode(400)
                .body("violations[0].field", equalTo("sort"));
        asLead(REGION).get("/candidates?nineBoxCell=10").then().statusCode(400)
                .body("violations[0].field", equalTo("nineBoxCell"));
        asLead(REGION).get("/candidates?size=0").then().statusCode(400).body("violations[0].field", equalTo("size"));
    }
}
