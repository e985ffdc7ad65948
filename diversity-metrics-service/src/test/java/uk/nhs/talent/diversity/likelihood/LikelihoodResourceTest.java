package uk.nhs.talent.diversity.likelihood;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.diversity.metrics.QuarterPublication;
import uk.nhs.talent.diversity.periods.FinancialQuarter;
import uk.nhs.talent.diversity.support.PipelineEvents;
import uk.nhs.talent.diversity.support.Population;
import uk.nhs.talent.events.talent.CandidatesMatched;
import uk.nhs.talent.events.talent.RankedCandidate;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * WRES 2 and the matching audit over a synthetic population of one region, published as a quarter is: every true
 * count a multiple of 5 and above the threshold, so each published value is known and the expected ratios and
 * intervals are worked out by hand below from those published counts.
 */
@QuarkusTest
class LikelihoodResourceTest {

    /** Shortlisted and appointed: the WRES quarter. */
    private static final String WRES_QUARTER = "2017-18-Q1";
    /** Candidates ranked for vacancies by talent-service: the matching quarter. */
    private static final String MATCHING_QUARTER = "2017-18-Q2";
    private static final String REGION = "Y62";
    private static boolean populated;

    @Inject
    QuarterPublication publication;

    @BeforeEach
    void publishThePopulationOnce() {
        if (populated) {
            return;
        }
        OffsetDateTime wres = in(WRES_QUARTER);
        // shortlisted / appointed: WHITE 40 / 20; MIXED, ASIAN, BLACK, OTHER 15 / 10 each; not declared 10 / 10
        shortlistAndAppoint(wres, "A", 40, 20);
        for (String bme : List.of("D", "H", "M", "R")) {
            shortlistAndAppoint(wres, bme, 15, 10);
        }
        shortlistAndAppoint(wres, null, 10, 10);

        // ranked / in a top ten: WHITE 40 / 20, MIXED 15 / 10, ASIAN 30 / 10, BLACK 25 / 10, OTHER 30 / 10, not
        // declared 10 / 10; each person ranked once, on one of seven vacancies, ranks 1-10 full on each
        OffsetDateTime matching = in(MATCHING_QUARTER);
        List<String> top = new ArrayList<>();
        List<String> below = new ArrayList<>();
        rankedPeople(matching, "A", 40, 20, top, below);
        rankedPeople(matching, "D", 15, 10, top, below);
        rankedPeople(matching, "H", 30, 10, top, below);
        rankedPeople(matching, "M", 25, 10, top, below);
        rankedPeople(matching, "R", 30, 10, top, below);
        rankedPeople(matching, null, 10, 10, top, below);
        assertThat(top).hasSize(70);
        for (int v = 0; v < 7; v++) {
            List<RankedCandidate> ranking = new ArrayList<>();
            for (String person : top.subList(10 * v, 10 * v + 10)) {
                ranking.add(new RankedCandidate(person, ranking.size() + 1, 90 - ranking.size()));
            }
            for (int i = v; i < below.size(); i += 7) {
                ranking.add(new RankedCandidate(below.get(i), ranking.size() + 1, 50));
            }
            PipelineEvents.publishAndAwait(new CandidatesMatched(UUID.randomUUID(), REGION, RoleFamily.FINANCE,
                    Level.VSM, matching.toInstant(), ranking), matching);
        }
        assertThat(publication.publishDue()).contains(FinancialQuarter.parse(WRES_QUARTER),
                FinancialQuarter.parse(MATCHING_QUARTER));
        populated = true;
    }

    @Test
    void wres2IsTheRatioOfThePublishedCountsWithItsKatzInterval() {
        JsonPath report = relativeLikelihood(TestTokens.nationalAnalyst(), "WRES_2", WRES_QUARTER, "NATIONAL")
                .then().statusCode(200).contentType("application/json")
                .body("referenceGroup", equalTo("WHITE"))
                .body("focalGroup", equalTo("BME"))
                .body("method.interval", equalTo("Katz log, 95%"))
                .body("disclosure.suppressUpTo", equalTo(7))
                .extract().jsonPath();
        assertThat(report.getString("method.parity")).startsWith("1.00 is parity");
        assertThat(report.getList("focalCategories", String.class)).containsExactly("MIXED", "ASIAN", "BLACK",
                "OTHER");
        List<Map<String, Object>> rows = report.getList("figures");
        assertThat(rows).hasSize(1);
        Map<String, Object> national = rows.get(0);

        // The counts are the published ones: BME is the sum of the four published categories.
        Map<String, Object> shortlisted = representation("SHORTLISTED", WRES_QUARTER);
        Map<String, Object> appointed = representation("APPOINTED", WRES_QUARTER);
        assertThat(national.get("focalShortlisted")).isEqualTo(sum(shortlisted, "MIXED", "ASIAN", "BLACK", "OTHER"))
                .isEqualTo(60);
        assertThat(national.get("focalAppointed")).isEqualTo(sum(appointed, "MIXED", "ASIAN", "BLACK", "OTHER"))
                .isEqualTo(40);
        assertThat(national).containsEntry("referenceShortlisted", 40).containsEntry("referenceAppointed", 20)
                .containsEntry("referenceShortlistedStatus", "ROUNDED").containsEntry("focalAppointedStatus",
                        "ROUNDED");

        // By hand: RR = (20/40) / (40/60) = 0.5 / 0.666667 = 0.75.
        // SE(ln RR) = sqrt(1/20 - 1/40 + 1/40 - 1/60) = sqrt(0.033333) = 0.182574; z = 1.959964, z * SE = 0.357839;
        // ln 0.75 = -0.287682: lower exp(-0.645521) = 0.524389 -> 0.52; upper exp(0.070157) = 1.072676 -> 1.07.
        assertThat(national).containsEntry("relativeLikelihood", 0.75f).containsEntry("lowerLimit", 0.52f)
                .containsEntry("upperLimit", 1.07f).containsEntry("likelihoodStatus", "ROUNDED")
                .containsEntry("notComputableReason", null).containsEntry("parityWithinInterval", true)
                // white's rate is below four-fifths of BME's: 0.5 / 0.666667 = 0.75 < 0.8, flagged
                .containsEntry("fourFifthsAdverseImpact", true);
    }

    @Test
    void wdes2IsSuppressedWhereNobodyDeclaredADisability() {
        // Nobody declared a disability: YES and NO are zeros among people, suppressed, and not derivable.
        Map<String, Object> national = relativeLikelihood(TestTokens.nationalAnalyst(), "WDES_2", WRES_QUARTER,
                "NATIONAL").then().statusCode(200).body("referenceGroup", equalTo("NON_DISABLED"))
                .extract().jsonPath().getMap("figures[0]");
        assertThat(national).containsEntry("focalShortlistedStatus", "SUPPRESSED")
                .containsEntry("focalShortlisted", null).containsEntry("relativeLikelihood", null)
                .containsEntry("likelihoodStatus", "SUPPRESSED").containsEntry("notComputableReason", "SUPPRESSED");
    }

    @Test
    void theMatchingAuditComparesEachCategoryWithTheHighestRate() {
        JsonPath report = matchingImpact(TestTokens.nationalAnalyst(), "ETHNICITY", MATCHING_QUARTER, "NATIONAL")
                .then().statusCode(200).body("method.interval", equalTo("Katz log, 95%")).extract().jsonPath();
        List<Map<String, Object>> rows = report.getList("figures");
        assertThat(rows).extracting(row -> row.get("category")).containsExactly("WHITE", "MIXED", "ASIAN", "BLACK",
                "OTHER");

        // WHITE 20 of 40 = 0.5, the highest rate: the comparator, no likelihood of its own.
        assertThat(row(rows, "WHITE")).containsEntry("ranked", 40).containsEntry("topTen", 20)
                .containsEntry("selectionRatePercent", 50.0f).containsEntry("impactRatio", 1.0f)
                .containsEntry("highestRate", true).containsEntry("fourFifthsAdverseImpact", false)
                .containsEntry("relativeLikelihood", null).containsEntry("likelihoodStatus", null);
        // MIXED 10 of 15: the 5 not in a top ten are a small group, so nothing is computed for it.
        assertThat(row(rows, "MIXED")).containsEntry("ranked", 15).containsEntry("topTen", 10)
                .containsEntry("impactStatus", "SUPPRESSED").containsEntry("impactRatio", null)
                .containsEntry("selectionRatePercent", null).containsEntry("selectionRateStatus", "SUPPRESSED")
                .containsEntry("likelihoodStatus", "SUPPRESSED");
        // ASIAN 10 of 30 = 0.333: impact 0.333 / 0.5 = 0.67 < 0.8, flagged. RR = 0.5 / 0.333 = 1.5;
        // SE = sqrt(1/20 - 1/40 + 1/10 - 1/30) = sqrt(0.091667) = 0.302765, z * SE = 0.593409; ln 1.5 = 0.405465:
        // lower exp(-0.187943) = 0.828662 -> 0.83, upper exp(0.998874) = 2.715222 -> 2.72.
        assertThat(row(rows, "ASIAN")).containsEntry("selectionRatePercent", 33.3f)
                .containsEntry("impactRatio", 0.67f).containsEntry("fourFifthsAdverseImpact", true)
                .containsEntry("comparedWith", "WHITE").containsEntry("relativeLikelihood", 1.5f)
                .containsEntry("lowerLimit", 0.83f).containsEntry("upperLimit", 2.72f)
                .containsEntry("likelihoodStatus", "ROUNDED");
        // BLACK 10 of 25 = 0.4: impact exactly 0.8, not below four-fifths. RR = 0.5 / 0.4 = 1.25;
        // SE = sqrt(1/20 - 1/40 + 1/10 - 1/25) = sqrt(0.085) = 0.291548, z * SE = 0.571423; ln 1.25 = 0.223144:
        // lower exp(-0.348279) = 0.705902 -> 0.71, upper exp(0.794566) = 2.213481 -> 2.21.
        assertThat(row(rows, "BLACK")).containsEntry("impactRatio", 0.8f)
                .containsEntry("fourFifthsAdverseImpact", false).containsEntry("relativeLikelihood", 1.25f)
                .containsEntry("lowerLimit", 0.71f).containsEntry("upperLimit", 2.21f);
    }

    @Test
    void aForumLeadSeesTheirOwnRegionsRowOnly() {
        List<Map<String, Object>> own = relativeLikelihood(TestTokens.forumLead(REGION), "WRES_2", WRES_QUARTER,
                "REGION").then().statusCode(200).extract().jsonPath().getList("figures");
        assertThat(own).singleElement().satisfies(row -> assertThat(row).containsEntry("region", REGION)
                .containsEntry("relativeLikelihood", 0.75f));
        List<Map<String, Object>> other = matchingImpact(TestTokens.forumLead("Y61"), "ETHNICITY", MATCHING_QUARTER,
                "REGION").then().statusCode(200).extract().jsonPath().getList("figures");
        assertThat(other).isNotEmpty().allSatisfy(row -> assertThat(row).containsEntry("region", "Y61")
                .containsEntry("ranked", 0));

        relativeLikelihood(TestTokens.forumLead(REGION), "WRES_2", WRES_QUARTER, "NATIONAL").then().statusCode(403)
                .contentType("application/problem+json");
        matchingImpact(TestTokens.forumLead(REGION), "ETHNICITY", MATCHING_QUARTER, "NATIONAL").then()
                .statusCode(403).contentType("application/problem+json");

        List<String> regions = relativeLikelihood(TestTokens.nationalAnalyst(), "WRES_2", WRES_QUARTER, "REGION")
                .then().statusCode(200).extract().jsonPath().getList("figures.region", String.class);
        assertThat(regions).contains(REGION, "Y61", "Y56");
    }

    @Test
    void otherRolesAndNoTokenAreRefused() {
        for (String token : List.of(TestTokens.hrSystem(Population.ORG), TestTokens.forumMember(REGION),
                TestTokens.platformAdmin())) {
            relativeLikelihood(token, "WRES_2", WRES_QUARTER, "REGION").then().statusCode(403)
                    .contentType("application/problem+json");
            matchingImpact(token, "ETHNICITY", MATCHING_QUARTER, "REGION").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        relativeLikelihood(TestTokens.subject("lead-without-region").roles("forum-lead").sign(), "WRES_2",
                WRES_QUARTER, "REGION").then().statusCode(403).contentType("application/problem+json");
        given().queryParams(Map.of("indicator", "WRES_2", "period", WRES_QUARTER))
                .get("/reports/diversity/relative-likelihood").then().statusCode(401);
    }

    @Test
    void aQuarterNotPublishedIsNotFound() {
        String open = FinancialQuarter.containing(LocalDate.now(ZoneOffset.UTC)).toString();
        for (String period : List.of(open, "2005-06-Q1")) {
            relativeLikelihood(TestTokens.nationalAnalyst(), "WRES_2", period, "NATIONAL").then().statusCode(404)
                    .contentType("application/problem+json");
            matchingImpact(TestTokens.nationalAnalyst(), "SEX", period, "NATIONAL").then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void badParametersAreProblems() {
        for (Map<String, String> bad : List.of(Map.of("period", WRES_QUARTER),
                Map.of("indicator", "WRES_9", "period", WRES_QUARTER),
                Map.of("indicator", "WRES_2"),
                Map.of("indicator", "WRES_2", "period", "2017-19-Q1"),
                Map.of("indicator", "WRES_2", "period", "Q1"),
                Map.of("indicator", "WRES_2", "period", WRES_QUARTER, "breakdown", "LEVEL"))) {
            as(TestTokens.nationalAnalyst()).queryParams(bad).get("/reports/diversity/relative-likelihood").then()
                    .statusCode(400).contentType("application/problem+json");
        }
        for (Map<String, String> bad : List.of(Map.of("period", MATCHING_QUARTER),
                Map.of("characteristic", "EYE_COLOUR", "period", MATCHING_QUARTER),
                Map.of("characteristic", "SEX", "period", MATCHING_QUARTER, "breakdown", "REGION_BY_LEVEL"))) {
            as(TestTokens.nationalAnalyst()).queryParams(bad).get("/reports/diversity/matching-impact").then()
                    .statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void theCsvHasOneHeaderRowAndFlatRows() {
        String csv = as(TestTokens.nationalAnalyst()).accept("text/csv").queryParams(Map.of("indicator", "WRES_2",
                "period", WRES_QUARTER, "breakdown", "NATIONAL")).get("/reports/diversity/relative-likelihood")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        // Jackson's CSV writer quotes any value longer than 24 characters, a header among them: still one CSV.
        assertThat(csv.replace("\"", "").lines().toList()).containsExactly("indicator,period,breakdown,region,"
                + "referenceShortlisted,"
                + "referenceShortlistedStatus,referenceAppointed,referenceAppointedStatus,focalShortlisted,"
                + "focalShortlistedStatus,focalAppointed,focalAppointedStatus,relativeLikelihood,lowerLimit,"
                + "upperLimit,likelihoodStatus,notComputableReason,parityWithinInterval,fourFifthsAdverseImpact",
                "WRES_2," + WRES_QUARTER + ",NATIONAL,,40,ROUNDED,20,ROUNDED,60,ROUNDED,40,ROUNDED,0.75,0.52,1.07,"
                        + "ROUNDED,,true,true");

        List<String> matching = as(TestTokens.nationalAnalyst()).accept("text/csv").queryParams(Map.of(
                "characteristic", "ETHNICITY", "period", MATCHING_QUARTER, "breakdown", "REGION"))
                .get("/reports/diversity/matching-impact").then().statusCode(200).contentType("text/csv")
                .extract().asString().lines().toList();
        assertThat(matching.get(0).replace("\"", ""))
                .startsWith("characteristic,period,breakdown,region,category,ranked,rankedStatus,");
        int json = matchingImpact(TestTokens.nationalAnalyst(), "ETHNICITY", MATCHING_QUARTER, "REGION").then()
                .statusCode(200).extract().jsonPath().getList("figures").size();
        assertThat(matching).hasSize(json + 1);
        assertThat(matching).anyMatch(line -> line.startsWith("ETHNICITY," + MATCHING_QUARTER + ",REGION," + REGION
                + ",ASIAN,30,ROUNDED,10,ROUNDED,33.3,ROUNDED,ASSESSED,0.67,ROUNDED,false,true,WHITE,1.50,0.83,2.72,"));
    }

    /** Shortlists {@code count} people of the category (null: no declaration) on one vacancy, appoints some. */
    private static void shortlistAndAppoint(OffsetDateTime time, String ethnicCategory, int count, int appointed) {
        List<String> people = people(count);
        UUID vacancy = PipelineEvents.shortlist(Population.ORG, REGION, time, people);
        if (ethnicCategory != null) {
            people.forEach(person -> Population.declare(person, ethnicCategory));
        }
        for (String person : people.subList(0, appointed)) {
            PipelineEvents.appoint(vacancy, Population.ORG, REGION, false, person, time);
        }
    }

    /** Candidates of the category (shortlisted, so that their HR system may declare for them), to be ranked. */
    private static void rankedPeople(OffsetDateTime time, String ethnicCategory, int count, int inTopTen,
            List<String> top, List<String> below) {
        List<String> people = people(count);
        PipelineEvents.shortlist(Population.ORG, REGION, time, people);
        if (ethnicCategory != null) {
            people.forEach(person -> Population.declare(person, ethnicCategory));
        }
        top.addAll(people.subList(0, inTopTen));
        below.addAll(people.subList(inTopTen, count));
    }

    private static List<String> people(int count) {
        List<String> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add("p-" + UUID.randomUUID().toString().substring(0, 12));
        }
        return people;
    }

    private static Map<String, Object> representation(String stage, String period) {
        List<Map<String, Object>> figures = as(TestTokens.nationalAnalyst()).queryParams(Map.of("stage", stage,
                "characteristic", "ETHNICITY", "period", period)).get("/reports/diversity/representation").then()
                .statusCode(200).extract().jsonPath().getList("figures");
        return Map.of("figures", figures);
    }

    @SuppressWarnings("unchecked")
    private static int sum(Map<String, Object> table, String... categories) {
        int sum = 0;
        for (String category : categories) {
            Map<String, Object> figure = ((List<Map<String, Object>>) table.get("figures")).stream()
                    .filter(f -> category.equals(f.get("category"))).findFirst().orElseThrow();
            sum += ((Number) figure.get("count")).intValue();
        }
        return sum;
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String category) {
        return rows.stream().filter(row -> category.equals(row.get("category"))).findFirst().orElseThrow();
    }

    private static OffsetDateTime in(String quarter) {
        return FinancialQuarter.parse(quarter).firstDay().plusDays(20).atTime(10, 0).atOffset(ZoneOffset.UTC);
    }

    private static io.restassured.response.Response relativeLikelihood(String token, String indicator,
            String period, String breakdown) {
        return as(token).queryParams(Map.of("indicator", indicator, "period", period, "breakdown", breakdown))
                .get("/reports/diversity/relative-likelihood");
    }

    private static io.restassured.response.Response matchingImpact(String token, String characteristic,
            String period, String breakdown) {
        return as(token).queryParams(Map.of("characteristic", characteristic, "period", period, "breakdown",
                breakdown)).get("/reports/diversity/matching-impact");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept("application/json");
    }
}
