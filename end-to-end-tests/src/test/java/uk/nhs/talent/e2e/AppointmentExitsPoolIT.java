package uk.nhs.talent.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import uk.nhs.talent.e2e.support.HrEvents;
import uk.nhs.talent.e2e.support.Keycloak;
import uk.nhs.talent.e2e.support.RunningStack;

/**
 * Across services: an HR system appoints a member of a North West talent pool through the gateway; vacancy-service
 * publishes the appointment on Kafka; talent-service exits the person from their pool and records it.
 */
@ExtendWith(RunningStack.class)
class AppointmentExitsPoolIT {

    @Test
    void anAppointmentPushedByAnHrSystemExitsThePersonFromTheirPool() throws InterruptedException {
        String lead = Keycloak.user("forum-lead-y62");
        String ref = given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.ofEntries(
                Map.entry("givenName", "Morgan"), Map.entry("familyName", "Pipeline"),
                Map.entry("workEmail", "morgan.pipeline@nhs.example"), Map.entry("orgCode", "RW3"),
                Map.entry("roleFamily", "FINANCE"), Map.entry("level", "AFC_9"),
                Map.entry("targetRoleFamilies", List.of("FINANCE")), Map.entry("targetLevel", "VSM"),
                Map.entry("mobilityRegions", List.of()), Map.entry("programmes", List.of()),
                Map.entry("consent", Map.of("shareWithForum", true, "shareNationally", true, "givenOn", "2026-09-01",
                        "method", "CAREER_CONVERSATION")))).post("/profiles")
                .then().statusCode(201).extract().path("personRef");
        String pool = given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("name", "E2e pool",
                "description", "Aspiring finance directors", "scope", "REGION", "regionCode", "Y62",
                "targetRoleFamily", "FINANCE", "targetLevel", "VSM")).post("/pools")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("personRef", ref, "nominatedOn",
                "2026-09-01")).post("/pools/{p}/members", pool).then().statusCode(201);
        for (String status : List.of("ACCEPTED", "ACTIVE")) {
            given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("status", status, "on", "2026-09-02"))
                    .post("/pools/{p}/members/{r}/status", pool, ref).then().statusCode(200);
        }

        HrEvents hr = new HrEvents(Keycloak.hrSystem("hr-rw3-rem"), "RW3");
        String vacancy = hr.open("RW3", "Chief Finance Officer", "FINANCE");
        hr.send("applications-closed", vacancy, Map.of("applicantCount", 9, "closedOn", "2026-09-29")).statusCode(200);
        hr.send("shortlisted", vacancy, Map.of("shortlist", List.of(ref, "RW3:cand-e2e-2"), "shortlistedOn",
                "2026-10-06")).statusCode(200);
        hr.send("offered", vacancy, Map.of("offeredOn", "2026-10-20")).statusCode(200);
        hr.send("appointed", vacancy, Map.of("appointee", ref, "filledOn", "2026-11-02")).statusCode(200);

        JsonPath members = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (System.nanoTime() < deadline) {
            members = given().auth().oauth2(lead).get("/pools/{p}/members", pool).then().statusCode(200).extract()
                    .jsonPath();
            if ("EXITED".equals(members.getString("status[0]"))) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(members.getString("status[0]")).isEqualTo("EXITED");
        assertThat(members.getString("exitReason[0]")).isEqualTo("APPOINTED");
        assertThat(given().auth().oauth2(lead).get("/profiles/{r}", ref).then().statusCode(200).extract()
                .<String>path("appointedOn")).isEqualTo("2026-11-02");
    }
}
