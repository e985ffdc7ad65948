package uk.nhs.talent.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import uk.nhs.talent.e2e.support.HrEvents;
import uk.nhs.talent.e2e.support.Keycloak;
import uk.nhs.talent.e2e.support.RunningStack;
import uk.nhs.talent.e2e.support.SystemTraces;
import uk.nhs.talent.testsupport.ConsumerGroupLag;

/**
 * Across services: an HR system declares its shortlisted candidates' equality monitoring and appoints one; once
 * the quarter is published, an analyst sees the stage counts, small ones suppressed. And nothing of a declaration
 * travels: planted values appear in no answer, log line, event or other service's database.
 */
@ExtendWith(RunningStack.class)
class DiversityFiguresIT {

    private static final int SHORTLISTED = 12;
    /** Declared values that no other part of the system has any reason to hold. */
    private static final List<String> DECLARED = List.of("GAY_OR_LESBIAN", "SIKHISM", "DIVORCED_OR_DISSOLVED");
    /** A declaration's fields: a record or row naming them would be a declaration kept outside its service. */
    private static final List<String> FIELDS = List.of("ethnicCategory", "sexualOrientation", "religionOrBelief",
            "marriageAndCivilPartnership", "genderReassignment", "pregnancyAndMaternity", "yearOfBirth");

    @Test
    void shortlistedCandidatesDeclaredByTheirHrSystemAreCountedAtEachStageOnceTheQuarterIsPublished()
            throws InterruptedException {
        String analyst = Keycloak.user("analyst");
        String quarter = currentQuarter();
        assertThat(stageTable(analyst, "SHORTLISTED", quarter, "NATIONAL").statusCode()).isEqualTo(404);

        HrEvents hr = new HrEvents(Keycloak.hrSystem("hr-rw3-rem"), "RW3");
        String vacancy = hr.open("RW3", "Director of Strategy", "OPERATIONS");
        List<String> shortlist = new ArrayList<>();
        for (int i = 0; i < SHORTLISTED; i++) {
            shortlist.add("RW3:div-e2e-" + UUID.randomUUID().toString().substring(0, 8));
        }
        hr.send("applications-closed", vacancy, Map.of("applicantCount", 30, "closedOn", "2026-09-29"))
                .statusCode(200);
        hr.send("shortlisted", vacancy, Map.of("shortlist", shortlist, "shortlistedOn", "2026-10-06")).statusCode(200);
        String hrToken = Keycloak.hrSystem("hr-rw3-rem");
        for (String person : shortlist) {
            declare(hrToken, person);
        }
        hr.send("offered", vacancy, Map.of("offeredOn", "2026-10-20")).statusCode(200);
        hr.send("appointed", vacancy, Map.of("appointee", shortlist.get(0), "filledOn", "2026-11-02"))
                .statusCode(200);
        ConsumerGroupLag.awaitConsumed(RunningStack.KAFKA, "diversity-metrics-service",
                List.of("vacancy.events.v1"), Duration.ofSeconds(60));

        String admin = Keycloak.user("platform-admin");
        assertThat(given().auth().oauth2(admin).post("/diversity-publications").then().statusCode(200).extract()
                .jsonPath().getList("published", String.class)).contains(quarter);

        JsonPath shortlisted = stageTable(analyst, "SHORTLISTED", quarter, "NATIONAL").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> total = figure(shortlisted, "TOTAL");
        assertThat(total.get("countStatus")).isEqualTo("EXACT");
        assertThat(((Number) total.get("count")).intValue()).isGreaterThanOrEqualTo(SHORTLISTED);
        Map<String, Object> female = figure(shortlisted, "FEMALE");
        // 12 declared women (and no one else's declaration): rounded to 10, or suppressed to protect a small cell.
        assertThat(female.get("countStatus")).isIn("ROUNDED", "SUPPRESSED");
        if ("ROUNDED".equals(female.get("countStatus"))) {
            assertThat(((Number) female.get("count")).intValue()).isEqualTo(10);
        }

        JsonPath appointed = stageTable(analyst, "APPOINTED", quarter, "NATIONAL").then().statusCode(200).extract()
                .jsonPath();
        assertThat(((Number) figure(appointed, "TOTAL").get("count")).intValue()).isGreaterThanOrEqualTo(1);
        // One appointed woman: a count of 1 to 7 is never shown.
        assertThat(figure(appointed, "FEMALE").get("countStatus")).isEqualTo("SUPPRESSED");
        assertThat(figure(appointed, "FEMALE").get("count")).isNull();
        // A row's total is exact (the other services publish how many reached a stage); no category count is small.
        for (JsonPath table : List.of(shortlisted, appointed)) {
            List<Map<String, Object>> figures = table.getList("figures");
            assertThat(figures).filteredOn(f -> !"TOTAL".equals(f.get("category"))).extracting(f -> f.get("count"))
                    .allMatch(count -> count == null || ((Number) count).intValue() == 0
                            || ((Number) count).intValue() > 7);
        }

        // A forum lead of another region sees none of the North West's rows.
        assertThat(stageTable(Keycloak.user("forum-lead-y63"), "SHORTLISTED", quarter, "REGION").then()
                .statusCode(200).extract().jsonPath().getList("figures.region", String.class)).containsOnly("Y63");
    }

    @Test
    void plantedDeclarationValuesAppearNowhereButInTheDiversityDatabase() throws InterruptedException {
        String marker = "PLANTED-" + UUID.randomUUID().toString().substring(0, 8);
        HrEvents hr = new HrEvents(Keycloak.hrSystem("hr-rw3-rem"), "RW3");
        String vacancy = hr.open("RW3", "Director of Estates", "OPERATIONS");
        String person = "RW3:planted-" + UUID.randomUUID().toString().substring(0, 8);
        hr.send("applications-closed", vacancy, Map.of("applicantCount", 4, "closedOn", "2026-09-29"))
                .statusCode(200);
        hr.send("shortlisted", vacancy, Map.of("shortlist", List.of(person), "shortlistedOn", "2026-10-06"))
                .statusCode(200);
        String hrToken = Keycloak.hrSystem("hr-rw3-rem");
        declare(hrToken, person);
        List<String> answers = new ArrayList<>();

        // Refused values are never echoed, in a problem or in an import's refusals.
        Map<String, Object> refused = new HashMap<>(declaration());
        refused.put("ethnicCategory", marker + "-ethnic");
        refused.put("yearOfBirth", marker + "-year");
        answers.add(given().auth().oauth2(hrToken).contentType(ContentType.JSON).body(refused)
                .put("/declarations/{p}", person).then().statusCode(400).extract().asString());
        String admin = Keycloak.user("platform-admin");
        String extract = "personRef,ethnicCategory,disability,sex,genderReassignment,sexualOrientation,"
                + "religionOrBelief,marriageAndCivilPartnership,pregnancyAndMaternity,yearOfBirth\n"
                + person + "," + marker + ",NO,FEMALE,NO," + marker + ",SIKHISM,DIVORCED_OR_DISSOLVED,NO,1961\n";
        String location = given().auth().oauth2(admin).contentType("text/csv")
                .header("Idempotency-Key", "import-" + UUID.randomUUID()).body(extract).post("/declaration-imports")
                .then().statusCode(201).extract().header("Location");
        String importPath = location.substring(location.indexOf("/declaration-imports"));
        answers.add(given().auth().oauth2(admin).get(importPath).then().statusCode(200).extract().asString());
        answers.add(given().auth().oauth2(admin).get(importPath + "/refusals").then().statusCode(200).extract()
                .asString());
        // No endpoint returns a declaration, not even to the HR system that sent it.
        io.restassured.response.Response read = given().auth().oauth2(hrToken).get("/declarations/{p}", person);
        assertThat(read.statusCode()).isIn(404, 405);
        answers.add(read.asString());
        ConsumerGroupLag.awaitConsumed(RunningStack.KAFKA, "diversity-metrics-service",
                List.of("vacancy.events.v1"), Duration.ofSeconds(60));

        // A rule may list the values a field takes; past that list, no answer holds a value sent.
        assertThat(answers).noneMatch(answer -> answer.contains(marker));
        assertThat(answers).extracting(answer -> answer.replaceAll("must be one of \\[[^\\]]*\\]", ""))
                .allMatch(answer -> DECLARED.stream().noneMatch(answer::contains));
        for (Map.Entry<Path, String> log : SystemTraces.logs().entrySet()) {
            assertThat(log.getValue()).as("log %s", log.getKey()).doesNotContain(marker);
            for (String declared : DECLARED) {
                assertThat(log.getValue()).as("log %s", log.getKey()).doesNotContain(declared);
            }
        }
        for (String record : SystemTraces.topicRecords()) {
            assertThat(record).doesNotContain(marker);
            assertThat(DECLARED).noneMatch(record::contains);
            assertThat(FIELDS).noneMatch(record::contains);
        }
        for (String service : List.of("vacancy", "talent")) {
            for (String row : SystemTraces.databaseRows(service)) {
                assertThat(row).doesNotContain(marker);
                assertThat(DECLARED).noneMatch(row::contains);
                assertThat(FIELDS).noneMatch(row::contains);
            }
            assertThat(SystemTraces.databaseColumns(service)).noneMatch(column -> column.contains("ethnic")
                    || column.contains("orientation") || column.contains("religion") || column.contains("birth"));
        }
        // The diversity database holds the declaration, and nothing of the refused values.
        assertThat(SystemTraces.databaseRows("diversity")).anyMatch(row -> row.startsWith("declaration: (" + person))
                .noneMatch(row -> row.contains(marker));
    }

    private static void declare(String hrToken, String person) throws InterruptedException {
        // The service learns its candidates from vacancy.events.v1: until the shortlist arrives, a 404.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status;
        do {
            status = given().auth().oauth2(hrToken).contentType(ContentType.JSON).body(declaration())
                    .put("/declarations/{p}", person).statusCode();
            if (status == 404) {
                Thread.sleep(250);
            }
        } while (status == 404 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(204);
    }

    private static Map<String, Object> declaration() {
        return Map.of("ethnicCategory", "K", "disability", "NO", "sex", "FEMALE", "genderReassignment", "NO",
                "sexualOrientation", "GAY_OR_LESBIAN", "religionOrBelief", "SIKHISM", "marriageAndCivilPartnership",
                "DIVORCED_OR_DISSOLVED", "pregnancyAndMaternity", "NO", "yearOfBirth", "1961");
    }

    private static io.restassured.response.Response stageTable(String token, String stage, String quarter,
            String breakdown) {
        return given().auth().oauth2(token).accept(ContentType.JSON).queryParams(Map.of("stage", stage,
                "characteristic", "SEX", "period", quarter, "breakdown", breakdown))
                .get("/reports/diversity/representation");
    }

    private static Map<String, Object> figure(JsonPath table, String category) {
        List<Map<String, Object>> figures = table.getList("figures");
        return figures.stream().filter(f -> category.equals(f.get("category"))).findFirst().orElseThrow();
    }

    /** The financial quarter under way (April to March): the one the system records today's events in. */
    private static String currentQuarter() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        int startYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        int quarter = (today.getMonthValue() + 8) % 12 / 3 + 1;
        return String.format("%d-%02d-Q%d", startYear, (startYear + 1) % 100, quarter);
    }
}
