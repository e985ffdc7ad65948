package uk.nhs.talent.diversity.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.diversity.disclosure.DisclosureRules;
import uk.nhs.talent.diversity.periods.FinancialQuarter;
import uk.nhs.talent.diversity.support.PipelineEvents;
import uk.nhs.talent.diversity.support.Population;
import uk.nhs.talent.events.talent.PersonErased;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * Representation tables over synthetic shortlists, each test in a closed quarter of its own: the figures are the
 * rounded true counts, small ones suppressed, a forum lead sees their region only, and a published quarter does
 * not move when one more person is counted into it afterwards.
 */
@QuarkusTest
class RepresentationResourceTest {

    private static final DisclosureRules RULES = DisclosureRules.nhsDefaults();

    @Inject
    QuarterPublication publication;

    @Test
    void anAnalystSeesTheNationalTableRoundedWithASmallCountSuppressed() {
        OffsetDateTime time = in("2019-20-Q1");
        Population.shortlisted("Y62", time, "A", 21);
        Population.shortlisted("Y62", time, "H", 11);
        Population.shortlisted("Y61", time, "M", 3);
        Population.shortlisted("Y61", time, "A", 12);
        assertThat(publication.publishDue()).contains(FinancialQuarter.parse("2019-20-Q1"));

        JsonPath table = representation(TestTokens.nationalAnalyst(), "2019-20-Q1", "NATIONAL")
                .then().statusCode(200)
                .body("period", equalTo("2019-20-Q1"))
                .body("disclosure.suppressUpTo", equalTo(7))
                .body("figures.breakdown", everyItem(equalTo("NATIONAL")))
                .extract().jsonPath();
        Map<String, Long> trueCounts = Map.of("WHITE", 33L, "ASIAN", 11L, "BLACK", 3L, "MIXED", 0L, "OTHER", 0L,
                "NOT_DECLARED", 0L, "TOTAL", 47L);
        List<Map<String, Object>> figures = table.getList("figures");
        assertThat(figures).hasSize(trueCounts.size());
        for (Map<String, Object> figure : figures) {
            long trueCount = trueCounts.get((String) figure.get("category"));
            if ("TOTAL".equals(figure.get("category"))) {
                continue;
            }
            if (trueCount <= RULES.suppressUpTo()) {
                assertThat(figure).containsEntry("countStatus", "SUPPRESSED").containsEntry("count", null);
            } else if (!"SUPPRESSED".equals(figure.get("countStatus"))) {
                assertThat(figure).containsEntry("countStatus", "ROUNDED");
                assertThat(((Number) figure.get("count")).longValue()).isEqualTo(RULES.rounded(trueCount));
            }
        }
        // The total is exact (the vacancy figures say how many were shortlisted); the share is of published values.
        assertThat(figure(figures, "TOTAL")).containsEntry("count", 47).containsEntry("countStatus", "EXACT")
                .containsEntry("percentStatus", null);
        assertThat(figure(figures, "WHITE")).containsEntry("count", 35).containsEntry("percentOfRow", 74.5f);
    }

    @Test
    void aForumLeadSeesTheirOwnRegionsRowsOfARegionTableOnly() {
        OffsetDateTime time = in("2019-20-Q2");
        Population.shortlisted("Y62", time, "A", 9);
        Population.shortlisted("Y61", time, "A", 9);
        publication.publishDue();

        representation(TestTokens.forumLead("Y62"), "2019-20-Q2", "REGION").then().statusCode(200)
                .body("figures.region", hasItem("Y62"))
                .body("figures.region", everyItem(equalTo("Y62")))
                .body("figures.category", hasItem("TOTAL"));
        representation(TestTokens.forumLead("Y62"), "2019-20-Q2", "REGION_BY_LEVEL").then().statusCode(200)
                .body("figures.region", hasItem("Y62"))
                .body("figures.region", everyItem(equalTo("Y62")));
        for (String breakdown : List.of("NATIONAL", "LEVEL", "ROLE_FAMILY")) {
            representation(TestTokens.forumLead("Y62"), "2019-20-Q2", breakdown).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        JsonPath analysts = representation(TestTokens.nationalAnalyst(), "2019-20-Q2", "REGION").then()
                .statusCode(200).extract().jsonPath();
        assertThat(analysts.getList("figures.region", String.class)).contains("Y61", "Y62", "Y56");
    }

    @Test
    void otherRolesAndNoTokenAreRefused() {
        for (String token : List.of(TestTokens.hrSystem(Population.ORG), TestTokens.forumMember("Y62"),
                TestTokens.platformAdmin())) {
            representation(token, "2019-20-Q2", "REGION").then().statusCode(403)
                    .contentType("application/problem+json");
            as(token).get("/reports/diversity/periods").then().statusCode(403);
        }
        // A forum lead whose token names no region has no rows to see.
        representation(TestTokens.subject("lead-without-region").roles("forum-lead").sign(), "2019-20-Q2", "REGION")
                .then().statusCode(403).contentType("application/problem+json");
        given().queryParams(query("2019-20-Q2", "REGION")).get("/reports/diversity/representation").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theCsvHasOneHeaderRowAndTheSameFigures() {
        OffsetDateTime time = in("2019-20-Q3");
        Population.shortlisted("Y58", time, "A", 14);
        publication.publishDue();
        List<Map<String, Object>> json = representation(TestTokens.nationalAnalyst(), "2019-20-Q3", "REGION").then()
                .statusCode(200).extract().jsonPath().getList("figures");

        String csv = as(TestTokens.nationalAnalyst()).accept("text/csv").queryParams(query("2019-20-Q3", "REGION"))
                .get("/reports/diversity/representation").then().statusCode(200).contentType("text/csv")
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("stage,characteristic,period,breakdown,region,level,roleFamily,category,"
                + "count,countStatus,percentOfRow,percentStatus,baselinePercent,baselineStatus");
        assertThat(lines).hasSize(json.size() + 1);
        Map<String, Object> first = json.get(0);
        assertThat(lines.get(1)).isEqualTo(String.join(",", "SHORTLISTED", "ETHNICITY", "2019-20-Q3", "REGION",
                (String) first.get("region"), "", "", (String) first.get("category"),
                Objects.toString(first.get("count"), ""), (String) first.get("countStatus"),
                Objects.toString(first.get("percentOfRow"), ""), (String) first.get("percentStatus"),
                Objects.toString(first.get("baselinePercent"), ""), Objects.toString(first.get("baselineStatus"), "")));
    }

    @Test
    void anOpenQuarterIsNotPublished() {
        String open = FinancialQuarter.containing(LocalDate.now(ZoneOffset.UTC)).toString();
        representation(TestTokens.nationalAnalyst(), open, "NATIONAL").then().statusCode(404)
                .contentType("application/problem+json");
        JsonPath periods = as(TestTokens.nationalAnalyst()).get("/reports/diversity/periods").then().statusCode(200)
                // An aggregate report names the service and version that computed it, for the gateway's reports.
                .header("X-Service-Version", startsWith("diversity-metrics-service/"))
                .extract().jsonPath();
        assertThat(periods.getList("", String.class)).doesNotContain(open);
    }

    @Test
    void aTableThatIsNotPredefinedIsAProblem() {
        for (Map<String, String> bad : List.of(Map.of("stage", "SHORTLISTED", "characteristic", "ETHNICITY"),
                Map.of("stage", "NOPE", "characteristic", "ETHNICITY", "period", "2019-20-Q1"),
                Map.of("stage", "SHORTLISTED", "characteristic", "EYE_COLOUR", "period", "2019-20-Q1"),
                Map.of("stage", "SHORTLISTED", "characteristic", "ETHNICITY", "period", "2019-21-Q1"),
                Map.of("stage", "SHORTLISTED", "characteristic", "ETHNICITY", "period", "2019-20-Q1",
                        "breakdown", "PERSON"))) {
            as(TestTokens.nationalAnalyst()).queryParams(bad).get("/reports/diversity/representation").then()
                    .statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void aPublishedQuarterDoesNotMoveWhenOnePersonIsCountedIntoItAfterwards() {
        OffsetDateTime time = in("2019-20-Q4");
        Population.shortlisted("Y63", time, "A", 12);
        Population.shortlisted("Y63", time, "M", 8);
        publication.publishDue();
        String before = representation(TestTokens.nationalAnalyst(), "2019-20-Q4", "REGION").then().statusCode(200)
                .extract().asString();
        String otherTableBefore = as(TestTokens.nationalAnalyst()).queryParams(Map.of("stage", "SHORTLISTED",
                "characteristic", "SEX", "period", "2019-20-Q4")).get("/reports/diversity/representation").then()
                .statusCode(200).extract().asString();

        // A late record of one more WHITE candidate (12 → 13 would move the rounded WHITE from 10 to 15, the
        // change differencing exploits), published again: nothing moves, in this table or in any other.
        Population.shortlisted("Y63", time, "A", 1);
        assertThat(publication.publishDue()).doesNotContain(FinancialQuarter.parse("2019-20-Q4"));
        String after = representation(TestTokens.nationalAnalyst(), "2019-20-Q4", "REGION").then().statusCode(200)
                .extract().asString();
        assertThat(after).isEqualTo(before);
        assertThat(as(TestTokens.nationalAnalyst()).queryParams(Map.of("stage", "SHORTLISTED", "characteristic",
                "SEX", "period", "2019-20-Q4")).get("/reports/diversity/representation").then().statusCode(200)
                .extract().asString()).isEqualTo(otherTableBefore);
    }

    @Test
    void someoneErasedBeforePublicationIsNotCountedAndAPublishedQuarterStaysAsItWas() {
        OffsetDateTime time = in("2018-19-Q1");
        List<String> white = Population.shortlisted("Y60", time, "A", 13);
        // A second category: a row whose people all share one would be suppressed whole.
        Population.shortlisted("Y60", time, "H", 10);
        PipelineEvents.publishAndAwait(new PersonErased(white.get(0), LocalDate.now()), OffsetDateTime.now());
        publication.publishDue();

        String published = representation(TestTokens.nationalAnalyst(), "2018-19-Q1", "NATIONAL").then()
                .statusCode(200).extract().asString();
        List<Map<String, Object>> figures = io.restassured.path.json.JsonPath.from(published).getList("figures");
        assertThat(figure(figures, "WHITE")).containsEntry("count", 10); // 12, not 13
        assertThat(figure(figures, "TOTAL")).containsEntry("count", 22);

        // Erased after publication: the person is gone from the read model, the anonymous figures stay (a
        // recomputed table would show which category lost one).
        PipelineEvents.publishAndAwait(new PersonErased(white.get(1), LocalDate.now()), OffsetDateTime.now());
        assertThat(PipelineEvents.ReadModel.entries(white.get(1), "SHORTLISTED")).isZero();
        assertThat(representation(TestTokens.nationalAnalyst(), "2018-19-Q1", "NATIONAL").then().statusCode(200)
                .extract().asString()).isEqualTo(published);
    }

    @Test
    void aClosedQuarterIsNotShownBeforeItIsPublished() {
        Population.shortlisted("Y56", in("2018-19-Q2"), "A", 9);
        representation(TestTokens.nationalAnalyst(), "2018-19-Q2", "NATIONAL").then().statusCode(404)
                .contentType("application/problem+json");
        publication.publishDue();
        representation(TestTokens.nationalAnalyst(), "2018-19-Q2", "NATIONAL").then().statusCode(200);
        assertThat(as(TestTokens.nationalAnalyst()).get("/reports/diversity/periods").then().statusCode(200)
                .extract().jsonPath().getList("", String.class)).contains("2018-19-Q2");
    }

    @Test
    void aPlatformAdminPublishesWhatIsDueNowAndOnlyOnce() {
        Population.shortlisted("Y59", in("2017-18-Q3"), "A", 9);
        for (String token : List.of(TestTokens.nationalAnalyst(), TestTokens.forumLead("Y59"),
                TestTokens.hrSystem("RW3"))) {
            as(token).post("/diversity-publications").then().statusCode(403).contentType("application/problem+json");
        }
        representation(TestTokens.nationalAnalyst(), "2017-18-Q3", "NATIONAL").then().statusCode(404);

        assertThat(as(TestTokens.platformAdmin()).post("/diversity-publications").then().statusCode(200).extract()
                .jsonPath().getList("published", String.class)).contains("2017-18-Q3");
        representation(TestTokens.nationalAnalyst(), "2017-18-Q3", "NATIONAL").then().statusCode(200);
        assertThat(as(TestTokens.platformAdmin()).post("/diversity-publications").then().statusCode(200).extract()
                .jsonPath().getList("published", String.class)).doesNotContain("2017-18-Q3");
    }

    private static Map<String, Object> figure(List<Map<String, Object>> figures, String category) {
        return figures.stream().filter(f -> category.equals(f.get("category"))).findFirst().orElseThrow();
    }

    private static OffsetDateTime in(String quarter) {
        return FinancialQuarter.parse(quarter).firstDay().plusDays(20).atTime(10, 0).atOffset(ZoneOffset.UTC);
    }

    private static io.restassured.response.Response representation(String token, String period, String breakdown) {
        return as(token).queryParams(query(period, breakdown)).get("/reports/diversity/representation");
    }

    private static Map<String, String> query(String period, String breakdown) {
        return Map.of("stage", "SHORTLISTED", "characteristic", "ETHNICITY", "period", period, "breakdown",
                breakdown);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept("application/json");
    }
}
