package uk.nhs.talent.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import uk.nhs.talent.e2e.support.HrEvents;
import uk.nhs.talent.e2e.support.Keycloak;
import uk.nhs.talent.e2e.support.RunningStack;

/** The refusals hold across the gateway, with real Keycloak tokens: 401, 403 and 404, nothing leaked. */
@ExtendWith(RunningStack.class)
class RefusalsIT {

    @Test
    void withoutATokenIs401() {
        given().get("/vacancies").then().statusCode(401).contentType("application/problem+json");
        given().get("/reports/vacancies/open").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aForgedTokenIs401() {
        // A genuine token of RJ1's HR system, its claims edited to act for RW3 too: the signature no longer fits.
        String[] parts = Keycloak.hrSystem("hr-rj1").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"org_codes\":[\"RJ1\"]", "\"org_codes\":[\"RJ1\",\"RW3\"]");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        given().auth().oauth2(forged).get("/vacancies").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anExpiredTokenIs401() throws InterruptedException {
        Keycloak.setTokenLifespan("hr-rr8", 2);
        String token = Keycloak.hrSystem("hr-rr8");
        given().auth().oauth2(token).get("/vacancies").then().statusCode(200);
        Thread.sleep(3_500);
        given().auth().oauth2(token).get("/vacancies").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theWrongRoleIs403() {
        given().auth().oauth2(Keycloak.user("analyst")).get("/vacancies").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Keycloak.user("forum-lead-y62")).get("/reports/vacancies/open").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Keycloak.hrSystem("hr-rj1")).get("/reports/vacancies/open").then().statusCode(403);
        given().auth().oauth2(Keycloak.hrSystem("hr-rj1")).contentType("application/json")
                .body(Map.of("name", "Renamed", "type", "TRUST", "icbCode", "QOP", "regionCode", "Y62"))
                .put("/organisations/RW3").then().statusCode(403);
    }

    @Test
    void anotherOrganisationsVacancyIs404AndStaysUnchanged() {
        HrEvents owner = new HrEvents(Keycloak.hrSystem("hr-rw3-rem"), "RW3");
        String id = owner.open("RW3", "Director of Finance", "FINANCE");

        String other = Keycloak.hrSystem("hr-rj1");
        given().auth().oauth2(other).get("/vacancies/" + id).then()
                .statusCode(404).contentType("application/problem+json");
        new HrEvents(other, "RJ1").send("withdrawn", id, Map.of("reason", "RECRUITMENT_PAUSED", "withdrawnOn", "2026-09-05"))
                .statusCode(404);
        given().auth().oauth2(other).get("/vacancies").then().statusCode(200)
                .body("items.findAll { it.id == '" + id + "' }.size()", equalTo(0));

        given().auth().oauth2(Keycloak.hrSystem("hr-rw3-rem")).get("/vacancies/" + id).then()
                .statusCode(200).body("status", equalTo("OPEN")).body("version", equalTo(0));
    }
}
