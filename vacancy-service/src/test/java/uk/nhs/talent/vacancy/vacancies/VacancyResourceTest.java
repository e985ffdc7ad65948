package uk.nhs.talent.vacancy.vacancies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static uk.nhs.talent.vacancy.support.VacancyApi.OPENED;
import static uk.nhs.talent.vacancy.support.VacancyApi.asHr;
import static uk.nhs.talent.vacancy.support.VacancyApi.countFor;
import static uk.nhs.talent.vacancy.support.VacancyApi.newVacancy;
import static uk.nhs.talent.vacancy.support.VacancyApi.open;
import static uk.nhs.talent.vacancy.support.VacancyApi.transition;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.nhs.talent.testsupport.Concurrently;

/** The HR system's happy paths and the lifecycle rules, over HTTP against the real database. */
@QuarkusTest
class VacancyResourceTest {

    @Test
    void opensAVacancyWithRegionAndIcbFromReferenceData() {
        Response created = asHr("RW3").body(newVacancy("RW3")).post("/vacancies");
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("OPEN"))
                .body("regionCode", equalTo("Y62"))
                .body("icbCode", equalTo("QOP"))
                .body("version", equalTo(0));
        assertThat(created.header("Location")).endsWith("/vacancies/" + created.path("id"));
    }

    @Test
    void readsBackWhatWasOpened() {
        String id = open("RW3");
        asHr("RW3").get("/vacancies/{id}", id).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("title", equalTo("Chief Finance Officer"))
                .body("openedOn", equalTo(OPENED.toString()));
    }

    @Test
    void listsFiltersSortsAndPages() {
        String org = "REM";
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = newVacancy(org);
            body.put("openedOn", OPENED.plusDays(i).toString());
            body.put("closingOn", OPENED.plusDays(30).toString());
            body.put("roleFamily", i == 0 ? "NURSING" : "FINANCE");
            open(org, body);
        }
        asHr(org).get("/vacancies?orgCode=REM&roleFamily=FINANCE&sort=openedOn&size=1&page=1").then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2))
                .body("items.openedOn", contains(OPENED.plusDays(2).toString()))
                .body("items.roleFamily", everyItem(equalTo("FINANCE")));
    }

    @Test
    void revisesWithMatchingIfMatchAndRefusesAStaleOne() {
        String id = open("RW3");
        Map<String, Object> revised = newVacancy("RW3");
        revised.put("title", "Chief Finance Officer and Deputy Chief Executive");

        asHr("RW3").header("If-Match", "\"0\"").body(revised).put("/vacancies/{id}", id).then()
                .statusCode(200).header("ETag", "\"1\"").body("title", equalTo(revised.get("title")));

        revised.put("title", "Lost update");
        asHr("RW3").header("If-Match", "\"0\"").body(revised).put("/vacancies/{id}", id).then()
                .statusCode(412).contentType("application/problem+json");
        asHr("RW3").body(revised).put("/vacancies/{id}", id).then()
                .statusCode(428).contentType("application/problem+json");
        asHr("RW3").get("/vacancies/{id}", id).then().body("title", equalTo(
                "Chief Finance Officer and Deputy Chief Executive")).body("version", equalTo(1));
    }

    @Test
    void walksTheWholeLifecycle() {
        String id = open("RW3");
        transition("RW3", id, "applications-closed", Map.of("applicantCount", 14, "closedOn", "2026-09-29"))
                .then().statusCode(200).body("status", equalTo("SHORTLISTING")).body("applicantCount", equalTo(14));
        transition("RW3", id, "shortlist", Map.of("shortlist", List.of("RW3:cand-0101", "p-7f3a9c"),
                "shortlistedOn", "2026-10-06"))
                .then().statusCode(200).body("status", equalTo("INTERVIEWING")).body("shortlistedCount", equalTo(2));
        transition("RW3", id, "offer", Map.of("offeredOn", "2026-10-20"))
                .then().statusCode(200).body("status", equalTo("OFFERED"));
        transition("RW3", id, "appointment", Map.of("appointee", "p-7f3a9c", "filledOn", "2026-11-02"))
                .then().statusCode(200).body("status", equalTo("FILLED")).body("appointee", equalTo("p-7f3a9c"))
                .header("ETag", "\"4\"");
    }

    @Test
    void refusesAnIllegalTransitionAndChangesNothing() {
        String id = open("RW3");
        Response refused = transition("RW3", id, "appointment",
                Map.of("appointee", "p-7f3a9c", "filledOn", "2026-11-02"));
        refused.then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:uk:nhs:talent:problem:illegal-transition"));
        asHr("RW3").get("/vacancies/{id}", id).then().body("status", equalTo("OPEN")).body("version", equalTo(0));
    }

    @Test
    void withdrawsFromAnyOpenStateButNotOnceFilled() {
        String id = open("RW3");
        transition("RW3", id, "withdrawal", Map.of("reason", "RESTRUCTURE", "withdrawnOn", "2026-09-10"))
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        transition("RW3", id, "withdrawal", Map.of("reason", "RESTRUCTURE", "withdrawnOn", "2026-09-11"))
                .then().statusCode(409);
    }

    @Test
    void aRepeatedCreateWithTheSameKeyReturnsTheFirstResultAndStoresNothingNew() {
        String org = "RRV";
        int before = countFor(org);
        String key = "create-" + UUID.randomUUID();
        String first = asHr(org).header("Idempotency-Key", key).body(newVacancy(org)).post("/vacancies")
                .then().statusCode(201).extract().path("id");
        asHr(org).header("Idempotency-Key", key).body(newVacancy(org)).post("/vacancies").then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("ETag", "\"0\"")
                .body("id", equalTo(first));
        assertThat(countFor(org)).isEqualTo(before + 1);
    }

    @Test
    void concurrentRepeatsOfOneKeyStoreOneVacancy() throws Exception {
        String org = "RJ1";
        int before = countFor(org);
        String key = "race-" + UUID.randomUUID();
        List<Integer> statuses = Concurrently.run(6, () -> asHr(org).header("Idempotency-Key", key)
                .body(newVacancy(org)).post("/vacancies").statusCode());
        // A twin waits for the first to commit, then gets its answer again.
        assertThat(statuses).as("first or replayed").containsOnly(201);
        assertThat(countFor(org)).isEqualTo(before + 1);
    }

    @Test
    void reusingAKeyForADifferentRequestIsRefused() {
        String key = "create-" + UUID.randomUUID();
        asHr("RW3").header("Idempotency-Key", key).body(newVacancy("RW3")).post("/vacancies").then().statusCode(201);
        Map<String, Object> other = newVacancy("RW3");
        other.put("title", "Director of Nursing");
        asHr("RW3").header("Idempotency-Key", key).body(other).post("/vacancies").then()
                .statusCode(422).contentType("application/problem+json");
    }

    @Test
    void aKeyIsBoundToItsOperationAndTargetNotOnlyToItsBody() {
        String first = open("RW3");
        String second = open("RW3");
        String key = "withdraw-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("reason", "RESTRUCTURE", "withdrawnOn", "2026-09-10");
        asHr("RW3").header("Idempotency-Key", key).body(body).post("/vacancies/{id}/withdrawal", first)
                .then().statusCode(200);
        asHr("RW3").header("Idempotency-Key", key).body(body).post("/vacancies/{id}/withdrawal", second)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:uk:nhs:talent:problem:idempotency-key-reused"))
                .body("detail", containsString("POST /vacancies/" + first + "/withdrawal"));
        asHr("RW3").get("/vacancies/{id}", second).then().body("status", equalTo("OPEN"));

        String createKey = "create-" + UUID.randomUUID();
        String created = asHr("RW3").header("Idempotency-Key", createKey).body(newVacancy("RW3"))
                .post("/vacancies").then().statusCode(201).extract().path("id");
        asHr("RW3").header("Idempotency-Key", createKey).header("If-Match", "\"0\"").body(newVacancy("RW3"))
                .put("/vacancies/{id}", created).then().statusCode(422);
    }

    @Test
    void racingTransitionsWithoutIfMatchAreConflictsNeverPreconditionFailures() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = open("RW3");
            List<Integer> statuses = Concurrently.run(4, () -> transition("RW3", id, "withdrawal",
                    Map.of("reason", "RESTRUCTURE", "withdrawnOn", "2026-09-10")).statusCode());
            assertThat(statuses).as("round " + round).containsOnlyOnce(200).containsOnly(200, 409);
        }
    }

    @Test
    void aRepeatedTransitionWithTheSameKeyIsAppliedOnce() {
        String id = open("RW3");
        String key = "close-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("applicantCount", 9, "closedOn", "2026-09-29");
        asHr("RW3").header("Idempotency-Key", key).body(body).post("/vacancies/{id}/applications-closed", id)
                .then().statusCode(200).header("ETag", "\"1\"");
        // Without the key this would be a 409 (already shortlisting); with it, the first answer again.
        asHr("RW3").header("Idempotency-Key", key).body(body).post("/vacancies/{id}/applications-closed", id)
                .then().statusCode(200).header("ETag", "\"1\"").header("Idempotent-Replayed", "true");
        asHr("RW3").get("/vacancies/{id}", id).then().body("version", equalTo(1));
    }
}
