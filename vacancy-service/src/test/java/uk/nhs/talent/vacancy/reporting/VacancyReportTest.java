package uk.nhs.talent.vacancy.reporting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static uk.nhs.talent.vacancy.support.VacancyApi.as;
import static uk.nhs.talent.vacancy.support.VacancyApi.asHr;
import static uk.nhs.talent.vacancy.support.VacancyApi.fill;
import static uk.nhs.talent.vacancy.support.VacancyApi.newVacancy;
import static uk.nhs.talent.vacancy.support.VacancyApi.open;
import static uk.nhs.talent.vacancy.support.VacancyApi.transition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * National aggregates, checked on figures worked out by hand. Uses the South West (Y58, organisation RH8), where
 * no other test opens vacancies; the appointments by route also use governance posts of REM (North West, Y62) and
 * RR8 (North East and Yorkshire, Y63) filled in February and March 2025, a period no other test fills anything in.
 */
@QuarkusTest
class VacancyReportTest {

    private static final String ORG = "RH8";
    private static final String REGION = "Y58";

    private static boolean seeded;

    /** Once per class, but in @BeforeEach: only then is the application's (random) port known. */
    @BeforeEach
    void fourFilledOneOpenOneWithdrawn() {
        if (seeded) {
            return;
        }
        seeded = true;
        int[] daysToFill = { 10, 20, 30, 40 };
        for (int i = 0; i < daysToFill.length; i++) {
            Map<String, Object> body = newVacancy(ORG);
            body.put("recruitmentRoute", i == 0 ? "EXECUTIVE_SEARCH_AGENCY" : "OPEN_ADVERT");
            fill(ORG, open(ORG, body), "RH8:cand-" + i, daysToFill[i]);
        }
        Map<String, Object> nursing = newVacancy(ORG);
        nursing.put("roleFamily", "NURSING");
        open(ORG, nursing);
        String withdrawn = open(ORG);
        asHr(ORG).body(Map.of("reason", "POST_DELETED", "withdrawnOn", "2026-09-03"))
                .post("/vacancies/{id}/withdrawal", withdrawn).then().statusCode(200);

        // The appointments period is 2025-02-01 to 2025-03-31, both days included.
        fillOn("REM", "INTERNAL_PIPELINE", "2025-02-01"); // the period's first day: counted
        fillOn("REM", "INTERNAL_PIPELINE", "2025-03-31"); // its last day: counted
        fillOn("REM", "INTERIM_AGENCY", "2025-03-10");
        fillOn("REM", "OPEN_ADVERT", "2025-04-01"); // the day after: not counted
        fillOn("RR8", "EXECUTIVE_SEARCH_AGENCY", "2025-02-15");
        fillOn("RR8", "OPEN_ADVERT", "2025-03-01");
        fillOn("RR8", "INTERNAL_PIPELINE", "2025-01-31"); // the day before: not counted
        Map<String, Object> stillOpen = governancePost("RR8", "INTERIM_AGENCY", LocalDate.of(2025, 2, 3));
        open("RR8", stillOpen); // never filled: not an appointment
    }

    private static Map<String, Object> governancePost(String orgCode, String route, LocalDate openedOn) {
        Map<String, Object> body = newVacancy(orgCode);
        body.put("roleFamily", "GOVERNANCE");
        body.put("title", "Director of Corporate Affairs");
        body.put("recruitmentRoute", route);
        body.put("openedOn", openedOn.toString());
        body.put("closingOn", openedOn.plusDays(28).toString());
        return body;
    }

    /** A governance post of {@code orgCode} through {@code route}, opened 40 days before it is filled. */
    private static void fillOn(String orgCode, String route, String filledOn) {
        LocalDate filled = LocalDate.parse(filledOn);
        LocalDate opened = filled.minusDays(40);
        String id = open(orgCode, governancePost(orgCode, route, opened));
        transition(orgCode, id, "applications-closed",
                Map.of("applicantCount", 8, "closedOn", opened.plusDays(29).toString())).then().statusCode(200);
        transition(orgCode, id, "shortlist", Map.of("shortlist", List.of(orgCode + ":cand-g1", orgCode + ":cand-g2"),
                "shortlistedOn", opened.plusDays(30).toString())).then().statusCode(200);
        transition(orgCode, id, "offer", Map.of("offeredOn", opened.plusDays(35).toString())).then().statusCode(200);
        transition(orgCode, id, "appointment", Map.of("appointee", orgCode + ":cand-g1", "filledOn", filledOn))
                .then().statusCode(200);
    }

    private static RequestSpecification analyst() {
        return as(TestTokens.nationalAnalyst());
    }

    @Test
    void openVacanciesByRegionRoleFamilyAndLevel() {
        analyst().get("/reports/vacancies/open?region=" + REGION).then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].roleFamily", equalTo("NURSING"))
                .body("[0].level", equalTo("VSM"))
                .body("[0].openVacancies", equalTo(1));
    }

    @Test
    void timeToFillMedianAndP90() {
        // 10, 20, 30, 40 days: median 25, p90 by linear interpolation 37. England (the region's total) comes first.
        analyst().get("/reports/vacancies/time-to-fill?region=" + REGION).then()
                .statusCode(200)
                .body("regionCode", contains(null, REGION))
                .body("find { it.regionCode == 'Y58' }.filledVacancies", equalTo(4))
                .body("find { it.regionCode == 'Y58' }.medianDays", equalTo(25.0f))
                .body("find { it.regionCode == 'Y58' }.p90Days", equalTo(37.0f));
    }

    @Test
    void qualifiedCandidatesPerVacancy() {
        analyst().get("/reports/vacancies/candidates?region=" + REGION).then()
                .statusCode(200)
                .body("[0].vacancies", equalTo(4))
                .body("[0].meanApplicants", equalTo(12.0f))
                .body("[0].meanShortlisted", equalTo(3.0f))
                // 4 vacancies × 3 shortlisted each: the total behind the mean, for exact weighting over regions.
                .body("[0].shortlisted", equalTo(12));
    }

    @Test
    void appointmentsByRouteInTheRegionAndItsTotal() {
        // Y58: 4 filled, the first through an executive search agency, the other three through an open advert. With
        // a region filter the England row (regionCode null) is that region's total.
        String rows = "/reports/vacancies/appointments?region=" + REGION;
        analyst().get(rows).then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].regionCode", equalTo(null))
                .body("[1].regionCode", equalTo(REGION));
        for (int i = 0; i < 2; i++) {
            analyst().get(rows).then()
                    .body("[" + i + "].appointments", equalTo(4))
                    .body("[" + i + "].internalPipeline", equalTo(0))
                    .body("[" + i + "].openAdvert", equalTo(3))
                    .body("[" + i + "].executiveSearchAgency", equalTo(1))
                    .body("[" + i + "].interimAgency", equalTo(0));
        }
    }

    @Test
    void appointmentsOfAPeriodPerRegionAndForEngland() {
        // Filled 2025-02-01..2025-03-31 (both included): REM (Y62) internal ×2 (on the first and the last day) and
        // interim ×1; RR8 (Y63) executive search ×1 and open advert ×1. Left out: REM's open advert of 04-01,
        // RR8's internal of 01-31 (a day outside each end) and RR8's interim post that is still open.
        // England = 3 + 2 = 5: internal 2, open advert 1, executive search 1, interim 1.
        analyst().get("/reports/vacancies/appointments?from=2025-02-01&to=2025-03-31").then()
                .statusCode(200)
                .body("regionCode", contains(null, "Y62", "Y63"))
                .body("appointments", contains(5, 3, 2))
                .body("internalPipeline", contains(2, 2, 0))
                .body("openAdvert", contains(1, 0, 1))
                .body("executiveSearchAgency", contains(1, 0, 1))
                .body("interimAgency", contains(1, 1, 0));
    }

    @Test
    void theAppointmentsPeriodFiltersTheDateFilled() {
        // One day, 2025-03-31: REM's second internal appointment only (its vacancy opened 2025-02-19).
        analyst().get("/reports/vacancies/appointments?from=2025-03-31&to=2025-03-31").then()
                .statusCode(200)
                .body("regionCode", contains(null, "Y62"))
                .body("appointments", contains(1, 1))
                .body("internalPipeline", contains(1, 1));
        // A period with no appointment: England alone, all zero.
        analyst().get("/reports/vacancies/appointments?from=2025-01-01&to=2025-01-30").then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].regionCode", equalTo(null))
                .body("[0].appointments", equalTo(0));
    }

    @Test
    void shareByRecruitmentRoute() {
        analyst().get("/reports/vacancies/routes?region=" + REGION).then()
                .statusCode(200)
                .body("find { it.recruitmentRoute == 'EXECUTIVE_SEARCH_AGENCY' }.vacancies", equalTo(1))
                .body("find { it.recruitmentRoute == 'OPEN_ADVERT' }.vacancies", equalTo(5))
                .body("find { it.recruitmentRoute == 'OPEN_ADVERT' }.filled", equalTo(3))
                .body("find { it.recruitmentRoute == 'OPEN_ADVERT' }.share", equalTo(0.83f));
    }

    @Test
    void noAggregateCarriesAPersonReference() {
        for (String report : new String[] { "open", "time-to-fill", "candidates", "routes", "appointments" }) {
            analyst().get("/reports/vacancies/" + report).then().statusCode(200)
                    .body(not(containsString("cand-")));
        }
    }

    @Test
    void reportsNeedAToken() {
        io.restassured.RestAssured.given().get("/reports/vacancies/open").then().statusCode(401);
        io.restassured.RestAssured.given().get("/reports/vacancies/appointments").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void onlyNationalAnalystsReadReports() {
        asHr(ORG).get("/reports/vacancies/open").then().statusCode(403);
        as(TestTokens.forumLead(REGION)).get("/reports/vacancies/open").then().statusCode(403);
        asHr(ORG).get("/reports/vacancies/appointments").then().statusCode(403)
                .contentType("application/problem+json");
        as(TestTokens.forumLead(REGION)).get("/reports/vacancies/appointments").then().statusCode(403);
    }

    @Test
    void badFiltersAreProblems() {
        analyst().get("/reports/vacancies/open?region=Y99").then().statusCode(400)
                .body("violations.field", hasItem("region"));
        analyst().get("/reports/vacancies/routes?from=2026-10-01&to=2026-09-01").then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
    }

    @Test
    void badAppointmentPeriodsAreProblems() {
        analyst().get("/reports/vacancies/appointments?from=2025-03-31&to=2025-02-01").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("to"));
        analyst().get("/reports/vacancies/appointments?from=2025-02-30").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("from"));
        analyst().get("/reports/vacancies/appointments?region=Y99").then().statusCode(400)
                .body("violations.field", hasItem("region"));
    }
}
