package uk.nhs.talent.vacancy.vacancies;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static uk.nhs.talent.vacancy.support.VacancyApi.as;
import static uk.nhs.talent.vacancy.support.VacancyApi.asHr;
import static uk.nhs.talent.vacancy.support.VacancyApi.newVacancy;
import static uk.nhs.talent.vacancy.support.VacancyApi.open;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.testsupport.TestTokens;

/** Refusals: no or bad token (401), wrong role (403), another organisation's vacancy (404, nothing leaked). */
@QuarkusTest
class VacancyAccessTest {

    @Test
    void withoutATokenIs401AsAProblem() {
        given().get("/vacancies").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @ParameterizedTest
    @ValueSource(strings = { "expired", "forged", "garbage" })
    void anExpiredForgedOrMalformedTokenIs401(String kind) {
        String token = switch (kind) {
            case "expired" -> TestTokens.expired("hr-system");
            case "forged" -> TestTokens.forged("hr-system");
            default -> "not.a.jwt";
        };
        as(token).get("/vacancies").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenAcceptedEarlierIsRefusedOnceItHasExpired() throws InterruptedException {
        // Verified identities are remembered per token: the memory must end when the token does.
        String token = TestTokens.subject("hr-rw3").roles("hr-system").orgCodes("RW3")
                .expiresIn(Duration.ofSeconds(3)).sign();
        as(token).get("/vacancies").then().statusCode(200);
        Thread.sleep(4_100);
        as(token).get("/vacancies").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theSameClaimsUnderAnotherSignatureAreRefusedAfterTheGenuineTokenWasAccepted() {
        TestTokens.Builder claims = TestTokens.subject("hr-rw3").roles("hr-system").orgCodes("RW3");
        String genuine = claims.sign();
        as(genuine).get("/vacancies").then().statusCode(200);
        String forged = claims.signWithUnknownKey();
        String twin = genuine.substring(0, genuine.lastIndexOf('.')) + forged.substring(forged.lastIndexOf('.'));
        as(twin).get("/vacancies").then().statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        String token = TestTokens.subject("hr-rw3").roles("hr-system").orgCodes("RW3").audience("some-other-api").sign();
        as(token).get("/vacancies").then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = { "forum-member", "national-analyst", "platform-admin" })
    void otherRolesCannotReachVacancies(String role) {
        String token = TestTokens.subject("someone").roles(role).region("Y62").orgCodes("RW3").sign();
        as(token).get("/vacancies").then().statusCode(403).contentType("application/problem+json");
        as(token).body(newVacancy("RW3")).post("/vacancies").then().statusCode(403);
    }

    @Test
    void anHrSystemCannotOpenAVacancyForAnotherOrganisation() {
        int before = asHr("RR8").get("/vacancies").then().extract().path("totalItems");
        asHr("RW3").body(newVacancy("RR8")).post("/vacancies").then()
                .statusCode(403).contentType("application/problem+json");
        asHr("RR8").get("/vacancies").then().body("totalItems", equalTo(before));
    }

    @Test
    void anotherOrganisationsVacancyIsNotFoundForEveryOperation() {
        String id = open("RW3");
        asHr("RGT").get("/vacancies/{id}", id).then().statusCode(404)
                .body("detail", not(containsString("RW3")));
        asHr("RGT").header("If-Match", "\"0\"").body(newVacancy("RGT")).put("/vacancies/{id}", id)
                .then().statusCode(404);
        asHr("RGT").body(Map.of("reason", "OTHER", "withdrawnOn", "2026-09-10"))
                .post("/vacancies/{id}/withdrawal", id).then().statusCode(404);
        asHr("RW3").get("/vacancies/{id}", id).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void aListNeverShowsAnotherOrganisationsVacancies() {
        open("RW3");
        asHr("RGT").get("/vacancies?size=100").then().statusCode(200).body("items.orgCode", everyItem(equalTo("RGT")));
        asHr("RGT").get("/vacancies?orgCode=RW3").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void anHrSystemActingForTwoOrganisationsSeesBoth() {
        String rw3 = open("RW3");
        asHr("REM", "RW3").get("/vacancies/{id}", rw3).then().statusCode(200);
    }

    @Test
    void onlyAPlatformAdminUpdatesOrganisations() {
        Map<String, Object> org = Map.of("name", "Synthetic Test Trust", "type", "TRUST", "icbCode", "QOP",
                "regionCode", "Y62");
        asHr("RW3").body(org).put("/organisations/ZZ1").then().statusCode(403);
        as(TestTokens.platformAdmin()).body(org).put("/organisations/ZZ1").then().statusCode(201)
                .body("regionCode", equalTo("Y62"));
        as(TestTokens.platformAdmin()).body(Map.of("name", "x", "type", "TRUST", "icbCode", "QOP",
                "regionCode", "Y99")).put("/organisations/ZZ1").then().statusCode(400)
                .body("violations[0].field", equalTo("regionCode"));
        asHr("RW3").get("/organisations/ZZ1").then().statusCode(200).body("name", equalTo("Synthetic Test Trust"));
    }
}
