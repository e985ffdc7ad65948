package uk.nhs.talent.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.nhs.talent.gateway.support.ServiceStandIn;
import uk.nhs.talent.testsupport.OidcProviderResource;
import uk.nhs.talent.testsupport.TestTokens;

/** Requests reach the service that owns the path unchanged, with the caller's token and a correlation id. */
@QuarkusTest
@QuarkusTestResource(OidcProviderResource.class)
@QuarkusTestResource(ServiceStandIn.class)
class ServiceRoutesTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @BeforeEach
    void forget() {
        ServiceStandIn.forget();
    }

    @Test
    void forwardsMethodPathQueryBodyAndTheCallersToken() throws InterruptedException {
        String token = TestTokens.hrSystem("RW3");
        given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", "key-1")
                .body("{\"title\":\"Chief Finance Officer\"}")
                .post("/vacancies/3f0e/shortlist?dryRun=false")
                .then().statusCode(200).body("servedBy", equalTo("stand-in"));

        ServiceStandIn.Received received = ServiceStandIn.next();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.uri()).isEqualTo("/vacancies/3f0e/shortlist?dryRun=false");
        assertThat(received.body()).isEqualTo("{\"title\":\"Chief Finance Officer\"}");
        assertThat(received.headers().get("Authorization")).isEqualTo("Bearer " + token);
        assertThat(received.headers().get("Idempotency-Key")).isEqualTo("key-1");
    }

    @Test
    void forumPathsReachTalentService() throws InterruptedException {
        given().auth().oauth2(TestTokens.forumMember("Y62")).get("/candidates?roleFamily=FINANCE")
                .then().statusCode(200).body("servedBy", equalTo("stand-in"));
        assertThat(ServiceStandIn.next().uri()).isEqualTo("/candidates?roleFamily=FINANCE");
        given().auth().oauth2(TestTokens.platformAdmin()).get("/audit/profile-reads").then().statusCode(200);
        assertThat(ServiceStandIn.next().uri()).isEqualTo("/audit/profile-reads");
    }

    @Test
    void everyTalentServicePathReachesItForTheRolesItIsFor() throws InterruptedException {
        String member = TestTokens.forumMember("Y62");
        String reviewer = TestTokens.subject("slsf-1").roles("slsf-reviewer").sign();
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("/profiles/tp-abcdefghijklmnop/readiness", member);
        routes.put("/pools?page=2", member);
        routes.put("/pools/7/members", member);
        routes.put("/key-posts/9/health", member);
        routes.put("/succession-plans?status=SUBMITTED", reviewer);
        routes.put("/coverage", TestTokens.nationalAnalyst());
        routes.put("/open-vacancies/5/matches", member);
        routes.put("/reports/talent/supply", TestTokens.nationalAnalyst());
        for (Map.Entry<String, String> route : routes.entrySet()) {
            given().auth().oauth2(route.getValue()).get(route.getKey()).then().statusCode(200);
            assertThat(ServiceStandIn.next().uri()).isEqualTo(route.getKey());
        }
    }

    @Test
    void talentServicePathsRefuseTheRolesTheyAreNotForBeforeReachingIt() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("/candidates", TestTokens.nationalAnalyst());
        refused.put("/profiles/tp-abcdefghijklmnop", TestTokens.nationalAnalyst());
        refused.put("/reports/talent/supply", TestTokens.forumLead("Y62"));
        refused.put("/audit/profile-reads", TestTokens.forumLead("Y62"));
        refused.put("/key-posts", TestTokens.hrSystem("RW3"));
        refused.put("/coverage", TestTokens.hrSystem("RW3"));
        for (Map.Entry<String, String> path : refused.entrySet()) {
            given().auth().oauth2(path.getValue()).get(path.getKey()).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        assertThat(ServiceStandIn.received()).isEmpty();
    }

    @Test
    void diversityPathsReachDiversityMetricsServiceForTheirRolesOnly() throws InterruptedException {
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("/reports/diversity/representation?stage=SHORTLISTED", TestTokens.nationalAnalyst());
        routes.put("/reports/diversity/periods", TestTokens.forumLead("Y62"));
        for (Map.Entry<String, String> route : routes.entrySet()) {
            given().auth().oauth2(route.getValue()).get(route.getKey()).then().statusCode(200);
            assertThat(ServiceStandIn.next().uri()).isEqualTo(route.getKey());
        }
        given().auth().oauth2(TestTokens.hrSystem("RW3")).contentType("application/json").body("{}")
                .put("/declarations/p-1").then().statusCode(200);
        assertThat(ServiceStandIn.next().uri()).isEqualTo("/declarations/p-1");

        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("/reports/diversity/periods", TestTokens.forumMember("Y62"));
        refused.put("/reports/diversity/representation", TestTokens.hrSystem("RW3"));
        refused.put("/reports/talent/supply", TestTokens.forumLead("Y62"));
        for (Map.Entry<String, String> path : refused.entrySet()) {
            given().auth().oauth2(path.getValue()).get(path.getKey()).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.nationalAnalyst()).contentType("application/json").body("{}")
                .put("/declarations/p-1").then().statusCode(403).contentType("application/problem+json");
        assertThat(ServiceStandIn.received()).isEmpty();
    }

    @Test
    void declarationImportsAndPublicationReachDiversityMetricsServiceForPlatformAdminsOnly()
            throws InterruptedException {
        // A workforce extract is megabytes: above the 64 KiB of other paths, and the server's default hard limit.
        String extract = "personRef,ethnicCategory,disability,sex,genderReassignment,sexualOrientation,"
                + "religionOrBelief,marriageAndCivilPartnership,pregnancyAndMaternity,yearOfBirth\n"
                + "p-synthetic,N,YES,FEMALE,NO,BISEXUAL,SIKHISM,CIVIL_PARTNERSHIP,NO,1971\n".repeat(30_000);
        assertThat(extract.length()).isGreaterThan(2 * 1024 * 1024);
        given().auth().oauth2(TestTokens.platformAdmin()).contentType("text/csv").header("Idempotency-Key", "import-1")
                .body(extract).post("/declaration-imports")
                .then().statusCode(200).body("servedBy", equalTo("stand-in"));
        ServiceStandIn.Received received = ServiceStandIn.next();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.uri()).isEqualTo("/declaration-imports");
        assertThat(received.body()).isEqualTo(extract);
        assertThat(received.headers().get("Idempotency-Key")).isEqualTo("import-1");

        String id = "3f0e9a2c-1b7d-4e5f-8a9b-0c1d2e3f4a5b";
        for (String path : new String[] { "/declaration-imports?page=1", "/declaration-imports/" + id,
                "/declaration-imports/" + id + "/refusals?size=10" }) {
            given().auth().oauth2(TestTokens.platformAdmin()).get(path).then().statusCode(200);
            assertThat(ServiceStandIn.next().uri()).isEqualTo(path);
        }
        given().auth().oauth2(TestTokens.platformAdmin()).post("/diversity-publications").then().statusCode(200);
        assertThat(ServiceStandIn.next().uri()).isEqualTo("/diversity-publications");

        for (String token : new String[] { TestTokens.hrSystem("RW3"), TestTokens.nationalAnalyst(),
                TestTokens.forumLead("Y62"), TestTokens.forumMember("Y62") }) {
            given().auth().oauth2(token).contentType("text/csv").body("personRef\n").post("/declaration-imports")
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).post("/diversity-publications").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).get("/declaration-imports/" + id + "/refusals").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().contentType("text/csv").body("personRef\n").post("/declaration-imports").then().statusCode(401)
                .contentType("application/problem+json");
        assertThat(ServiceStandIn.received()).isEmpty();
    }

    @Test
    void aWorkforceBaselineIsUploadedByPlatformAdminsAndItsSummaryReadByAnalystsToo() throws InterruptedException {
        given().auth().oauth2(TestTokens.platformAdmin()).contentType("text/csv")
                .body("region_code,level,characteristic,category,headcount\n").put("/workforce-baselines")
                .then().statusCode(200);
        assertThat(ServiceStandIn.next().method()).isEqualTo("PUT");
        for (String token : new String[] { TestTokens.platformAdmin(), TestTokens.nationalAnalyst() }) {
            given().auth().oauth2(token).get("/workforce-baselines").then().statusCode(200);
            assertThat(ServiceStandIn.next().uri()).isEqualTo("/workforce-baselines");
        }
        for (String token : new String[] { TestTokens.nationalAnalyst(), TestTokens.forumLead("Y62"),
                TestTokens.hrSystem("RW3") }) {
            given().auth().oauth2(token).contentType("text/csv").body("region_code\n").put("/workforce-baselines")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        for (String token : new String[] { TestTokens.forumLead("Y62"), TestTokens.hrSystem("RW3") }) {
            given().auth().oauth2(token).get("/workforce-baselines").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        assertThat(ServiceStandIn.received()).isEmpty();
    }

    @Test
    void everyRequestGetsOneCorrelationIdThatTheServiceSeesToo() throws InterruptedException {
        Response response = given().auth().oauth2(TestTokens.nationalAnalyst()).get("/reports/vacancies/open");
        response.then().statusCode(200).header("X-Correlation-Id", matchesPattern(UUID));
        assertThat(response.headers().getValues("X-Correlation-Id")).hasSize(1);
        assertThat(ServiceStandIn.next().headers().get("X-Correlation-Id"))
                .isEqualTo(response.header("X-Correlation-Id"));
    }

    @Test
    void aCallersOwnCorrelationIdIsKeptButFreeTextIsReplaced() throws InterruptedException {
        given().auth().oauth2(TestTokens.nationalAnalyst()).header("X-Correlation-Id", "hr-batch-2026-11-22.0001")
                .get("/reports/vacancies/open")
                .then().statusCode(200).header("X-Correlation-Id", "hr-batch-2026-11-22.0001");
        assertThat(ServiceStandIn.next().headers().get("X-Correlation-Id")).isEqualTo("hr-batch-2026-11-22.0001");

        given().auth().oauth2(TestTokens.nationalAnalyst()).header("X-Correlation-Id", "Jane Doe, 1 High St")
                .get("/reports/vacancies/open")
                .then().statusCode(200).header("X-Correlation-Id", matchesPattern(UUID));
    }

    @Test
    void eachServicesApiDescriptionIsServedForTheSwaggerUi() throws InterruptedException {
        for (String service : new String[] { "vacancy-service", "talent-service", "diversity-metrics-service" }) {
            given().get("/openapi/" + service).then().statusCode(200);
            assertThat(ServiceStandIn.next().uri()).isEqualTo("/q/openapi?format=json");
            given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/openapi/" + service));
        }
        // the gateway's own description says what it answers before a service is reached
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.description", containsString("429 with Retry-After"));
    }

    @Test
    void aServiceThatCannotBeReachedIsA502Problem() {
        given().auth().oauth2(TestTokens.nationalAnalyst()).get("/unreachable/anything")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("status", equalTo(502))
                .body("instance", equalTo("/unreachable/anything"));
    }
}
