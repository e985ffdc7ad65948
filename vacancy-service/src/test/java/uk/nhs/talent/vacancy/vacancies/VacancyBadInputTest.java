package uk.nhs.talent.vacancy.vacancies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static uk.nhs.talent.vacancy.support.VacancyApi.asHr;
import static uk.nhs.talent.vacancy.support.VacancyApi.countFor;
import static uk.nhs.talent.vacancy.support.VacancyApi.newVacancy;
import static uk.nhs.talent.vacancy.support.VacancyApi.open;
import static uk.nhs.talent.vacancy.support.VacancyApi.transition;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every kind of bad input: a 4xx problem that names the field, and nothing stored. Uses its own organisation. */
@QuarkusTest
class VacancyBadInputTest {

    private static final String ORG = "RGT";
    private int before;

    @BeforeEach
    void count() {
        before = countFor(ORG);
    }

    @AfterEach
    void nothingStored() {
        assertThat(countFor(ORG)).as("vacancies stored by refused requests").isEqualTo(before);
    }

    private ValidatableResponse create(Object body) {
        return asHr(ORG).body(body).post("/vacancies").then()
                .contentType("application/problem+json")
                .body("stackTrace", nullValue())
                .body("detail", not(containsString("Exception")));
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = newVacancy(ORG);
        body.put(field, value);
        return body;
    }

    @Test
    void malformedJson() {
        create("{\"orgCode\": \"RGT\", ").statusCode(400).body("status", equalTo(400));
    }

    @Test
    void unknownField() {
        create(with("salary", 250000)).statusCode(400).body("violations[0].field", equalTo("salary"));
    }

    @Test
    void missingField() {
        Map<String, Object> body = newVacancy(ORG);
        body.remove("title");
        create(body).statusCode(400).body("violations.field", hasItem("title"));
    }

    @Test
    void wrongEnum() {
        create(with("roleFamily", "ASTRONAUT")).statusCode(400)
                .body("violations[0].field", equalTo("roleFamily"))
                .body("violations[0].message", containsString("FINANCE"));
    }

    @Test
    void wrongTypeOfDate() {
        create(with("openedOn", "first of September")).statusCode(400)
                .body("violations[0].field", equalTo("openedOn"));
    }

    @Test
    void datesOutOfOrder() {
        create(with("closingOn", "2026-08-01")).statusCode(400).body("violations[0].field", equalTo("closingOn"));
    }

    @Test
    void unknownOrganisation() {
        asHr("ZZ9").body(newVacancy("ZZ9")).post("/vacancies").then()
                .statusCode(400).body("violations[0].field", equalTo("orgCode"));
    }

    @Test
    void oversizedBody() {
        create(with("title", "x".repeat(70_000))).statusCode(413);
    }

    @Test
    void titleTooLong() {
        create(with("title", "x".repeat(201))).statusCode(400).body("violations[0].field", equalTo("title"));
    }

    @Test
    void emptyBody() {
        asHr(ORG).post("/vacancies").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void wrongContentType() {
        asHr(ORG).contentType("text/plain").body("hello").post("/vacancies").then()
                .statusCode(415).contentType("application/problem+json");
    }

    @Test
    void badPagingAndSorting() {
        asHr(ORG).get("/vacancies?size=1000").then().statusCode(400).body("violations[0].field", equalTo("size"));
        asHr(ORG).get("/vacancies?sort=salary").then().statusCode(400).body("violations[0].field", equalTo("sort"));
    }

    @Test
    void queryParametersThatDoNotConvert() {
        asHr(ORG).get("/vacancies?status=ADVERTISED").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("status"));
        asHr(ORG).get("/vacancies?openedFrom=yesterday").then().statusCode(400)
                .body("violations[0].field", equalTo("openedFrom"));
        asHr(ORG).get("/vacancies?page=first").then().statusCode(400).body("violations[0].field", equalTo("page"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedAndNamed() {
        create("{\"orgCode\": \"RGT\", \"title\": \"A\", \"title\": \"B\"}").statusCode(400)
                .body("violations[0].field", equalTo("title"));
    }

    @Test
    void valuesNoDatabaseCanStoreAreRefusedAtTheirField() {
        create(with("openedOn", "+999999999-12-31")).statusCode(400).body("violations[0].field", equalTo("openedOn"));
        create(with("closingOn", 2_147_483_648L)).statusCode(400).body("violations[0].field", equalTo("closingOn"));
        create(with("title", "Chief\u0000Executive")).statusCode(400).body("violations[0].field", equalTo("title"));
        asHr(ORG).urlEncodingEnabled(false).get("/vacancies?orgCode=%00").then().statusCode(400)
                .body("violations[0].field", equalTo("orgCode"));
        asHr(ORG).queryParam("openedFrom", "+999999999-01-01").get("/vacancies").then().statusCode(400)
                .body("violations[0].field", equalTo("openedFrom"));
    }

    @Test
    void sortAndPageThatCannotBeRun() {
        for (String sort : List.of(",", "title,", "-", ",,title")) {
            asHr(ORG).get("/vacancies?sort=" + sort).then().statusCode(400).body("violations[0].field", equalTo("sort"));
        }
        asHr(ORG).get("/vacancies?page=2147483647&size=100").then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
        asHr(ORG).get("/vacancies?page=99999999999").then().statusCode(400).body("violations[0].field", equalTo("page"));
    }

    @Test
    void badIfMatch() {
        String id = open(ORG);
        before++;
        asHr(ORG).header("If-Match", "yesterday").body(newVacancy(ORG)).put("/vacancies/{id}", id).then()
                .statusCode(400).body("violations[0].field", equalTo("If-Match"));
    }

    @Test
    void personRefsThatCouldIdentifySomeone() {
        String id = open(ORG);
        before++;
        transition(ORG, id, "applications-closed", Map.of("applicantCount", 5, "closedOn", "2026-09-29"))
                .then().statusCode(200);
        for (String ref : List.of("jane.doe@nhs.net", "4857773456", "x".repeat(65), "has space")) {
            transition(ORG, id, "shortlist", Map.of("shortlist", List.of("p-1a2b3c", ref), "shortlistedOn",
                    "2026-10-01")).then().statusCode(400).body("violations[0].field", equalTo("shortlist[1]"));
        }
        asHr(ORG).get("/vacancies/{id}", id).then().body("status", equalTo("SHORTLISTING"));
    }

    @Test
    void aTransitionDateBeforeTheLastMilestone() {
        String id = open(ORG);
        before++;
        transition(ORG, id, "applications-closed", Map.of("applicantCount", 5, "closedOn", "2026-08-01"))
                .then().statusCode(400).body("violations[0].field", equalTo("closedOn"));
        asHr(ORG).get("/vacancies/{id}", id).then().body("status", equalTo("OPEN"));
    }
}
