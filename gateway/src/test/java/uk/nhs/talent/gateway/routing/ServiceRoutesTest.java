package uk.nhs.talent.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

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
        given().get("/openapi/vacancy-service").then().statusCode(200);
        assertThat(ServiceStandIn.next().uri()).isEqualTo("/q/openapi?format=json");
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/openapi/vacancy-service"));
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
