package uk.nhs.talent.gateway.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import uk.nhs.talent.gateway.support.KnownAggregates;
import uk.nhs.talent.gateway.support.ServiceStandIn;
import uk.nhs.talent.gateway.support.ServiceStandIn.Answer;
import uk.nhs.talent.gateway.support.ServiceStandIn.Received;
import uk.nhs.talent.testsupport.OidcProviderResource;
import uk.nhs.talent.testsupport.TestTokens;

/**
 * The national reports compose what the services answer, with the figures computed by hand below; a service
 * that is slow or refuses is a missing part, not a failed report. The services are stand-ins here that answer
 * known aggregates ({@link KnownAggregates}); the end-to-end tests run the real ones.
 */
@QuarkusTest
@QuarkusTestResource(OidcProviderResource.class)
@QuarkusTestResource(ServiceStandIn.class)
class PipelineReportTest {

    @BeforeEach
    void knownAggregates() {
        KnownAggregates.answer();
    }

    @Test
    void supplyAgainstDemandIsComputedPerCell() {
        JsonPath report = analyst().get("/reports/pipeline/supply-demand").then()
                .statusCode(200).contentType("application/json")
                .body("rows", hasSize(3))
                .extract().jsonPath();

        // Ordered by region: Y56 NURSING AFC_9 (supply only), Y61 NURSING AFC_9 (a vacancy only), Y62 FINANCE VSM.
        assertThat(report.getList("rows.regionCode")).containsExactly("Y56", "Y61", "Y62");
        // Y62 FINANCE VSM: expected = 2 leaving + 0.15 × (10 − 2) = 3.20; ready now per vacancy = 3 ÷ (2 + 3.20)
        // = 0.5769… → 0.58; coverage = 4 ÷ 10 = 0.400.
        assertThat(report.getMap("rows[2]")).containsEntry("readyNow", 3).containsEntry("readyInOneToTwoYears", 5)
                .containsEntry("readyInThreePlusYears", 2).containsEntry("openVacancies", 2)
                .containsEntry("keyPosts", 10).containsEntry("keyPostsLeavingWithinYear", 2)
                .containsEntry("postsWithReadyNowSuccessor", 4).containsEntry("postsAtRisk", 1);
        assertThat(report.getString("rows[2].expectedVacanciesWithinYear")).isEqualTo("3.2");
        assertThat(report.getDouble("rows[2].readyNowPerVacancy")).isEqualTo(0.58);
        assertThat(report.getDouble("rows[2].coverageShare")).isEqualTo(0.4);
        assertThat(report.getDouble("rows[2].benchStrength")).isEqualTo(5.5);
        // Y61 NURSING AFC_9: nobody ready, no key posts: 0 ÷ (1 + 0.00) = 0; coverage has no denominator.
        assertThat(report.getDouble("rows[1].readyNowPerVacancy")).isEqualTo(0.0);
        assertThat(report.getMap("rows[1]")).containsEntry("coverageShare", null).containsEntry("readyNow", 0);
        // Y56 NURSING AFC_9: 4 ready now, nothing to fill: no ratio.
        assertThat(report.getMap("rows[0]")).containsEntry("readyNowPerVacancy", null).containsEntry("readyNow", 4);

        assertThat(report.getList("sources.status")).containsOnly("COMPLETE");
        assertThat(report.getList("sources.serviceVersion")).containsOnly("0.1.0");
        assertThat(report.getString("takenAt")).isNotBlank();
    }

    @Test
    void recruitmentIsEnglandFirstThenEachRegion() {
        JsonPath report = analyst().get("/reports/pipeline/recruitment").then()
                .statusCode(200).extract().jsonPath();

        assertThat(report.getList("rows.regionCode")).containsExactly(null, "Y61", "Y62");
        // England: 13 + 2 + 10 shortlisted over 3 + 1 + 2 vacancies = 25 ÷ 6 = 4.1666… → 4.17; internal 3 ÷ 7 =
        // 0.4285… → 0.429; agencies (1 + 1) ÷ 7 = 0.2857… → 0.286.
        assertThat(report.getMap("rows[0]")).containsEntry("vacanciesFilled", 7)
                .containsEntry("vacanciesShortlisted", 6)
                .containsEntry("appointments", 7);
        assertThat(report.getDouble("rows[0].qualifiedCandidatesPerVacancy")).isEqualTo(4.17);
        assertThat(report.getDouble("rows[0].internalPipelineShare")).isEqualTo(0.429);
        assertThat(report.getDouble("rows[0].agencyShare")).isEqualTo(0.286);
        assertThat(report.getDouble("rows[0].p90DaysToFill")).isEqualTo(150.5);
        // Y62: (13 + 2) ÷ (3 + 1) = 3.75; internal 3 ÷ 4 = 0.750, no agency.
        assertThat(report.getDouble("rows[2].qualifiedCandidatesPerVacancy")).isEqualTo(3.75);
        assertThat(report.getDouble("rows[2].internalPipelineShare")).isEqualTo(0.75);
        assertThat(report.getDouble("rows[2].agencyShare")).isEqualTo(0.0);
        // Y61 filled nothing and appointed nobody in the period: counts 0, no time to fill, no shares.
        assertThat(report.getMap("rows[1]")).containsEntry("vacanciesFilled", 0).containsEntry("medianDaysToFill", null)
                .containsEntry("appointments", 0).containsEntry("internalPipelineShare", null);
    }

    @Test
    void aSlowServiceIsAMissingPartNotAFailedReport() {
        ServiceStandIn.answer("/reports/vacancies/open",
                Answer.json("[]", KnownAggregates.VACANCY).after(Duration.ofSeconds(3)));

        JsonPath report = analyst().get("/reports/pipeline/supply-demand").then()
                .statusCode(200).extract().jsonPath();

        assertThat(report.getString("sources.find { it.part == 'open-vacancies' }.status")).isEqualTo("MISSING");
        assertThat(report.getString("sources.find { it.part == 'open-vacancies' }.reason"))
                .isEqualTo("no answer within 1000 ms");
        assertThat(report.getString("sources.find { it.part == 'open-vacancies' }.serviceVersion")).isNull();
        assertThat(report.getString("sources.find { it.part == 'supply' }.status")).isEqualTo("COMPLETE");
        // Vacancy figures and what needs them are null; the rest is there (Y61, with only a vacancy, is not).
        assertThat(report.getList("rows.regionCode")).containsExactly("Y56", "Y62");
        assertThat(report.getMap("rows[1]")).containsEntry("openVacancies", null)
                .containsEntry("readyNowPerVacancy", null).containsEntry("readyNow", 3).containsEntry("keyPosts", 10);
    }

    @Test
    void aRefusingServiceIsAMissingPartWithItsStatus() {
        ServiceStandIn.answer("/reports/vacancies/appointments", new Answer(503, "{}", null, Duration.ZERO));

        JsonPath report = analyst().get("/reports/pipeline/recruitment").then()
                .statusCode(200).extract().jsonPath();

        assertThat(report.getString("sources.find { it.part == 'appointments' }.reason"))
                .isEqualTo("answered HTTP 503");
        assertThat(report.getMap("rows[0]")).containsEntry("appointments", null).containsEntry("agencyShare", null)
                .containsEntry("vacanciesFilled", 7);
    }

    @Test
    void csvHasOneHeaderRowAndALinePerCellThatSaysWhereItCameFrom() {
        ServiceStandIn.answer("/reports/vacancies/open",
                Answer.json("[]", KnownAggregates.VACANCY).after(Duration.ofSeconds(3)));

        String csv = analyst().accept("text/csv").get("/reports/pipeline/supply-demand").then()
                .statusCode(200).contentType("text/csv").extract().asString();

        List<String> lines = csv.lines().toList();
        // The header and Y56 and Y62 (Y61 had only an open vacancy, which is missing).
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("referenceDate,takenAt,serviceVersions,missingParts,regionCode,roleFamily,"
                + "level,readyNow,readyInOneToTwoYears,readyInThreePlusYears,openVacancies,keyPosts,"
                + "keyPostsLeavingWithinYear,expectedVacanciesWithinYear,readyNowPerVacancy,"
                + "postsWithReadyNowSuccessor,coverageShare,benchStrength,postsAtRisk");
        assertThat(lines.get(2))
                .contains(",talent-service/0.1.0,open-vacancies,Y62,FINANCE,VSM,3,5,2,,10,2,3.20,,4,0.400,5.50,1");
    }

    @Test
    void theGatewayAsksUnderItsOwnServiceAccountNotTheCallersToken() throws InterruptedException {
        analyst().get("/reports/pipeline/supply-demand").then().statusCode(200);

        List<Received> calls = ServiceStandIn.received();
        assertThat(calls).extracting(Received::uri).anyMatch(uri -> uri.startsWith("/reports/talent/key-posts?on="));
        for (Received call : calls) {
            String token = call.headers().get("Authorization").substring("Bearer ".length());
            String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            assertThat(claims).contains("\"azp\":\"gateway-reporting\"").contains("national-analyst");
        }
    }

    @Test
    void onlyNationalAnalystsMayReadThem() {
        for (String path : List.of("/reports/pipeline", "/reports/pipeline/supply-demand",
                "/reports/pipeline/recruitment", "/reports/pipeline/diversity")) {
            for (String token : List.of(TestTokens.forumLead("Y62"), TestTokens.forumMember("Y62"),
                    TestTokens.hrSystem("RW3"), TestTokens.platformAdmin(),
                    TestTokens.subject("slsf-officer").roles("slsf-reviewer").sign())) {
                given().auth().oauth2(token).get(path).then().statusCode(403)
                        .contentType("application/problem+json");
            }
            given().get(path).then().statusCode(401).contentType("application/problem+json");
        }
        assertThat(ServiceStandIn.received()).isEmpty();
    }

    @Test
    void theWholeReportHoldsEveryTableAndNoPerson() {
        String body = analyst().get("/reports/pipeline").then().statusCode(200)
                .body("supplyDemand", hasSize(3))
                .body("recruitment", hasSize(3))
                .body("diversity", hasSize(0))
                .body("diversityPeriod", nullValue())
                .body("sources", hasSize(7))
                .body("turnoverAssumptions.find { it.level == 'VSM' }.annualRate", equalTo(0.15f))
                .extract().asString();

        assertThat(body).doesNotContain("personRef");
    }

    private static RequestSpecification analyst() {
        return given().auth().oauth2(TestTokens.nationalAnalyst());
    }
}
