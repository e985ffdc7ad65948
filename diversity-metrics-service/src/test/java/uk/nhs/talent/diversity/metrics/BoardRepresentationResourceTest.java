package uk.nhs.talent.diversity.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.periods.FinancialQuarter;
import uk.nhs.talent.diversity.support.Baselines;
import uk.nhs.talent.diversity.support.PipelineEvents;
import uk.nhs.talent.diversity.support.Population;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * Representation beside the workforce baseline, and WRES indicator 9 over two published quarters, every figure
 * computed by hand below. Everyone is appointed in Y59 to a VSM finance post:
 * <ul>
 * <li>2016-17-Q1: on a board 21 White (A) and 11 Asian (H), and 10 more White not on a board. Board: 20 and 10 of
 * 32 published (62.5%, 31.3%); VSM appointments: 30 and 10 of 42 (71.4%, 23.8%).
 * <li>2016-17-Q2: on a board 16 White and 16 Asian, and 10 more Asian not on a board. Board: 15 and 15 of 32
 * (46.9% each); VSM: 15 and 25 of 42 (35.7%, 59.5%).
 * </ul>
 * (Each rounding leaves the suppressed zeros of the row at least 5 people wide, so no secondary suppression.)
 * The baseline: in every region and level 70 WHITE, 15 ASIAN, 10 BLACK, 3 MIXED, 2 OTHER, 0 NOT_DECLARED, except
 * Y59 with 50 WHITE and 35 ASIAN. Nationally 1880, 500, 280, 84, 56, 0 of 2800: 67.1%, 17.9%, 10.0%, 3.0%, 2.0%,
 * 0.0%; Y59 (400): 50.0%, 35.0%, 10.0%, 3.0%, 2.0%, 0.0%; VSM (700): 470, 125, 70, 21: 67.1%, 17.9%, 10.0%, 3.0%.
 */
@QuarkusTest
class BoardRepresentationResourceTest {

    private static final String Q1 = "2016-17-Q1";
    private static final String Q2 = "2016-17-Q2";
    private static boolean populated;

    @Inject
    QuarterPublication publication;

    @BeforeEach
    void populateAndUploadTheBaseline() {
        Baselines.replaceWith(Baselines.file(Baselines.rows(Characteristic.ETHNICITY, (region, level, category) -> {
            boolean y59 = "Y59".equals(region);
            switch (category) {
                case "WHITE":
                    return y59 ? 50 : 70;
                case "ASIAN":
                    return y59 ? 35 : 15;
                case "BLACK":
                    return 10;
                case "MIXED":
                    return 3;
                case "OTHER":
                    return 2;
                default:
                    return 0;
            }
        })));
        populate();
    }

    private synchronized void populate() {
        if (populated) {
            return;
        }
        appointed(Q1, "A", 21, true);
        appointed(Q1, "H", 11, true);
        appointed(Q1, "A", 10, false);
        appointed(Q2, "A", 16, true);
        appointed(Q2, "H", 16, true);
        appointed(Q2, "H", 10, false);
        assertThat(publication.publishDue()).contains(FinancialQuarter.parse(Q1), FinancialQuarter.parse(Q2));
        populated = true;
    }

    @Test
    void eachRowOfARepresentationTableIsBesideTheWorkforceOfItsRegionAndLevel() {
        JsonPath national = representation("NATIONAL").then().statusCode(200)
                .body("baselineAsAt", not(equalTo(null))).extract().jsonPath();
        List<Map<String, Object>> figures = national.getList("figures");
        assertBaseline(figure(figures, null, null, "WHITE"), "67.1", "EXACT");
        assertBaseline(figure(figures, null, null, "ASIAN"), "17.9", "EXACT");
        assertBaseline(figure(figures, null, null, "MIXED"), "3.0", "EXACT");
        assertBaseline(figure(figures, null, null, "NOT_DECLARED"), null, "SUPPRESSED");
        assertBaseline(figure(figures, null, null, "TOTAL"), null, null);
        // The published share beside it, unchanged: 20 of 32.
        assertThat(figure(figures, null, null, "WHITE")).containsEntry("percentOfRow", 62.5f);

        figures = representation("REGION").then().statusCode(200).extract().jsonPath().getList("figures");
        assertBaseline(figure(figures, "Y59", null, "WHITE"), "50.0", "EXACT");
        assertBaseline(figure(figures, "Y59", null, "MIXED"), "3.0", "EXACT");
        // Nobody NOT_DECLARED, suppressed; OTHER, the smallest other, with it (100 less the rest would give it away).
        assertBaseline(figure(figures, "Y59", null, "OTHER"), null, "SUPPRESSED");
        assertBaseline(figure(figures, "Y56", null, "WHITE"), "70.0", "EXACT");

        figures = representation("LEVEL").then().statusCode(200).extract().jsonPath().getList("figures");
        assertBaseline(figure(figures, null, "VSM", "WHITE"), "67.1", "EXACT");
        assertBaseline(figure(figures, null, "VSM", "ASIAN"), "17.9", "EXACT");
        assertBaseline(figure(figures, null, "VSM", "MIXED"), "3.0", "EXACT");

        // A region's level: 3 MIXED, 2 OTHER and the empty NOT_DECLARED are suppressed.
        figures = representation("REGION_BY_LEVEL").then().statusCode(200).extract().jsonPath().getList("figures");
        assertBaseline(figure(figures, "Y59", "VSM", "WHITE"), "50.0", "EXACT");
        assertBaseline(figure(figures, "Y59", "VSM", "ASIAN"), "35.0", "EXACT");
        assertBaseline(figure(figures, "Y59", "VSM", "MIXED"), null, "SUPPRESSED");
        assertBaseline(figure(figures, "Y59", "VSM", "OTHER"), null, "SUPPRESSED");
        assertBaseline(figure(figures, "Y59", "VSM", "NOT_DECLARED"), null, "SUPPRESSED");

        // No baseline for a role family, nor for a characteristic the baseline does not cover.
        representation("ROLE_FAMILY").then().statusCode(200).body("figures.baselineStatus", everyItem(equalTo(null)));
        as(TestTokens.nationalAnalyst()).queryParams(Map.of("stage", "ON_BOARD", "characteristic", "SEX", "period",
                Q1)).get("/reports/diversity/representation").then().statusCode(200)
                .body("baselineAsAt", equalTo(null)).body("figures.baselinePercent", everyItem(equalTo(null)));
    }

    @Test
    void theCsvOfARepresentationTableCarriesTheBaselineColumns() {
        List<String> lines = as(TestTokens.nationalAnalyst()).accept("text/csv")
                .queryParams(Map.of("stage", "ON_BOARD", "characteristic", "ETHNICITY", "period", Q1,
                        "breakdown", "NATIONAL"))
                .get("/reports/diversity/representation").then().statusCode(200).extract().asString().lines().toList();
        assertThat(lines.get(0)).endsWith(",percentOfRow,percentStatus,baselinePercent,baselineStatus");
        assertThat(lines).contains("ON_BOARD,ETHNICITY,2016-17-Q1,NATIONAL,,,,WHITE,20,ROUNDED,62.5,ROUNDED,67.1,EXACT");
    }

    @Test
    void theBoardTrendNationallyIsComputedFromThePublishedFigures() {
        JsonPath trend = board("NATIONAL", TestTokens.nationalAnalyst()).then().statusCode(200)
                .body("characteristic", equalTo("ETHNICITY"))
                .body("baselineAsAt", not(equalTo(null)))
                .extract().jsonPath();
        List<String> periods = trend.getList("periods", String.class);
        assertThat(periods).isSorted().contains(Q1, Q2);
        List<Map<String, Object>> figures = trend.getList("figures");
        assertThat(figures).allSatisfy(f -> assertThat(f).containsEntry("region", null));

        assertTrend(figure(figures, Q1, null, "WHITE"), "62.5", "71.4", "67.1", "-4.6");
        assertTrend(figure(figures, Q1, null, "ASIAN"), "31.3", "23.8", "17.9", "13.4");
        assertTrend(figure(figures, Q2, null, "WHITE"), "46.9", "35.7", "67.1", "-20.2");
        assertTrend(figure(figures, Q2, null, "ASIAN"), "46.9", "59.5", "17.9", "29.0");
        // Nobody BLACK on a board: that zero is suppressed, so is the difference; the workforce share is not.
        Map<String, Object> black = figure(figures, Q1, null, "BLACK");
        assertThat(black).containsEntry("boardPercent", null).containsEntry("boardStatus", "SUPPRESSED")
                .containsEntry("vsmStatus", "SUPPRESSED").containsEntry("workforcePercent", 10.0f)
                .containsEntry("workforceStatus", "EXACT").containsEntry("boardMinusWorkforce", null)
                .containsEntry("differenceStatus", "SUPPRESSED");
        // Oldest first.
        assertThat(figures.indexOf(figure(figures, Q1, null, "WHITE")))
                .isLessThan(figures.indexOf(figure(figures, Q2, null, "WHITE")));
    }

    @Test
    void theBoardTrendByRegionComparesEachRegionWithItsOwnWorkforce() {
        List<Map<String, Object>> figures = board("REGION", TestTokens.nationalAnalyst()).then().statusCode(200)
                .extract().jsonPath().getList("figures");
        assertTrend(figure(figures, Q1, "Y59", "WHITE"), "62.5", "71.4", "50.0", "12.5");
        assertTrend(figure(figures, Q1, "Y59", "ASIAN"), "31.3", "23.8", "35.0", "-3.7");
        assertTrend(figure(figures, Q2, "Y59", "WHITE"), "46.9", "35.7", "50.0", "-3.1");
        assertTrend(figure(figures, Q2, "Y59", "ASIAN"), "46.9", "59.5", "35.0", "11.9");
        // Nobody on a board in Y56: no share, and the workforce's beside it.
        assertThat(figure(figures, Q1, "Y56", "WHITE")).containsEntry("boardStatus", "SUPPRESSED")
                .containsEntry("workforcePercent", 70.0f).containsEntry("differenceStatus", "SUPPRESSED");
    }

    @Test
    void aForumLeadSeesTheirOwnRegionsTrendOnly() {
        board("REGION", TestTokens.forumLead("Y59")).then().statusCode(200)
                .body("figures.region", everyItem(equalTo("Y59")))
                .body("figures.region", hasItem("Y59"));
        List<Map<String, Object>> other = board("REGION", TestTokens.forumLead("Y56")).then().statusCode(200)
                .body("figures.region", everyItem(equalTo("Y56"))).extract().jsonPath().getList("figures");
        assertThat(figure(other, Q1, "Y56", "WHITE")).containsEntry("boardPercent", null);
        board("NATIONAL", TestTokens.forumLead("Y59")).then().statusCode(403).contentType("application/problem+json");
        for (String token : List.of(TestTokens.platformAdmin(), TestTokens.forumMember("Y59"),
                TestTokens.hrSystem(Population.ORG))) {
            board("REGION", token).then().statusCode(403).contentType("application/problem+json");
        }
        given().queryParams(Map.of("characteristic", "ETHNICITY")).get("/reports/diversity/board-representation")
                .then().statusCode(401);
        for (Map<String, String> bad : List.of(Map.of("breakdown", "NATIONAL"),
                Map.of("characteristic", "ETHNICITY", "breakdown", "LEVEL"),
                Map.of("characteristic", "EYE_COLOUR"))) {
            as(TestTokens.nationalAnalyst()).queryParams(bad).get("/reports/diversity/board-representation").then()
                    .statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void theTrendAsCsvHasOneHeaderRowAndTheSameFigures() {
        List<Map<String, Object>> json = board("REGION", TestTokens.forumLead("Y59")).then().statusCode(200)
                .extract().jsonPath().getList("figures");
        List<String> lines = as(TestTokens.forumLead("Y59")).accept("text/csv")
                .queryParams(Map.of("characteristic", "ETHNICITY", "breakdown", "REGION"))
                .get("/reports/diversity/board-representation").then().statusCode(200).contentType("text/csv")
                .extract().asString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("characteristic,period,breakdown,region,category,boardPercent,boardStatus,"
                + "vsmPercent,vsmStatus,workforcePercent,workforceStatus,boardMinusWorkforce,differenceStatus");
        assertThat(lines).hasSize(json.size() + 1)
                .contains("ETHNICITY,2016-17-Q1,REGION,Y59,WHITE,62.5,ROUNDED,71.4,ROUNDED,50.0,EXACT,12.5,ROUNDED");
    }

    @Test
    void aLateAppointmentInAPublishedQuarterMovesNothing() {
        List<Map<String, Object>> before = ofQuarter(Q1);
        appointed(Q1, "H", 1, true);
        publication.publishDue();
        assertThat(ofQuarter(Q1)).isEqualTo(before);
    }

    /** The national trend's figures of one quarter (other tests may publish other quarters meanwhile). */
    private static List<Map<String, Object>> ofQuarter(String quarter) {
        List<Map<String, Object>> figures = board("NATIONAL", TestTokens.nationalAnalyst()).then().statusCode(200)
                .extract().jsonPath().getList("figures");
        return figures.stream().filter(f -> quarter.equals(f.get("period"))).toList();
    }

    /** Appoints {@code count} people of the ethnic category in Y59, each to a VSM post of their own. */
    private static void appointed(String quarter, String ethnicCategory, int count, boolean boardPost) {
        OffsetDateTime time = FinancialQuarter.parse(quarter).firstDay().plusDays(20).atTime(10, 0)
                .atOffset(ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            String person = "p-" + UUID.randomUUID().toString().substring(0, 12);
            PipelineEvents.appoint(UUID.randomUUID(), Population.ORG, "Y59", boardPost, person, time);
            Population.declare(person, ethnicCategory);
        }
    }

    private static void assertTrend(Map<String, Object> figure, String board, String vsm, String workforce,
            String difference) {
        assertThat(figure).containsEntry("boardStatus", "ROUNDED").containsEntry("vsmStatus", "ROUNDED")
                .containsEntry("workforceStatus", "EXACT").containsEntry("differenceStatus", "ROUNDED");
        assertThat(List.of(String.valueOf(figure.get("boardPercent")), String.valueOf(figure.get("vsmPercent")),
                String.valueOf(figure.get("workforcePercent")), String.valueOf(figure.get("boardMinusWorkforce"))))
                .as(figure.toString()).containsExactly(board, vsm, workforce, difference);
    }

    private static void assertBaseline(Map<String, Object> figure, String percent, String status) {
        assertThat(figure.get("baselinePercent") == null ? null : String.valueOf(figure.get("baselinePercent")))
                .as(figure.toString()).isEqualTo(percent);
        assertThat(figure.get("baselineStatus")).as(figure.toString()).isEqualTo(status);
    }

    /** A representation figure by region, level and category; or a trend figure by period, region and category. */
    private static Map<String, Object> figure(List<Map<String, Object>> figures, String first, String second,
            String category) {
        return figures.stream().filter(f -> category.equals(f.get("category")))
                .filter(f -> f.containsKey("period") && f.containsKey("boardStatus")
                        ? first.equals(f.get("period")) && java.util.Objects.equals(second, f.get("region"))
                        : java.util.Objects.equals(first, f.get("region"))
                                && java.util.Objects.equals(second, f.get("level")))
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + first + " " + second + " "
                        + category));
    }

    private static io.restassured.response.Response representation(String breakdown) {
        return as(TestTokens.nationalAnalyst()).queryParams(Map.of("stage", "ON_BOARD", "characteristic",
                "ETHNICITY", "period", Q1, "breakdown", breakdown)).get("/reports/diversity/representation");
    }

    private static io.restassured.response.Response board(String breakdown, String token) {
        return as(token).queryParams(Map.of("characteristic", "ETHNICITY", "breakdown", breakdown))
                .get("/reports/diversity/board-representation");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept("application/json");
    }
}
