package uk.nhs.talent.vacancy.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static uk.nhs.talent.vacancy.support.VacancyApi.asHr;
import static uk.nhs.talent.vacancy.support.VacancyApi.countFor;
import static uk.nhs.talent.vacancy.support.VacancyApi.newVacancy;
import static uk.nhs.talent.vacancy.support.VacancyApi.open;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.testsupport.TestTokens;

/** HR systems' CloudEvents in structured, binary and batch mode; idempotent by source and id. */
@QuarkusTest
class VacancyEventIntakeTest {

    private static final String ORG = "RRK";
    private static final String SOURCE = "/hr/" + ORG;

    private static Map<String, Object> event(String type, String subject, Object data) {
        Map<String, Object> event = new java.util.HashMap<>(Map.of("specversion", "1.0",
                "id", "hr-" + UUID.randomUUID(), "source", SOURCE, "type", "uk.nhs.talent.hr.vacancy." + type + ".v1",
                "datacontenttype", "application/json", "data", data));
        if (subject != null) {
            event.put("subject", subject);
        }
        return event;
    }

    private static RequestSpecification hr() {
        return asHr(ORG);
    }

    @Test
    void structuredModeOpensAVacancy() {
        int before = countFor(ORG);
        hr().contentType("application/cloudevents+json").body(event("opened", null, newVacancy(ORG)))
                .post("/vacancy-events").then()
                .statusCode(200)
                .body("[0].replayed", equalTo(false))
                .body("[0].vacancy.status", equalTo("OPEN"))
                .body("[0].vacancy.regionCode", equalTo("Y60"));
        assertThat(countFor(ORG)).isEqualTo(before + 1);
    }

    @Test
    void binaryModeClosesApplications() {
        String id = open(ORG);
        hr().contentType(ContentType.JSON)
                .header("ce-specversion", "1.0")
                .header("ce-id", "hr-" + UUID.randomUUID())
                .header("ce-source", SOURCE)
                .header("ce-type", "uk.nhs.talent.hr.vacancy.applications-closed.v1")
                .header("ce-subject", id)
                .body(Map.of("applicantCount", 7, "closedOn", "2026-09-29"))
                .post("/vacancy-events").then()
                .statusCode(200)
                .body("[0].vacancy.status", equalTo("SHORTLISTING"));
    }

    @Test
    void batchModeAppliesEveryEventInOrder() {
        String first = open(ORG);
        String second = open(ORG);
        List<Map<String, Object>> batch = List.of(
                event("applications-closed", first, Map.of("applicantCount", 4, "closedOn", "2026-09-29")),
                event("withdrawn", second, Map.of("reason", "RECRUITMENT_PAUSED", "withdrawnOn", "2026-09-05")));
        hr().contentType("application/cloudevents-batch+json").body(batch).post("/vacancy-events").then()
                .statusCode(200)
                .body("vacancy.status", contains("SHORTLISTING", "WITHDRAWN"));
    }

    @Test
    void theSameEventTwiceIsAppliedOnce() {
        int before = countFor(ORG);
        Map<String, Object> opened = event("opened", null, newVacancy(ORG));
        String id = hr().contentType("application/cloudevents+json").body(opened).post("/vacancy-events")
                .then().statusCode(200).extract().path("[0].vacancy.id");
        hr().contentType("application/cloudevents+json").body(opened).post("/vacancy-events").then()
                .statusCode(200)
                .body("[0].replayed", equalTo(true))
                .body("[0].vacancy.id", equalTo(id));
        assertThat(countFor(ORG)).isEqualTo(before + 1);
    }

    @Test
    void aBatchWithOneBadEventStoresNothing() {
        int before = countFor(ORG);
        Map<String, Object> bad = newVacancy(ORG);
        bad.put("level", "BAND_12");
        List<Map<String, Object>> batch = List.of(event("opened", null, newVacancy(ORG)), event("opened", null, bad));
        hr().contentType("application/cloudevents-batch+json").body(batch).post("/vacancy-events").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("[1].data.level"));
        assertThat(countFor(ORG)).isEqualTo(before);
    }

    @Test
    void anUnknownTypeOrAMissingIdIsRefused() {
        Map<String, Object> unknown = event("opened", null, newVacancy(ORG));
        unknown.put("type", "uk.nhs.talent.hr.vacancy.promoted.v1");
        hr().contentType("application/cloudevents+json").body(unknown).post("/vacancy-events").then()
                .statusCode(400).body("violations[0].field", equalTo("type"));
        Map<String, Object> noId = event("opened", null, newVacancy(ORG));
        noId.remove("id");
        hr().contentType("application/cloudevents+json").body(noId).post("/vacancy-events").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void idsTheCloudEventsSpecAllowsAreTaken() {
        for (String id : List.of("event with spaces", "événement-ünïcode-✓", "x".repeat(250))) {
            Map<String, Object> opened = event("opened", null, newVacancy(ORG));
            opened.put("id", id + UUID.randomUUID());
            // UTF-8 said explicitly: REST Assured would encode an unknown media type as ISO-8859-1.
            String structured = "application/cloudevents+json; charset=UTF-8";
            hr().contentType(structured).body(opened).post("/vacancy-events").then()
                    .statusCode(200).body("[0].replayed", equalTo(false));
            hr().contentType(structured).body(opened).post("/vacancy-events").then()
                    .statusCode(200).body("[0].replayed", equalTo(true));
        }
    }

    @Test
    void anEventThatIsNotAnObjectIsRefusedNamingIt() {
        hr().contentType("application/cloudevents+json").body("null").post("/vacancy-events").then()
                .statusCode(400).contentType("application/problem+json");
        hr().contentType("application/cloudevents-batch+json").body("[null]").post("/vacancy-events").then()
                .statusCode(400).body("violations[0].field", equalTo("[0]"));
        Map<String, Object> noSource = event("opened", null, newVacancy(ORG));
        noSource.put("source", 42);
        hr().contentType("application/cloudevents+json").body(noSource).post("/vacancy-events").then()
                .statusCode(400).body("violations[0].field", equalTo("source"));
    }

    @Test
    void anEventForAnotherOrganisationsVacancyIsNotFound() {
        String id = open("RW3");
        hr().contentType("application/cloudevents+json")
                .body(event("withdrawn", id, Map.of("reason", "OTHER", "withdrawnOn", "2026-09-05")))
                .post("/vacancy-events").then().statusCode(404);
    }

    @Test
    void eventsNeedAToken() {
        io.restassured.RestAssured.given().contentType("application/cloudevents+json")
                .body(event("opened", null, newVacancy(ORG))).post("/vacancy-events").then().statusCode(401);
    }

    @Test
    void onlyHrSystemsMaySendEvents() {
        asHr(ORG).auth().oauth2(TestTokens.nationalAnalyst()).contentType("application/cloudevents+json")
                .body(event("opened", null, newVacancy(ORG))).post("/vacancy-events").then().statusCode(403);
    }
}
