package uk.nhs.talent.vacancy.reporting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static uk.nhs.talent.vacancy.support.VacancyApi.as;
import static uk.nhs.talent.vacancy.support.VacancyApi.asHr;
import static uk.nhs.talent.vacancy.support.VacancyApi.fill;
import static uk.nhs.talent.vacancy.support.VacancyApi.newVacancy;
import static uk.nhs.talent.vacancy.support.VacancyApi.open;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * National aggregates, checked on figures worked out by hand. Uses the South West (Y58, organisation RH8), where
 * no other test opens vacancies.
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
        // 10, 20, 30, 40 days: median 25, p90 by linear interpolation 37.
        analyst().get("/reports/vacancies/time-to-fill?region=" + REGION).then()
                .statusCode(200)
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
                .body("[0].meanShortlisted", equalTo(3.0f));
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
        for (String report : new String[] { "open", "time-to-fill", "candidates", "routes" }) {
            analyst().get("/reports/vacancies/" + report).then().statusCode(200)
                    .body(not(containsString("cand-")));
        }
    }

    @Test
    void reportsNeedAToken() {
        io.restassured.RestAssured.given().get("/reports/vacancies/open").then().statusCode(401);
    }

    @Test
    void onlyNationalAnalystsReadReports() {
        asHr(ORG).get("/reports/vacancies/open").then().statusCode(403);
        as(TestTokens.forumLead(REGION)).get("/reports/vacancies/open").then().statusCode(403);
    }

    @Test
    void badFiltersAreProblems() {
        analyst().get("/reports/vacancies/open?region=Y99").then().statusCode(400)
                .body("violations.field", hasItem("region"));
        analyst().get("/reports/vacancies/routes?from=2026-10-01&to=2026-09-01").then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
    }
}
