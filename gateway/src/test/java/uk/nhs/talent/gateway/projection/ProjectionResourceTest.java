package uk.nhs.talent.gateway.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.gateway.support.KnownAggregates;
import uk.nhs.talent.gateway.support.ServiceStandIn;
import uk.nhs.talent.gateway.support.ServiceStandIn.Answer;
import uk.nhs.talent.testsupport.OidcProviderResource;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * Projections from what the (stand-in) services answer, checked against figures worked by hand; a missing part
 * is named, a missing supply is a 503, bad requests are 400 problems, and only national analysts may project.
 */
@QuarkusTest
@QuarkusTestResource(OidcProviderResource.class)
@QuarkusTestResource(ServiceStandIn.class)
class ProjectionResourceTest {

    private static final String CELL = "cells.find { it.key.regionCode == 'Y62' && it.key.roleFamily == 'FINANCE' }";

    @BeforeEach
    void knownAggregates() {
        KnownAggregates.answer();
    }

    @Test
    void theFirstYearIsWhatTheRatesGiveByHand() {
        JsonPath answer = project(Map.of("years", 2)).then().statusCode(200).extract().jsonPath();
        // Read for this projection (the tests keep no history): when the figures were taken.
        assertThat(answer.getString("historyReadAt")).isNotNull().isEqualTo(answer.getString("takenAt"));

        // Y62 FINANCE starts with 2 at 3+ years, 5 at 1–2 years, 3 ready now (KnownAggregates). From 100 person-years
        // each: hazards 3+ → 1–2 0.2, 1–2 → ready 0.4, ready → appointed 0.5, exit 0.1; as yearly competing risks
        // (RateEstimator) 3+ leaves with 1 − e^−0.3 = 0.259182 (develops 0.172788), 1–2 with 1 − e^−0.5 = 0.393469
        // (develops 0.314775), ready now with 1 − e^−0.6 = 0.451188; 30 entrants in 3 years = 10 a year.
        // Year 1: 3+ = 2 × 0.740818 + 10 = 11.481636; 1–2 = 5 × 0.606531 + 2 × 0.172788 = 3.378229;
        // ready = 3 × 0.548812 + 5 × 0.314775 = 3.220312.
        Map<String, Object> year1 = answer.getMap(CELL + ".years[1].baseline.stock");
        assertThat((Float) year1.get("threePlusYears")).isCloseTo(11.481636f, within(1e-4f));
        assertThat((Float) year1.get("oneToTwoYears")).isCloseTo(3.378229f, within(1e-4f));
        assertThat((Float) year1.get("readyNow")).isCloseTo(3.220312f, within(1e-4f));
        // Demand year 1 = 2 open + 2 leaving + 0.15 × 8 = 5.2, ready now per vacancy 3.220312 ÷ 5.2; year 2 =
        // 0.15 × 10 = 1.5.
        assertThat(answer.getFloat(CELL + ".years[1].baseline.expectedVacancies")).isCloseTo(5.2f, within(1e-4f));
        assertThat(answer.getFloat(CELL + ".years[1].baseline.readyNowPerVacancy"))
                .isCloseTo(3.220312f / 5.2f, within(1e-4f));
        assertThat(answer.getFloat(CELL + ".years[2].baseline.expectedVacancies")).isCloseTo(1.5f, within(1e-4f));
        assertThat(answer.getString(CELL + ".rates.moves.DEVELOP_THREE_PLUS.source")).isEqualTo("ESTIMATED");
        // A rate is the four fields its schema names, nothing more.
        assertThat(answer.getMap(CELL + ".rates.moves.DEVELOP_THREE_PLUS")).containsOnlyKeys("value", "source",
                "exposure", "events");
        // Y56 NURSING has no history: its rates are the stated defaults, and say so.
        assertThat(answer.getString("cells.find { it.key.regionCode == 'Y56' }.rates.moves.EXIT_READY_NOW.source"))
                .isEqualTo("DEFAULT");
        // England is the sum of its cells.
        assertThat(answer.getFloat("england.years[1].baseline.stock.readyNow"))
                .isCloseTo(answer.getFloat("regions.find { it.area == 'Y62' }.years[1].baseline.stock.readyNow")
                        + answer.getFloat("regions.find { it.area == 'Y56' }.years[1].baseline.stock.readyNow"),
                        within(1e-3f));
        assertThat(answer.getList("sources.status")).containsOnly("COMPLETE");
    }

    @Test
    void theScenarioStandsBesideTheBaseline() {
        JsonPath answer = project(Map.of("years", 1, "scenario", Map.of("name", "half the attrition",
                "attritionFactor", 0.5))).then().statusCode(200).extract().jsonPath();

        // Year 1 at 3+ years with exit halved to 0.043197: 2 × (1 − 0.172788 − 0.043197) + 10 = 11.568030, beside the
        // baseline's 11.481636.
        assertThat(answer.getFloat(CELL + ".years[1].scenario.stock.threePlusYears"))
                .isCloseTo(11.568030f, within(1e-4f));
        assertThat(answer.getFloat(CELL + ".years[1].baseline.stock.threePlusYears"))
                .isCloseTo(11.481636f, within(1e-4f));
        assertThat(answer.getString("scenario.name")).isEqualTo("half the attrition");
    }

    @Test
    void theSameRequestGivesTheSameProjectionBandsIncluded() {
        Map<String, Object> request = Map.of("years", 5);
        JsonPath first = project(request).then().statusCode(200).extract().jsonPath();
        JsonPath second = project(request).then().statusCode(200).extract().jsonPath();

        assertThat(second.getList("england.years")).isEqualTo(first.getList("england.years"));
        assertThat(first.getFloat("england.years[5].baseline.readyNowBand.lower"))
                .isLessThanOrEqualTo(first.getFloat("england.years[5].baseline.readyNowBand.upper"));
    }

    @Test
    void withoutHistoryEveryRateIsItsDefaultAndThePartIsNamed() {
        ServiceStandIn.answer("/reports/talent/transitions", new Answer(503, "{}", null, Duration.ZERO));

        JsonPath answer = project(Map.of("years", 1)).then().statusCode(200).extract().jsonPath();

        assertThat(answer.getString("sources.find { it.part == 'transitions' }.status")).isEqualTo("MISSING");
        assertThat(answer.getString("historyReadAt")).isNull();
        assertThat(answer.getString(CELL + ".rates.moves.DEVELOP_THREE_PLUS.source")).isEqualTo("DEFAULT");
    }

    @Test
    void withoutSupplyThereIsNothingToProject() {
        ServiceStandIn.answer("/reports/talent/supply", new Answer(503, "{}", null, Duration.ZERO));

        project(Map.of("years", 1)).then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void theCompositionStartsFromThePublishedRegionShares() {
        ServiceStandIn.answer("/reports/diversity/periods", Answer.json("[\"2026-27-Q2\"]", "diversity/0.1.0"));
        // In Y62: in the pool 60% WHITE, 25% ASIAN, BLACK suppressed (15% unknown); ready now 50% WHITE, 50% ASIAN.
        ServiceStandIn.answer(table("IN_POOL"), Answer.json("""
                {"stage":"IN_POOL","characteristic":"ETHNICITY","period":"2026-27-Q2","figures":[
                 {"region":"Y62","category":"WHITE","count":60,"countStatus":"ROUNDED","percentOfRow":60.0},
                 {"region":"Y62","category":"ASIAN","count":25,"countStatus":"ROUNDED","percentOfRow":25.0},
                 {"region":"Y62","category":"BLACK","count":null,"countStatus":"SUPPRESSED","percentOfRow":null},
                 {"region":"Y62","category":"TOTAL","count":100,"countStatus":"EXACT","percentOfRow":null}]}""",
                "diversity/0.1.0"));
        ServiceStandIn.answer(table("READY_NOW"), Answer.json("""
                {"stage":"READY_NOW","characteristic":"ETHNICITY","period":"2026-27-Q2","figures":[
                 {"region":"Y62","category":"WHITE","count":10,"countStatus":"ROUNDED","percentOfRow":50.0},
                 {"region":"Y62","category":"ASIAN","count":10,"countStatus":"ROUNDED","percentOfRow":50.0},
                 {"region":"Y62","category":"TOTAL","count":20,"countStatus":"EXACT","percentOfRow":null}]}""",
                "diversity/0.1.0"));

        JsonPath answer = project(Map.of("years", 1, "characteristic", "ETHNICITY",
                "scenario", Map.of("name", "develop Asian staff faster",
                        "groupDevelopmentFactors", Map.of("ASIAN", 2.0)))).then().statusCode(200)
                .extract().jsonPath();

        Map<String, Float> pool = answer.getMap(CELL + ".years[0].baseline.composition.THREE_PLUS_YEARS");
        assertThat(pool.get("WHITE")).isCloseTo(0.60f, within(1e-4f));
        assertThat(pool.get("UNKNOWN")).isCloseTo(0.15f, within(1e-4f));
        assertThat(answer.getFloat(CELL + ".years[0].baseline.composition.READY_NOW.WHITE"))
                .isCloseTo(0.50f, within(1e-4f));
        float baseline = answer.getFloat(CELL + ".years[1].baseline.composition.READY_NOW.ASIAN");
        float scenario = answer.getFloat(CELL + ".years[1].scenario.composition.READY_NOW.ASIAN");
        assertThat(scenario).isGreaterThan(baseline);
        assertThat(answer.getString("diversityPeriod")).isEqualTo("2026-27-Q2");
    }

    @Test
    void badRequestsAreProblems() {
        for (Object body : List.of(Map.of("years", 0), Map.of("years", 31), Map.of("characteristic", "ethnicity"),
                Map.of("characteristic", "SHOE_SIZE"), Map.of("scenario", Map.of("name", "x", "attritionFactor", -1)),
                Map.of("scenario", Map.of("attritionFactor", 0.5)), Map.of("scenario", Map.of("name", "x",
                        "groupDevelopmentFactors", Map.of("asian", 2))), Map.of("unknown", 1), "[]", "{")) {
            analyst().contentType("application/json").body(body).post("/reports/pipeline/projections").then()
                    .statusCode(400).contentType("application/problem+json");
        }
        analyst().contentType("application/json").post("/reports/pipeline/projections").then().statusCode(400);
    }

    @Test
    void onlyNationalAnalystsMayProject() {
        ServiceStandIn.forget();
        for (String token : List.of(TestTokens.forumLead("Y62"), TestTokens.hrSystem("RW3"),
                TestTokens.platformAdmin())) {
            given().auth().oauth2(token).contentType("application/json").body(Map.of("years", 1))
                    .post("/reports/pipeline/projections").then().statusCode(403)
                    .body("type", equalTo("urn:uk:nhs:talent:problem:forbidden"));
        }
        assertThat(ServiceStandIn.received()).isEmpty();
    }

    @Test
    void aTableOtherThanTheOneAskedForIsAMissingPart() {
        ServiceStandIn.answer("/reports/diversity/periods", Answer.json("[\"2026-27-Q2\"]", "diversity/0.1.0"));
        ServiceStandIn.answer("/reports/diversity/representation", Answer.json("""
                {"stage":"SHORTLISTED","characteristic":"ETHNICITY","period":"2026-27-Q2","figures":[]}""",
                "diversity/0.1.0"));

        JsonPath answer = project(Map.of("years", 1, "characteristic", "ETHNICITY")).then().statusCode(200)
                .extract().jsonPath();

        assertThat(answer.getString("sources.find { it.part == 'composition' }.status")).isEqualTo("MISSING");
        assertThat(answer.getMap(CELL + ".years[0].baseline.composition.READY_NOW")).containsOnlyKeys("UNKNOWN");
    }

    private static String table(String stage) {
        return "/reports/diversity/representation?stage=" + stage
                + "&characteristic=ETHNICITY&period=2026-27-Q2&breakdown=REGION";
    }

    private static io.restassured.response.Response project(Object request) {
        return analyst().contentType("application/json").body(request).post("/reports/pipeline/projections");
    }

    private static RequestSpecification analyst() {
        return given().auth().oauth2(TestTokens.nationalAnalyst());
    }
}
